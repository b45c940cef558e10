package com.homeroom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    void theSameDataGivesTheSameBytes() {
        byte[] first = Fixtures.RENDERER.render(Fixtures.smallSchool());
        byte[] second = Fixtures.RENDERER.render(Fixtures.smallSchool());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aSecondRendererGivesTheSameBytesToo() {
        byte[] first = Fixtures.RENDERER.render(SyntheticReports.bulletin(12));
        byte[] second = new ReportRenderer().render(SyntheticReports.bulletin(12));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void threadsRenderingTogetherDoNotDisturbEachOther() throws Exception {
        byte[] alone = Fixtures.RENDERER.render(SyntheticReports.teacherArchive(3));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var archive = pool.submit(() -> Fixtures.RENDERER.render(SyntheticReports.teacherArchive(3)));
            var school = pool.submit(() -> Fixtures.RENDERER.render(Fixtures.smallSchool()));
            assertThat(archive.get()).isEqualTo(alone);
            assertThat(school.get()).isEqualTo(Fixtures.RENDERER.render(Fixtures.smallSchool()));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void datesTheDocumentWithItsGenerationDateAndDerivesItsIdFromTheContent() {
        SchoolReportData data = Fixtures.smallSchool();
        ReportHeader later = new ReportHeader(data.header().period(), data.header().issuingBody(), LocalDate.of(2026, 7, 16),
                data.header().schemeHash(), data.header().inputFingerprint());
        SchoolReportData nextDay = new SchoolReportData(later, data.school(), data.dimensions(), data.teachers(),
                data.comparison(), data.explanations(), data.problems(), data.flags());

        String first = new String(Fixtures.RENDERER.render(data), java.nio.charset.StandardCharsets.ISO_8859_1);
        String second = new String(Fixtures.RENDERER.render(nextDay), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(first).contains("/CreationDate(D:20260715000000+08'00')", "/ModDate(D:20260715000000+08'00')");
        assertThat(second).contains("/CreationDate(D:20260716000000+08'00')");
        assertThat(documentId(first)).isNotEqualTo(documentId(second));
    }

    private static String documentId(String pdf) {
        int at = pdf.lastIndexOf("/ID [<");
        return pdf.substring(at, at + 80);
    }
}
