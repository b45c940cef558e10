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
 * the four naive baselines with their ratios. No figure is asserted: speed is what the bench
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
        assertThat(out).contains("intake: usermodel + the same checks", "intake: usermodel, every cell",
                "loading: JDBC addBatch", "school PDFs: compile+fill+export");
        assertThat(out.lines().filter(l -> l.matches(".*→ \\d+\\.\\d×$"))).hasSize(4);
        assertThat(work.resolve("run/out/2025-2026/district/results.csv")).exists();
        try (var baselines = Files.list(work)) {
            assertThat(baselines.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("baseline"));
        }
    }
}
