package com.homeroom.operations;

import com.homeroom.reports.RenderBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code homeroom bench}: prints how fast the pipeline's parts run on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: school-report and teacher-archive PDFs per second on one and two threads.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--teachers", defaultValue = "12", description = "teachers per school report (default: ${DEFAULT-VALUE})")
    int teachers;

    @Option(names = "--seconds", defaultValue = "8", description = "seconds per measurement (default: ${DEFAULT-VALUE})")
    int seconds;

    @Override
    public Integer call() throws Exception {
        RenderBenchmark.main(new String[]{Integer.toString(teachers), Integer.toString(seconds)});
        return ExitCodes.DONE;
    }
}
