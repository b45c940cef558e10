package com.homeroom.operations;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@code homeroom} as a real child process on the test class path and waits for its exit. */
public final class CliProcess {

    public record Outcome(int exitCode, String out, String err) {
    }

    private CliProcess() {
    }

    /** A started process whose output goes to files, for tests that kill it midway. */
    public record Running(Process process, Path out, Path err) {

        /** Waits until the output shows the text (e.g. a test pause marker), or fails. */
        public void awaitOutput(String text, long seconds) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                if (Files.readString(out, StandardCharsets.UTF_8).contains(text)
                        || Files.readString(err, StandardCharsets.UTF_8).contains(text)) {
                    return;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("ended before showing '" + text + "': "
                            + Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("no '" + text + "' within " + seconds + " s");
        }

        /** SIGKILL, as a power cut would: no shutdown hook runs. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    public static Outcome run(Path workDir, String... args) throws IOException, InterruptedException {
        return await(start(workDir, List.of(), args));
    }

    public static Running start(Path workDir, List<String> jvmArgs, String... args) throws IOException {
        return startMain(workDir, jvmArgs, "com.homeroom.HomeroomApplication", args);
    }

    /** Another main class of the test class path in a child JVM, e.g. a probe that must run in a small heap. */
    public static Running startMain(Path workDir, List<String> jvmArgs, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        // short-lived runs: C1 only and the serial collector start faster on CI's two cores
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        return new Running(process, out, err);
    }

    public static Outcome await(Running running) throws IOException, InterruptedException {
        Process process = running.process();
        Path out = running.out();
        Path err = running.err();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("homeroom did not finish");
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
