package com.homeroom.operations;

import com.homeroom.reports.RenderBenchmark;
import com.homeroom.sample.SampleDataMain;
import com.homeroom.sample.SampleDistrict;
import com.homeroom.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code homeroom bench}: the whole pipeline on a synthetic city or province (or a given input
 * folder), timed step by step in a JVM of its own, then naive baselines on the same data. Without
 * {@code --scale}, {@code --schools} or {@code --input}: the rendering micro-benchmark (PDFs/s).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: the pipeline on a synthetic city or province against naive baselines; "
                + "without --scale/--schools/--input, school-report and teacher-archive PDFs per second.")
public final class BenchCommand implements Callable<Integer> {

    enum Scale { city, province }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scale", description = "city (1,500 schools) | province (20,000 schools)")
    Scale scale;

    @Option(names = "--schools", description = "a synthetic district of this many schools instead of a scale")
    Integer schools;

    @Option(names = "--input", paramLabel = "DIR", description = "an input folder to run instead of a synthetic one")
    Path input;

    @Option(names = "--period", defaultValue = "2025-2026", description = "the period (default: ${DEFAULT-VALUE})")
    String period;

    @Option(names = "--work", paramLabel = "DIR", description = "where inputs, outputs and databases go, kept "
            + "afterwards; a synthetic input already there is reused (default: a temporary folder, removed at the end)")
    Path work;

    @Option(names = "--heap", description = "-Xmx of the run (default: 1g, 2g for a province)")
    String heap;

    @Option(names = "--java-option", paramLabel = "OPTION", description = "a further JVM option for the run, "
            + "e.g. -XX:+UseParallelGC (repeatable)")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--no-archives", description = "run without the 一师一档 PDFs")
    boolean noArchives;

    @Option(names = "--rerun", description = "after the run, one school corrects one score in its workbook and the "
            + "period is run again: the re-run's steps, what it kept, and its time against the full run's")
    boolean rerun;

    @Option(names = "--baseline-seconds", defaultValue = "30", description = "time for each naive baseline (default: ${DEFAULT-VALUE})")
    double baselineSeconds;

    @Option(names = "--teachers", defaultValue = "12", description = "render benchmark: teachers per school report (default: ${DEFAULT-VALUE})")
    int teachers;

    @Option(names = "--seconds", defaultValue = "8", description = "render benchmark: seconds per measurement (default: ${DEFAULT-VALUE})")
    int seconds;

    @Override
    public Integer call() throws Exception {
        if (scale == null && schools == null && input == null) {
            RenderBenchmark.main(new String[]{Integer.toString(teachers), Integer.toString(seconds)});
            return ExitCodes.DONE;
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("homeroom-bench");
        Path sample = input != null ? input : sample(folder, out);
        // the run's own input: the sample itself, or (--rerun) links to it that the re-run may change
        Path in = rerun ? BenchRerun.linkedCopy(sample, folder.resolve("rerun-input").resolve(period)) : sample;
        String runHeap = heap != null ? heap : scale == Scale.province ? "2g" : "1g";
        out.printf("homeroom bench: %s, run with -Xmx%s%s%s; %d cores, load %s; work folder %s%n", in, runHeap,
                javaOptions.isEmpty() ? "" : " " + String.join(" ", javaOptions), noArchives ? ", no archives" : "",
                Runtime.getRuntime().availableProcessors(), load(), folder);
        out.flush();

        deleteTree(folder.resolve("run")); // a full run: no warehouse, outputs or job history of an earlier bench
        BenchRun.Outcome run = BenchRun.run(in, period, folder.resolve("run"), runHeap, javaOptions,
                !noArchives);
        if (run.exitCode() != ExitCodes.DONE) {
            spec.commandLine().getErr().println("homeroom: the run exited " + run.exitCode() + ", see "
                    + folder.resolve("run"));
            return ExitCodes.RUN_FAILED;
        }
        BenchReport report = new BenchReport(out);
        report.steps(run);
        if (rerun && rerun(report, in, folder, runHeap, run) != ExitCodes.DONE) {
            return ExitCodes.RUN_FAILED;
        }
        out.printf("%nnaive baselines on the same data (load %s):%n", load());
        baselines(report, in, folder, run);
        out.printf("load at the end %s%n", load());
        if (work == null) {
            deleteTree(folder); // a city with archives leaves gigabytes; --work keeps them
            out.println("work folder removed (--work DIR keeps it)");
        }
        out.flush();
        return ExitCodes.DONE;
    }

    /** One score corrected in one workbook, then the period run again on the same data folder. */
    private int rerun(BenchReport report, Path in, Path folder, String runHeap, BenchRun.Outcome full) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BenchRerun.Change change = BenchRerun.correctOneScore(in);
        out.printf("%nre-run after %s, row %d: 师德师风 %s → %s (load %s):%n", change.file(), change.row(),
                change.before(), change.after(), load());
        out.flush();
        BenchRun.Outcome again = BenchRun.run(in, period, folder.resolve("run"), runHeap, javaOptions, !noArchives);
        if (again.exitCode() != ExitCodes.DONE) {
            spec.commandLine().getErr().println("homeroom: the re-run exited " + again.exitCode() + ", see "
                    + folder.resolve("run"));
            return ExitCodes.RUN_FAILED;
        }
        report.steps(again);
        report.rerun(full, again);
        return ExitCodes.DONE;
    }

