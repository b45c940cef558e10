package com.homeroom.operations;

import com.homeroom.HomeroomApplication;
import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One real run of a period for {@code homeroom bench}: the homeroom command in a JVM of its own (the
 * same jar or class path as this one, with the heap the bench was given), so that its memory and
 * start-up are those of a real run. Its step times, counts and memory peaks are read back from the
 * job repository it leaves under the data folder.
 */
final class BenchRun {

    /** One step as the job repository recorded it; {@code kept}: files not read or rendered again (filtered). */
    record Step(String name, String status, double seconds, long read, long written, long kept, long heapPeak,
                long rssPeak, double cpuSeconds) {
    }

    /** What the run handled, to turn times into rates; {@code published}: the files its manifest lists. */
    record Counts(long schools, long files, long intakeRows, long teachers, long published) {
    }

    record Outcome(int exitCode, double seconds, List<Step> steps, Counts counts) {
    }

    private BenchRun() {
    }

    static Outcome run(Path input, String period, Path work, String heap, List<String> javaOptions, boolean archives)
            throws Exception {
        Files.createDirectories(work);
        Path data = work.resolve("data");
        List<String> command = new ArrayList<>(javaCommand(heap, javaOptions));
        command.addAll(List.of("run", "--period", period, "--input", input.toString(), "--out",
                work.resolve("out").toString(), "--data", data.toString(), "--as-of", "2026-07-01"));
        if (!archives) {
            command.add("--no-archives");
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectOutput(work.resolve("run.out.txt").toFile()).redirectError(work.resolve("run.err.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        int exit = process.waitFor();
        double seconds = BenchRate.seconds(start);
        if (exit != ExitCodes.DONE) {
            return new Outcome(exit, seconds, List.of(), new Counts(0, 0, 0, 0, 0));
        }
        return new Outcome(exit, seconds, steps(data), counts(data, period, work.resolve("out").resolve(period)));
    }

    /** {@code java -Xmx… -jar homeroom.jar} when started from the jar, else this class path. */
    static List<String> javaCommand(String heap, List<String> javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(javaOptions);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", Path.of(classPath).toAbsolutePath().toString()));
        } else {
            command.addAll(List.of("-cp", classPath, HomeroomApplication.class.getName()));
        }
        return command;
    }

    private static List<Step> steps(Path data) throws SQLException, IOException {
        List<Step> steps = new ArrayList<>();
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        try (Connection c = new JobHistory(data).connect();
             PreparedStatement s = SqlResource.prepare(c, "operations/bench-steps", Map.of());
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String context = rs.getString("SERIALIZED_CONTEXT") != null ? rs.getString("SERIALIZED_CONTEXT")
                        : rs.getString("SHORT_CONTEXT");
                Map<String, Object> values = context == null ? Map.of()
                        : serializer.deserialize(new ByteArrayInputStream(context.getBytes(StandardCharsets.ISO_8859_1)));
                steps.add(new Step(rs.getString("STEP_NAME"), rs.getString("STATUS"),
                        seconds(rs.getTimestamp("START_TIME"), rs.getTimestamp("END_TIME")), rs.getLong("READ_COUNT"),
                        rs.getLong("WRITE_COUNT"), rs.getLong("FILTER_COUNT"), number(values.get(ProcessGauges.HEAP_PEAK)),
                        number(values.get(ProcessGauges.RSS_PEAK)), number(values.get(ProcessGauges.CPU)) / 1e9));
            }
        }
        return steps;
    }

    private static Counts counts(Path data, String period, Path published) throws SQLException, IOException {
        long manifest;
        try (var lines = Files.lines(published.resolve("manifest.csv"))) {
            manifest = lines.count() - 1; // the header
        }
        try (Warehouse warehouse = Warehouse.open(data);
             Connection c = warehouse.connect();
             PreparedStatement s = SqlResource.prepare(c, "operations/bench-counts", Map.of("period", period));
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return new Counts(rs.getLong("schools"), rs.getLong("files"), rs.getLong("intake_rows"),
                    rs.getLong("teachers"), manifest);
        }
    }

    private static double seconds(Timestamp start, Timestamp end) {
        return start == null || end == null ? 0 : Duration.between(start.toInstant(), end.toInstant()).toMillis() / 1000.0;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : -1;
    }
}
