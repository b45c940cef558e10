package com.homeroom.reports;

import static com.homeroom.reports.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DataDigestTest {

    private static final String BUILD = Fixtures.BUILD;

    private static SchoolReportData underFingerprint(SchoolReportData report, String fingerprint) {
        ReportHeader h = report.header();
        return new SchoolReportData(new ReportHeader(h.period(), h.issuingBody(), h.generatedOn(), h.schemeHash(),
                fingerprint), report.school(), report.dimensions(), report.teachers(), report.comparison(),
                report.explanations(), report.problems(), report.flags());
    }

    @Test
    void anotherSchoolsWorkbookChangingTheInputFingerprintLeavesTheDigestAndTheBytesAlone() {
        SchoolReportData before = Fixtures.smallSchool();
        SchoolReportData after = underFingerprint(before, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

        assertThat(DataDigest.of(after, BUILD, null)).isEqualTo(DataDigest.of(before, BUILD, null));
        assertThat(Fixtures.RENDERER.render(Fixtures.stamped(after)))
                .isEqualTo(Fixtures.RENDERER.render(Fixtures.stamped(before)));
    }

    @Test
    void aChangedScoreDateBuildOrPasswordChangesTheDigest() {
        SchoolReportData report = Fixtures.smallSchool();
        String digest = DataDigest.of(report, BUILD, null);

        List<SchoolReportData.Teacher> teachers = new ArrayList<>(report.teachers());
        SchoolReportData.Teacher t = teachers.get(1);
        teachers.set(1, new SchoolReportData.Teacher(t.teacherId(), t.name(), t.stage(), t.gradeLevel(), t.classNo(),
                List.of(d("21.0"), d("25.0"), d("25.0")), d("71.0"), t.grade(), t.rankSchool(), t.rankZoneStage(),
                t.rankDistrictStage(), t.commended(), t.cityRecommended(), t.tier(), t.tierChange()));
        SchoolReportData rescored = new SchoolReportData(report.header(), report.school(), report.dimensions(), teachers,
                report.comparison(), report.explanations(), report.problems(), report.flags());
        ReportHeader h = report.header();
        SchoolReportData nextDay = new SchoolReportData(new ReportHeader(h.period(), h.issuingBody(),
                LocalDate.of(2026, 7, 16), h.schemeHash(), h.inputFingerprint()), report.school(), report.dimensions(),
                report.teachers(), report.comparison(), report.explanations(), report.problems(), report.flags());

        assertThat(DataDigest.of(rescored, BUILD, null)).isNotEqualTo(digest);
        assertThat(DataDigest.of(nextDay, BUILD, null)).isNotEqualTo(digest);
        assertThat(DataDigest.of(report, "2026-07-02T08:00:00Z", null)).isNotEqualTo(digest);
        assertThat(DataDigest.of(report, BUILD, new PdfPasswords("fh01-2026", null))).isNotEqualTo(digest)
                .isNotEqualTo(DataDigest.of(report, BUILD, new PdfPasswords("fh01-2027", null)));
    }

    @Test
    void stringsAreDelimitedSoThatNoTwoRecordsShareACanonicalForm() {
        // toString() prints both as [a, b]: the canonical form must not
        assertThat(DataDigest.of(BUILD, List.of("a, b"))).isNotEqualTo(DataDigest.of(BUILD, List.of("a", "b")));
        assertThat(DataDigest.of(BUILD, "ab", "c")).isNotEqualTo(DataDigest.of(BUILD, "a", "bc"));
        assertThat(DataDigest.of(BUILD, (Object) null)).isNotEqualTo(DataDigest.of(BUILD, "null"));
        assertThat(DataDigest.of(BUILD, d("90"))).isNotEqualTo(DataDigest.of(BUILD, d("90.0")));
    }

    @Test
    void everyValueOfBothPerDocumentRecordsHasACanonicalForm() {
        assertThat(DataDigest.of(SyntheticReports.teacherArchive(3), BUILD, null)).hasSize(64);
        assertThat(DataDigest.of(Fixtures.smallSchool(), BUILD, null)).hasSize(64);
        assertThatThrownBy(() -> DataDigest.of(BUILD, new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no canonical form");
    }

    @Test
    void aLongFormIsHashedAsTheWholeFormWouldBeWhereverItsPiecesAreCut() throws Exception {
        // 30,000 lines of a school with many rejected rows: several pieces of form, hashed one by one;
        // the emoji are surrogate pairs, two chars but four UTF-8 bytes
        List<String> lines = new ArrayList<>();
        StringBuilder expected = new StringBuilder("S5:build;L30000[");
        for (int i = 0; i < 30_000; i++) {
            String line = "第" + i + "行 😀".repeat(i % 3) + "x".repeat(i % 7);
            lines.add(line);
            expected.append('S').append(line.length()).append(':').append(line).append(';');
        }
        expected.append(']');
        byte[] whole = java.security.MessageDigest.getInstance("SHA-256")
                .digest(expected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(DataDigest.of("build", lines)).isEqualTo(java.util.HexFormat.of().formatHex(whole));
    }
}
