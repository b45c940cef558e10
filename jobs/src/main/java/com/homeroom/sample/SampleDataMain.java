package com.homeroom.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Regenerates the committed sample: {@code sample-data/2024-2025/}, {@code sample-data/2025-2026/}
 * and {@code sample-data/expected-problems.csv}. Argument: the output folder (default {@code sample-data}).
 * The two period folders are deleted and written anew; nothing else in the folder is touched.
 */
public final class SampleDataMain {

    public static final long SEED = 20240901L;
    public static final String FIRST_PERIOD = "2024-2025";
    private static final List<String> PERIODS = List.of(FIRST_PERIOD, "2025-2026");

    private SampleDataMain() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "sample-data");
        regenerate(out);
        System.out.println("sample district written to " + out.toAbsolutePath().normalize());
    }

    /** Deletes the two period folders under {@code out} and writes the sample district anew. */
    public static void regenerate(Path out) throws IOException {
        for (String period : PERIODS) {
            deleteTree(out.resolve(period));
        }
        SampleDistrict.of(SEED, SampleDistrict.Scale.DISTRICT).writeTwoPeriods(out, FIRST_PERIOD);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
