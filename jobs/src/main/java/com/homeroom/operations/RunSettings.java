package com.homeroom.operations;

import com.homeroom.publish.PeriodFolder;
import com.homeroom.scoring.Scheme;
import com.homeroom.scoring.SchemeLoader;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A run's settings as its job parameters hold them, typed. {@code runKey} names the job instance,
 * so a restart of a run writes into the same working output folder as the run it continues.
 */
public record RunSettings(String period, Path input, Path out, String runKey, String schemeFile) {

    public static RunSettings of(ChunkContext context) {
        StepExecution step = context.getStepContext().getStepExecution();
        JobParameters p = step.getJobParameters();
        return new RunSettings(p.getString(RunParameters.PERIOD), Path.of(p.getString(RunParameters.INPUT)),
                Path.of(p.getString(RunParameters.OUT)), "r" + step.getJobExecution().getJobInstance().getInstanceId(),
                p.getString(RunParameters.SCHEME_FILE));
    }

    /** The run's scheme: the file it was started with, or the built-in default. */
    public Scheme scheme() throws IOException {
        return scheme(schemeFile);
    }

    static Scheme scheme(String schemeFile) throws IOException {
        return schemeFile == null || schemeFile.isEmpty() ? SchemeLoader.loadDefault() : SchemeLoader.load(Path.of(schemeFile));
    }

    public PeriodFolder periodFolder() {
        return new PeriodFolder(out, period);
    }

    /** The folder this run writes into until it is published. */
    public Path workingOut() {
        return periodFolder().working(runKey);
    }
}
