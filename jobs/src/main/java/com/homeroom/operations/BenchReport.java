package com.homeroom.operations;

import java.io.PrintWriter;
import java.util.Optional;

/** The tables {@code homeroom bench} prints: the run step by step, then each naive baseline against it. */
final class BenchReport {

    private final PrintWriter out;

    BenchReport(PrintWriter out) {
        this.out = out;
    }

    void steps(BenchRun.Outcome run) {
        out.printf("%-20s %8s %8s %10s %-8s %12s %-9s %9s %8s %8s%n", "step", "wall s", "CPU s", "done", "", "rate", "",
                "heap MB", "RSS MB", "kept");
        for (BenchRun.Step step : run.steps()) {
            if (step.name().contains(":")) {
                continue; // a partition of the step above; the step's own figures cover both
            }
            long done = done(step, run.counts());
            String unit = unit(step.name());
            out.printf("%-20s %8.1f %8.1f %10d %-8s %12.1f %-9s %9s %8s%s%n", step.name(), step.seconds(),
                    step.cpuSeconds(), done, unit, rate(done, step.seconds()), unit + "/s", megabytes(step.heapPeak()),
                    megabytes(step.rssPeak()), step.kept() == 0 ? "" : String.format(" %8d", step.kept()));
            if (step.name().equals("intakeStep")) {
                out.printf("%-20s %8s %8s %10d %-8s %12.1f %-9s%n", "", "", "", run.counts().intakeRows(), "rows",
                        rate(run.counts().intakeRows(), step.seconds()), "rows/s");
            }
        }
        double steps = run.steps().stream().filter(s -> !s.name().contains(":")).mapToDouble(BenchRun.Step::seconds).sum();
        double cpu = run.steps().stream().filter(s -> !s.name().contains(":")).mapToDouble(BenchRun.Step::cpuSeconds).sum();
        out.printf("whole run: %.1f s in the process (JVM and Spring start-up included), %.1f s (CPU %.1f s) in its steps",
                run.seconds(), steps, cpu);
        step(run, "archiveStep").filter(a -> a.written() > 0)
                .ifPresent(a -> out.printf("; without archives %.1f s", run.seconds() - a.seconds()));
        out.println();
    }

    /**
     * The re-run against the full run: its time as a share of the full run's, and what it kept
     * (workbooks not read again, school documents and archives not rendered again).
     */
    void rerun(BenchRun.Outcome full, BenchRun.Outcome again) {
        out.printf("re-run: %.1f s, %.1f %% of the full run's %.1f s; kept %d of %d workbooks, %d school documents "
                        + "(reports and problem lists) of %d, %d of %d archives%n",
                again.seconds(), 100 * again.seconds() / full.seconds(), full.seconds(),
                count(again, "intakeStep", BenchRun.Step::kept), count(again, "intakeStep", BenchRun.Step::read),
                count(again, "schoolReportStep", BenchRun.Step::kept),
                2 * count(again, "schoolReportStep", BenchRun.Step::written), // a report and a problem list each
                count(again, "archiveStep", BenchRun.Step::kept), count(again, "archiveStep", BenchRun.Step::written));
    }

    private static long count(BenchRun.Outcome run, String step, java.util.function.ToLongFunction<BenchRun.Step> what) {
        return step(run, step).map(what::applyAsLong).orElse(0L);
    }

    /** One baseline line: the naive rate, the pipeline's rate for the same work, and how many times faster. */
    void baseline(String what, BenchRate naive, double pipelinePerSecond, String pipelineNote) {
        out.printf("%-36s %10.1f %-7s (%d in %.1f s; %s)%n", what, naive.perSecond(), naive.unit() + "/s",
                naive.items(), naive.seconds(), naive.note());
        out.printf("%-36s %10.1f %-7s %s  → %.1f×%n", "", pipelinePerSecond, naive.unit() + "/s", pipelineNote,
                naive.perSecond() == 0 ? 0 : pipelinePerSecond / naive.perSecond());
    }

    static Optional<BenchRun.Step> step(BenchRun.Outcome run, String name) {
        return run.steps().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    static double rate(long done, double seconds) {
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** What a step's rate counts: files read, rows checked, teachers scored, documents written. */
    static long done(BenchRun.Step step, BenchRun.Counts counts) {
        return switch (step.name()) {
            case "registryStep" -> counts.schools();
            case "intakeStep" -> step.read();
            case "validateStep" -> counts.intakeRows();
            case "scoreStep", "exportStep" -> counts.teachers();
            case "publishStep" -> counts.published();
            default -> step.written();
        };
    }

    static String unit(String step) {
        return switch (step) {
            case "registryStep" -> "schools";
            case "intakeStep" -> "files";
            case "validateStep" -> "rows";
            case "scoreStep", "exportStep" -> "teachers";
            case "schoolReportStep" -> "schools";
            case "archiveStep" -> "PDFs";
            default -> "files"; // the district's documents; publishStep: the files the manifest hashes
        };
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "-" : Long.toString(bytes >> 20);
    }
}
