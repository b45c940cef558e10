package com.homeroom.operations;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;

import java.nio.file.Path;

/** A run's settings as its job parameters hold them, typed. */
public record RunSettings(String period, Path input, Path out) {

    public static RunSettings of(ChunkContext context) {
        JobParameters p = context.getStepContext().getStepExecution().getJobParameters();
        return new RunSettings(p.getString(RunParameters.PERIOD), Path.of(p.getString(RunParameters.INPUT)),
                Path.of(p.getString(RunParameters.OUT)));
    }

    public Path periodOut() {
        return out.resolve(period);
    }
}