    private void baselines(BenchReport report, Path in, Path folder, BenchRun.Outcome run) throws Exception {
        BenchRun.Step intake = BenchReport.step(run, "intakeStep").orElseThrow();
        double intakeRate = BenchReport.rate(intake.read(), intake.seconds());
        // first, so that the code both share (the checks) is compiled at its expense, not the usermodel's
        BenchRate streaming = BenchIntakeBaseline.streamingWithChecks(in, period, baselineSeconds);
        BenchRate readAndCheck = BenchIntakeBaseline.withChecks(in, period, baselineSeconds);
        report.baseline("intake: usermodel + the same checks", readAndCheck, intakeRate, "intakeStep (read, check, load)");
        report.baseline("reading alone: usermodel + checks", readAndCheck, streaming.perSecond(),
                "streaming reader + checks, 1 thread, no loading (" + streaming.items() + " in "
                        + String.format(java.util.Locale.ROOT, "%.1f s", streaming.seconds()) + ")");
        report.baseline("intake: usermodel, every cell, no checks", BenchIntakeBaseline.everyCell(in, baselineSeconds),
                intakeRate, "intakeStep");
        Path scratch = Files.createTempDirectory(folder, "baseline");
        try (Warehouse warehouse = Warehouse.open(folder.resolve("run/data"))) {
            BenchLoadBaseline.Result load = BenchLoadBaseline.run(warehouse, period, scratch, 200_000, baselineSeconds);
            report.baseline("loading: JDBC addBatch", load.jdbc(), load.appender().perSecond(),
                    "Appender, same rows (" + load.appender().items() + ")");
            report.baseline("intake step, naive: the two above", naiveIntakeStep(readAndCheck, load.jdbc(), run, intake),
                    intakeRate, "intakeStep");
            BenchRun.Step schoolsStep = BenchReport.step(run, "schoolReportStep").orElseThrow();
            report.baseline("school PDFs: compile+fill+export", BenchPdfBaseline.run(warehouse, period, baselineSeconds),
                    BenchReport.rate(schoolsStep.written(), schoolsStep.seconds()), "schoolReportStep (queries, PDF, xlsx)");
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * The intake step done the naive way, as the step does it, read, checked and loaded: the
     * usermodel-with-checks time for the files it read, plus the JDBC batch time for their share of
     * the rows the step loaded, at the rate JDBC loaded the same tables.
     */
    private static BenchRate naiveIntakeStep(BenchRate readAndCheck, BenchRate jdbc, BenchRun.Outcome run,
                                             BenchRun.Step intake) {
        double rows = (double) run.counts().intakeRows() * readAndCheck.items() / Math.max(1, intake.read());
        double seconds = readAndCheck.seconds() + rows / jdbc.perSecond();
        return new BenchRate(readAndCheck.items(), "files", seconds,
                String.format(Locale.ROOT, "%.1f s read and checked + %.1f s to load %.0f rows", readAndCheck.seconds(),
                        rows / jdbc.perSecond(), rows));
    }

    /** The synthetic input folder, written unless an earlier bench left it in the work folder. */
    private Path sample(Path folder, PrintWriter out) throws Exception {
        int count = schools != null ? schools : scale == Scale.province ? 20_000 : 1_500;
        Path in = folder.resolve("input-" + count).resolve(period);
        if (Files.isDirectory(in)) {
            out.printf("reusing the sample of %d schools in %s%n", count, in);
            return in;
        }
        long start = System.nanoTime();
        SampleDistrict.of(SampleDataMain.SEED, new SampleDistrict.Scale(count, 17)).writePeriod(in, period);
        out.printf("sample of %d schools written in %.1f s%n", count, BenchRate.seconds(start));
        return in;
    }

    private static String load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format("%.2f", load);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
