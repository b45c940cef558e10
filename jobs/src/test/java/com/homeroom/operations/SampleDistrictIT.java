package com.homeroom.operations;

import com.homeroom.intake.IntakeHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district job on the committed sample district, both periods in order, through the real
 * command line. The oracle is sample-data/expected-problems.csv: the problems the generator put
 * into the workbooks, each checked against the cells by hand when the sample was made.
 */
class SampleDistrictIT {

    static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();

    static Path dir;
    static CliProcess.Outcome first;
    static CliProcess.Outcome second;

    @BeforeAll
    static void runBothPeriods() throws Exception {
        SampleRuns.Runs runs = SampleRuns.get();
        dir = runs.dir();
        first = runs.first();
        second = runs.second();
    }

    @Test
    void bothPeriodsComplete() {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        // 2024-2025: 李家庄 and 后所 sent nothing, 三马路's file is corrupt, 王家庄's lacks 考核评分
        assertThat(first.out()).contains("文件：接收 36，退回 4，被替代 1；未报送学校 4");
        // 2025-2026: 张家庄 and 后所 sent nothing, 河东's only file is last year's
        assertThat(second.out()).contains("文件：接收 37，退回 1，被替代 1；未报送学校 3");
    }

    @Test
    void theRejectListIsExactlyTheProblemsPutIntoTheSample() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Map<String, String> p : IntakeHarness.readCsv(SAMPLE.resolve("expected-problems.csv"))) {
            expected.add(key(p.get("period"), p, p.get("value")));
        }
        Set<String> actual = new TreeSet<>();
        for (String period : List.of("2024-2025", "2025-2026")) {
            for (Map<String, String> r : rejects(period)) {
                // the CSV writer guards a leading '-' against formula injection; the oracle holds the cell
                String value = r.get("value").startsWith("'") ? r.get("value").substring(1) : r.get("value");
                actual.add(key(period, r, r.get("severity").equals("error") && r.get("sheet").isEmpty() ? "" : value));
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String key(String period, Map<String, String> r, String value) {
        return String.join("|", period, r.get("file"), r.get("sheet"), r.get("row"), r.get("column"),
                r.get("sheet").isEmpty() ? "" : value, r.get("severity"), r.get("code"));
    }

    @Test
    void messagesNameTheRowAsExcelShowsIt() throws Exception {
        assertThat(rejects("2024-2025")).filteredOn(r -> r.get("code").equals("OUT_OF_RANGE")
                        && r.get("file").equals("区直/实验学校2024-2025学年班主任工作考核.xlsx"))
                .extracting(r -> r.get("message")).containsExactly("第18行「德育工作」为18，超出满分15");
        assertThat(rejects("2024-2025")).filteredOn(r -> r.get("code").equals("TEACHER_IN_MANY_SCHOOLS"))
                .extracting(r -> r.get("message"))
                .allSatisfy(m -> assertThat(m).contains("T100364").contains("东庄小学").contains("兴国小学"));
    }

    @Test
    void everyFileIsAccountedForAndEveryRowReadIsLoadedOrRejected() throws Exception {
        for (String period : List.of("2024-2025", "2025-2026")) {
            List<Map<String, String>> intake = IntakeHarness.readCsv(dir.resolve("out").resolve(period)
                    .resolve("district/intake.csv"));
            for (Map<String, String> f : intake) {
                if (!f.get("status").equals("accepted")) {
                    assertThat(f.get("roster_read")).as(f.get("file")).isEmpty();
                    continue;
                }
                for (String sheet : List.of("roster", "scores", "activity", "incidents")) {
                    long read = Long.parseLong(f.get(sheet + "_read"));
                    long loaded = Long.parseLong(f.get(sheet + "_loaded"));
                    long rejected = Long.parseLong(f.get(sheet + "_rejected"));
                    assertThat(read).as(period + " " + f.get("file") + " " + sheet).isEqualTo(loaded + rejected);
                }
            }
            long rosterLoaded = intake.stream().filter(f -> f.get("status").equals("accepted"))
                    .mapToLong(f -> Long.parseLong(f.get("roster_loaded"))).sum();
            long rosterRead = intake.stream().filter(f -> f.get("status").equals("accepted"))
                    .mapToLong(f -> Long.parseLong(f.get("roster_read"))).sum();
            // sample-data/README.md: roster data rows in the accepted files
            assertThat(rosterRead).isEqualTo(period.equals("2024-2025") ? 734 : 741);
            assertThat(rosterLoaded).isLessThan(rosterRead);
        }
        Map<String, String> wrongYear = IntakeHarness.readCsv(dir.resolve("out/2024-2025/district/intake.csv")).stream()
                .filter(f -> f.get("file").equals("凤凰学区/新华小学2023-2024学年班主任工作考核.xlsx")).findFirst().orElseThrow();
        assertThat(wrongYear).containsEntry("status", "rejected").containsEntry("reason", "WRONG_PERIOD");
    }

    @Test
    void everyDistrictDocumentAndEveryAcceptedSchoolsFolderIsPublished() throws Exception {
        for (String period : List.of("2024-2025", "2025-2026")) {
            Path root = dir.resolve("out").resolve(period);
            for (String file : List.of("区级通报", "优秀班主任表彰名单", "梯队名单")) {
                assertThat(root.resolve("district/" + file + "_" + period + ".pdf")).isRegularFile();
            }
            assertThat(root.resolve("district/考核结果_" + period + ".xlsx")).isRegularFile();
            assertThat(root.resolve("district/数据问题清单_" + period + ".xlsx")).isRegularFile();
            assertThat(root.resolve("manifest.csv")).isRegularFile();
            long accepted = IntakeHarness.readCsv(root.resolve("district/intake.csv")).stream()
                    .filter(f -> f.get("status").equals("accepted")).count();
            try (var schools = java.nio.file.Files.list(root.resolve("schools"))) {
                List<Path> folders = new ArrayList<>();
                for (Path zone : schools.toList()) {
                    try (var inZone = java.nio.file.Files.list(zone)) {
                        folders.addAll(inZone.toList());
                    }
                }
                assertThat(folders).hasSize((int) accepted)
                        .allSatisfy(f -> assertThat(f.resolve("学校反馈报告_" + period + ".pdf")).isRegularFile())
                        .allSatisfy(f -> assertThat(f.resolve("数据问题清单_" + period + ".xlsx")).isRegularFile());
            }
        }
    }

    private static List<Map<String, String>> rejects(String period) throws Exception {
        return new ArrayList<>(IntakeHarness.readCsv(dir.resolve("out").resolve(period).resolve("district/rejects.csv")));
    }
}
