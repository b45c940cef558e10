package com.homeroom.operations;

import com.homeroom.publish.PeriodFolder;
import com.homeroom.publish.PeriodLayout;
import com.homeroom.reports.ReportHeader;
import com.homeroom.scoring.Scheme;
import com.homeroom.scoring.SchemeLoader;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A run's settings as its job parameters hold them, typed. {@code runKey} names the job instance,
 * so a restart of a run writes into the same working output folder as the run it continues, and
 * reuses the 生成时间 ({@code asOf}) the first execution was started with.
 */
public record RunSettings(String period, Path input, Path out, String runKey, String schemeFile, LocalDate asOf,
                          String schemeHash, String inputFingerprint, boolean archives) {

    public static RunSettings of(ChunkContext context) {
        return of(context.getStepContext().getStepExecution());
    }

    public static RunSettings of(StepExecution step) {
        JobParameters p = step.getJobParameters();
        return new RunSettings(p.getString(RunParameters.PERIOD), Path.of(p.getString(RunParameters.INPUT)),
                Path.of(p.getString(RunParameters.OUT)), "r" + step.getJobExecution().getJobInstance().getInstanceId(),
                p.getString(RunParameters.SCHEME_FILE), p.getLocalDate(RunParameters.AS_OF),
                p.getString(RunParameters.SCHEME_HASH), p.getString(RunParameters.INPUT_FINGERPRINT),
                !"false".equals(p.getString(RunParameters.ARCHIVES, "true")));
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

    public PeriodLayout layout() {
        return new PeriodLayout(workingOut(), period);
    }

    /** What every document prints about where it came from. */
    public ReportHeader reportHeader() {
        return ReportHeader.of(period, asOf, schemeHash, inputFingerprint);
    }
}
