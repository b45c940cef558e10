package com.homeroom.operations;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two sample periods run once per test JVM through the real command line (without teacher
 * archives, which no sample test reads), shared by the integration tests that check their outputs.
 */
final class SampleRuns {

    static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();

    record Runs(Path dir, CliProcess.Outcome first, CliProcess.Outcome second) {
    }

    private static Runs runs;

    private SampleRuns() {
    }

    static synchronized Runs get() throws Exception {
        if (runs == null) {
            Path dir = Files.createTempDirectory("homeroom-sample-runs");
            CliProcess.Outcome first = CliProcess.run(dir, "run", "--period", "2024-2025", "--input",
                    SAMPLE.resolve("2024-2025").toString(), "--as-of", "2025-07-01", "--no-archives");
            assertThat(first.exitCode()).as(first.err()).isZero();
            CliProcess.Outcome second = CliProcess.run(dir, "run", "--period", "2025-2026", "--input",
                    SAMPLE.resolve("2025-2026").toString(), "--as-of", "2026-07-01", "--no-archives");
            assertThat(second.exitCode()).as(second.err()).isZero();
            runs = new Runs(dir, first, second);
        }
        return runs;
    }
}
