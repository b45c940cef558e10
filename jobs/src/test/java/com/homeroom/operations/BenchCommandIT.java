package com.homeroom.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code homeroom bench} on a tiny synthetic district, through the real command line: it writes the
 * sample, runs the pipeline in a JVM of its own, and prints every step with its rate and memory and
 * the six naive baselines with their ratios. No figure is asserted: speed is what the bench
 * measures, not what a test can hold.
 */
class BenchCommandIT {

    @TempDir
    Path dir;

    @Test
    void benchPrintsEveryStepAndEveryBaseline() throws Exception {
        Path work = dir.resolve("work");
        CliProcess.Outcome bench = CliProcess.run(dir, "bench", "--schools", "3", "--no-archives",
                "--baseline-seconds", "0.5", "--work", work.toString());

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        String out = bench.out();
        assertThat(out).contains("sample of 3 schools written in");
        for (String step : List.of("registryStep", "intakeStep", "validateStep", "scoreStep", "exportStep",
                "districtReportStep", "schoolReportStep", "archiveStep", "publishStep")) {
            assertThat(out).as(step).containsPattern("(?m)^" + step + " +\\d+\\.\\d +\\d+\\.\\d +\\d+ +\\w+ +\\d+\\.\\d [\\w/]+ +\\d+ +\\d+$");
        }
        assertThat(out).containsPattern("whole run: \\d+\\.\\d s in the process");
        assertThat(out).contains("intake: usermodel + the same checks", "reading alone: usermodel + checks",
                "streaming reader + checks, 1 thread, no loading", "intake: usermodel, every cell",
                "loading: JDBC addBatch", "intake step, naive: the two above", "school PDFs: compile+fill+export");
        assertThat(out.lines().filter(l -> l.matches(".*→ \\d+\\.\\d×$"))).hasSize(6);
        assertThat(work.resolve("run/out/2025-2026/district/results.csv")).exists();
        try (var baselines = Files.list(work)) {
            assertThat(baselines.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("baseline"));
        }
    }

    /**
     * {@code --rerun}: one score corrected in one workbook of a linked copy of the sample (the sample
     * itself unchanged), the period run again, its steps with what they kept, its share of the full run.
     */
    @Test
    void benchRerunCorrectsOneScoreRunsAgainAndLeavesTheSampleAlone() throws Exception {
        Path work = dir.resolve("work");
        CliProcess.Outcome bench = CliProcess.run(dir, "bench", "--schools", "3", "--no-archives", "--rerun",
                "--baseline-seconds", "0.5", "--work", work.toString());

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        String out = bench.out();
        assertThat(out).containsPattern("re-run after .+\\.xlsx?, row \\d+: 师德师风 \\d+\\.\\d → \\d+\\.\\d");
        assertThat(out).containsPattern("(?m)^intakeStep .* 3$"); // the re-run kept the other three workbooks
        assertThat(out).containsPattern("re-run: \\d+\\.\\d s, \\d+\\.\\d % of the full run's \\d+\\.\\d s; "
                + "kept 3 of 4 workbooks, \\d+ school documents \\(reports and problem lists\\) of 6, 0 of 0 archives");
        Path sample = work.resolve("input-3/2025-2026");
        Path copy = work.resolve("rerun-input/2025-2026");
        List<String> changed = new java.util.ArrayList<>();
        try (var files = Files.walk(sample)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (Files.mismatch(f, copy.resolve(sample.relativize(f).toString())) >= 0) {
                    changed.add(f.getFileName().toString());
                }
            }
        }
        assertThat(changed).hasSize(1);
    }
}
