package com.homeroom.reports;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.JasperPrint;

/**
 * Prints how fast documents render with one shared {@link ReportRenderer}: for school reports and
 * for one-page teacher archives, the CPU time of fill and export per PDF on one thread, then PDFs
 * per second (wall clock) on one and on two threads.
 *
 * <p>{@code java -cp … com.homeroom.reports.RenderBenchmark [teachers per school] [seconds per run]}
 * (defaults 12 and 8). CPU times are per thread, so other processes on the machine inflate the
 * PDFs/s figures but hardly the split.
 */
public final class RenderBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int teachers = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        PrintStream out = System.out;

        long start = System.nanoTime();
        ReportRenderer renderer = new ReportRenderer();
        out.printf("renderer ready (templates + fonts): %d ms%n", (System.nanoTime() - start) / 1_000_000);

        List<ReportData> schools = new ArrayList<>();
        List<ReportData> archives = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            schools.add(SyntheticReports.schoolReport(teachers, i));
            archives.add(SyntheticReports.teacherArchive(1));
        }
        measure(out, "school reports (" + teachers + " teachers)", renderer, schools, seconds);
        measure(out, "teacher archives (1 period)", renderer, archives, seconds);
        out.printf("%d cores, system load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void measure(PrintStream out, String name, ReportRenderer renderer, List<ReportData> documents,
                                int seconds) throws Exception {
        JasperPrint sample = renderer.fill(documents.get(0));
        out.printf("%s: %d page(s), %d bytes%n", name, sample.getPages().size(), renderer.render(documents.get(0)).length);
        run(renderer, documents, 1, Math.max(1, seconds / 2)); // warm-up
        Result one = run(renderer, documents, 1, seconds);
        out.printf("  1 thread : %5.1f PDFs/s; CPU per PDF: fill %.1f ms + export %.1f ms%n", one.perSecond(seconds),
                one.fillMillis(), one.exportMillis());
        Result two = run(renderer, documents, 2, seconds);
        out.printf("  2 threads: %5.1f PDFs/s%n", two.perSecond(seconds));
    }

    private record Result(long documents, long fillNanos, long exportNanos) {

        double perSecond(int seconds) {
            return documents / (double) seconds;
        }

        double fillMillis() {
            return fillNanos / 1e6 / documents;
        }

        double exportMillis() {
            return exportNanos / 1e6 / documents;
        }
    }

    private static Result run(ReportRenderer renderer, List<ReportData> documents, int threads, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Result>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    long done = 0;
                    long fill = 0;
                    long export = 0;
                    while (System.nanoTime() < deadline) {
                        ReportData data = documents.get((int) ((done * threads + offset) % documents.size()));
                        long t0 = CPU.getCurrentThreadCpuTime();
                        JasperPrint print = renderer.fill(data);
                        long t1 = CPU.getCurrentThreadCpuTime();
                        renderer.export(print, data.header().generatedOn(), null);
                        fill += t1 - t0;
                        export += CPU.getCurrentThreadCpuTime() - t1;
                        done++;
                    }
                    return new Result(done, fill, export);
                }));
            }
            long done = 0;
            long fill = 0;
            long export = 0;
            for (Future<Result> result : results) {
                done += result.get().documents();
                fill += result.get().fillNanos();
                export += result.get().exportNanos();
            }
            return new Result(done, fill, export);
        } finally {
            pool.shutdown();
        }
    }
}
