package com.homeroom.operations;

import com.homeroom.intake.IntakeHarness;
import com.homeroom.intake.SchoolWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as the scheduler sees it: real processes, real exit codes. */
class RunCommandIT {

    @TempDir
    Path dir;

    @Test
    void runOfAValidFolderExitsZeroAndWritesTheIntakeCsvs() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook.twoTeachers().writeTo(input.resolve("凤凰小学.xlsx"));
        Files.write(input.resolve("坏文件.xlsx"), new byte[]{1, 2, 3, 4, 5});

        CliProcess.Outcome run = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in",
                "--out", "out", "--data", "data");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("COMPLETED").contains("接收 1，退回 1");
        Path district = dir.resolve("out/2025-2026/district");
        var intake = IntakeHarness.readCsv(district.resolve("intake.csv"));
        assertThat(intake).extracting(r -> r.get("file") + ":" + r.get("status") + ":" + r.get("reason"))
                .containsExactly("凤凰小学.xlsx:accepted:", "坏文件.xlsx:rejected:NOT_SPREADSHEET");
        assertThat(dir.resolve("data/homeroom.duckdb")).exists();
        assertThat(IntakeHarness.readCsv(district.resolve("rejects.csv")))
                .extracting(r -> r.get("file") + ":" + r.get("code") + ":" + r.get("sheet") + ":" + r.get("row"))
                .containsExactly("坏文件.xlsx:NOT_SPREADSHEET::");
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() throws Exception {
        CliProcess.Outcome unknown = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip().lines()).hasSize(1);

        CliProcess.Outcome missing = CliProcess.run(dir, "run", "--input", "in");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--period");

        CliProcess.Outcome badPeriod = CliProcess.run(dir, "run", "--period", "2025-2027", "--input", "in");
        assertThat(badPeriod.exitCode()).isEqualTo(2);
        assertThat(badPeriod.err()).contains("2025-2027");
    }

    @Test
    void helpExitsZero() throws Exception {
        CliProcess.Outcome help = CliProcess.run(dir, "run", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--period").contains("--input").contains("--scheme");
    }

    @Test
    void aMissingOrBrokenRegistryCannotStartARun() throws Exception {
        CliProcess.Outcome noFolder = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "nowhere");
        assertThat(noFolder.exitCode()).isEqualTo(3);
        assertThat(noFolder.err()).contains("输入目录不存在");

        Files.createDirectories(dir.resolve("empty"));
        CliProcess.Outcome noRegistry = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "empty");
        assertThat(noRegistry.exitCode()).isEqualTo(3);
        assertThat(noRegistry.err()).contains("找不到学校名录");

        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("学校名录.csv"), "学校代码,学校名称,学区,学校类型\nFH-001,凤凰小学,凤凰学区,幼儿园\n");
        CliProcess.Outcome badRegistry = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "broken");
        assertThat(badRegistry.exitCode()).isEqualTo(3);
        assertThat(badRegistry.err()).contains("第2行「学校类型」为幼儿园");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aSecondRunWhileOneHoldsTheDataFolderExitsFourNamingIt() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        try (RunLock held = RunLock.tryAcquire(dir.resolve("data"), "2024-2025").orElseThrow()) {
            CliProcess.Outcome second = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--no-archives");
            assertThat(second.exitCode()).isEqualTo(4);
            assertThat(second.err()).contains("进程 " + ProcessHandle.current().pid()).contains("2024-2025");
        }
        CliProcess.Outcome after = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--no-archives");
        assertThat(after.exitCode()).as(after.err()).isZero();
    }

    @Test
    void runningACompletedPeriodAgainRecomputesAsANewRun() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook.twoTeachers().writeTo(input.resolve("凤凰小学.xlsx"));
        assertThat(CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--no-archives").exitCode()).isZero();

        SchoolWorkbook changed = SchoolWorkbook.twoTeachers();
        changed.scores.remove(1);
        changed.writeTo(input.resolve("凤凰小学.xlsx"));
        var before = IntakeHarness.readCsv(dir.resolve("out/2025-2026/district/results.csv"));
        CliProcess.Outcome again = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--no-archives");

        assertThat(again.exitCode()).as(again.err()).isZero();
        var rejects = IntakeHarness.readCsv(dir.resolve("out/2025-2026/district/rejects.csv"));
        assertThat(rejects).extracting(r -> r.get("code") + ":" + r.get("row")).containsExactly("MISSING_SCORE:3");
        var after = IntakeHarness.readCsv(dir.resolve("out/2025-2026/district/results.csv"));
        // exactly the change: T0002 lost its score row; T0001 (alone in the school now) only moves in the ranks it shared
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1)).containsEntry("teacher_id", "T0002").containsEntry("grade", "未评分")
                .containsEntry("total", "").containsEntry("rank_school", "");
        assertThat(before.get(1)).containsEntry("grade", "合格").containsEntry("total", "80.0");
    }

    @Test
    void aRunThatFailsExitsOneAndSaysWhy() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        Files.writeString(dir.resolve("not-a-folder"), "a file where the output folder should be");

        CliProcess.Outcome run = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in",
                "--out", "not-a-folder");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED").contains("失败原因").contains("输出目录未更新")
                .doesNotContain("输出目录：");
    }

    /** A command that starts no Spring says what it did and nothing else: no library's INFO or DEBUG lines. */
    @Test
    void sampleSaysWhereItWroteAndNothingElse() throws Exception {
        CliProcess.Outcome sample = CliProcess.run(dir, "sample", "--scale", "district", "--out", "samples");

        assertThat(sample.exitCode()).as(sample.err()).isZero();
        assertThat(sample.out().strip()).isEqualTo("示例学区（两个考核周期）已写入 " + dir.resolve("samples").toRealPath());
        assertThat(sample.err()).isEmpty();
    }

    @Test
    void templateWritesOneWorkbookPerRegistrySchoolOutsideTheInput() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);

        CliProcess.Outcome run = CliProcess.run(dir, "template", "--period", "2025-2026", "--input", "in", "--out", "tpl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.walk(dir.resolve("tpl"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("凤凰小学_2025-2026_班主任考核.xlsx", "实验学校_2025-2026_班主任考核.xlsx",
                            "潍坊四中_2025-2026_班主任考核.xlsx");
        }
        CliProcess.Outcome inside = CliProcess.run(dir, "template", "--period", "2025-2026", "--input", "in",
                "--out", "in/templates");
        assertThat(inside.exitCode()).isEqualTo(2);
        assertThat(inside.err()).contains("--out");
    }

    @Test
    void statusShowsPeriodsRunsAndTheRunningOne() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook.twoTeachers().writeTo(input.resolve("凤凰小学.xlsx"));
        assertThat(CliProcess.run(dir, "status").out()).contains("还没有任何运行");
        assertThat(CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--no-archives").exitCode()).isZero();

        CliProcess.Outcome status = CliProcess.run(dir, "status");

        assertThat(status.exitCode()).as(status.err()).isZero();
        // one accepted file, two graded teachers (totals 91.5 and 80.0: no veto, none unscored)
        assertThat(status.out()).containsPattern("2025-2026\\s+1\\s+0\\s+2\\s")
                .contains("最新").contains("最近的运行").contains("COMPLETED");
        try (RunLock held = RunLock.tryAcquire(dir.resolve("data"), "2025-2026").orElseThrow()) {
            assertThat(CliProcess.run(dir, "status").out()).contains("正在运行").contains("2025-2026");
        }
    }

    @Test
    void statusReadsTheJobRepositoryWhereTheConfigurationPutsIt() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook.twoTeachers().writeTo(input.resolve("凤凰小学.xlsx"));
        // what data staff would write to move the repository (a PostgreSQL URL works the same way)
        Files.writeString(dir.resolve("application.properties"),
                "spring.datasource.url=jdbc:h2:file:${homeroom.data-dir}/elsewhere/repo;DB_CLOSE_ON_EXIT=FALSE\n");
        assertThat(CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--no-archives").exitCode()).isZero();

        CliProcess.Outcome status = CliProcess.run(dir, "status");

        assertThat(dir.resolve("data/elsewhere/repo.mv.db")).exists();
        assertThat(dir.resolve("data/jobrepo")).doesNotExist();
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("最近的运行").containsPattern("周期 2025-2026 第1次\\s+COMPLETED");
    }

    @Test
    void archiveWritesOneTeachersPdfAndTheRunLeftItsLog() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook.twoTeachers().writeTo(input.resolve("凤凰小学.xlsx"));
        assertThat(CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--no-archives").exitCode()).isZero();
        assertThat(dir.resolve("out/2025-2026/teachers")).doesNotExist();
        assertThat(Files.readString(dir.resolve("data/logs/homeroom.log"))).contains("[2025-2026#").contains("步骤结束：scoreStep");

        CliProcess.Outcome archive = CliProcess.run(dir, "archive", "--teacher", "t0001", "--out", "档案/T0001.pdf");

        assertThat(archive.exitCode()).as(archive.err()).isZero();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("档案/T0001.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("王小明").contains("91.5").doesNotContain("13800138001");
        }
        assertThat(CliProcess.run(dir, "archive", "--teacher", "NOBODY").exitCode()).isEqualTo(3);
    }

    @Test
    void aSecondRealRunWhileTheFirstIsGoingExitsFour() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        CliProcess.Running first = CliProcess.start(dir, java.util.List.of("-Dhomeroom.test.pause-at=validateStep"),
                "run", "--period", "2025-2026", "--input", "in");
        try {
            first.awaitOutput("TEST PAUSE at validateStep", 120);
            CliProcess.Outcome second = CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "in", "--no-archives");
            assertThat(second.exitCode()).isEqualTo(4);
            assertThat(second.err()).contains("进程 " + first.process().pid()).contains("2025-2026");
        } finally {
            first.kill();
        }
    }

    @Test
    void schoolReportsAreEncryptedWithThePasswordsNamedInConfiguration() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook.twoTeachers().writeTo(input.resolve("凤凰小学.xlsx"));
        Files.writeString(dir.resolve("passwords.csv"), "学校代码,密码\nFH-001,fh-secret\n");

        CliProcess.Outcome run = CliProcess.await(CliProcess.start(dir,
                java.util.List.of("-Dhomeroom.school-passwords=" + dir.resolve("passwords.csv")),
                "run", "--period", "2025-2026", "--input", "in", "--no-archives"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path report = dir.resolve("out/2025-2026/schools/凤凰学区/FH-001_凤凰小学/学校反馈报告_2025-2026.pdf");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> org.apache.pdfbox.Loader.loadPDF(report.toFile())))
                .isInstanceOf(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile(), "fh-secret")) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("王小明");
        }
    }

    @Test
    void reRunningAnEarlierPeriodMarksTheLaterOneStaleUntilItRunsAgain() throws Exception {
        for (String period : java.util.List.of("2024-2025", "2025-2026")) {
            Path input = dir.resolve(period);
            SchoolWorkbook.writeRegistry(input);
            SchoolWorkbook school = SchoolWorkbook.twoTeachers();
            school.period = period + "学年";
            school.fillDate = java.time.LocalDate.parse(period.substring(0, 4) + "-12-01");
            school.writeTo(input.resolve("凤凰小学.xlsx"));
        }
        for (String period : java.util.List.of("2024-2025", "2025-2026", "2024-2025")) {
            assertThat(CliProcess.run(dir, "run", "--period", period, "--input", period, "--no-archives").exitCode())
                    .isZero();
        }

        assertThat(CliProcess.run(dir, "status").out()).containsPattern("2025-2026 .*过期")
                .containsPattern("2024-2025 .*最新");
        assertThat(CliProcess.run(dir, "run", "--period", "2025-2026", "--input", "2025-2026", "--no-archives")
                .exitCode()).isZero();
        assertThat(CliProcess.run(dir, "status").out()).doesNotContain("过期");
    }
}
