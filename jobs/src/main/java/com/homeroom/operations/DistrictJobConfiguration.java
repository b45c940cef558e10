package com.homeroom.operations;

import com.homeroom.intake.FileIntake;
import com.homeroom.intake.InputFile;
import com.homeroom.intake.IntakeValidation;
import com.homeroom.intake.Registry;
import com.homeroom.intake.RegistryReader;
import com.homeroom.intake.SchoolWorkbookReader;
import com.homeroom.intake.WorkbookIntake;
import com.homeroom.intake.WorkbookOpener;
import com.homeroom.publish.IntakeExport;
import com.homeroom.publish.Manifest;
import com.homeroom.publish.ResultsExport;
import com.homeroom.scoring.Scheme;
import com.homeroom.scoring.Scoring;
import com.homeroom.warehouse.IntakeStore;
import com.homeroom.warehouse.Warehouse;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The district job, one execution per run of a period: registry → intake (file by file) →
 * validate (rules across rows and schools) → score (grades, ranks, commendation, tiers) →
 * export (the CSVs) → district, school and teacher documents (see ReportStepsConfiguration) →
 * publish (manifest, then the period's output folder switched to this run's in one step).
 */
@Configuration
public class DistrictJobConfiguration {

    public static final String JOB_NAME = "districtJob";
    static final int FILES_PER_CHUNK = 4;

    @Bean(destroyMethod = "close")
    Warehouse warehouse(@Value("${homeroom.data-dir:data}") String dataDir) throws SQLException {
        return Warehouse.open(Path.of(dataDir));
    }

    @Bean
    WorkbookOpener workbookOpener(@Value("${homeroom.max-file-bytes:20971520}") long maxBytes,
                                  @Value("${homeroom.max-rows-per-sheet:10000}") int maxRowsPerSheet) {
        return new WorkbookOpener(maxBytes, maxRowsPerSheet);
    }

    @Bean
    Job districtJob(JobRepository jobRepository, RunObserver observer, Step registryStep, Step intakeStep,
                    Step validateStep, Step scoreStep, Step exportStep, Step districtReportStep,
                    Step schoolReportStep, Step archiveStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(observer)
                .start(registryStep)
                .next(intakeStep)
                .next(validateStep)
                .next(scoreStep)
                .next(exportStep)
                .next(districtReportStep)
                .next(schoolReportStep)
                .next(archiveStep)
                .next(publishStep)
                .build();
    }

    @Bean
    Step registryStep(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer, Warehouse warehouse,
                      WorkbookOpener opener) {
        return new StepBuilder("registryStep", jobRepository).tasklet((contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            Registry registry = new RegistryReader(opener).read(run.input());
            new IntakeStore(warehouse).replaceRegistry(run.period(), registry);
            contribution.incrementWriteCount(registry.schools().size());
            return RepeatStatus.FINISHED;
        }, tm).listener(observer).build();
    }

    @Bean
    Step intakeStep(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer,
                    SchoolWorkbookReader schoolWorkbooks, ItemProcessor<InputFile, FileIntake> workbookReader,
                    ItemWriter<FileIntake> intakeWriter) {
        return new StepBuilder("intakeStep", jobRepository)
                .<InputFile, FileIntake>chunk(FILES_PER_CHUNK).transactionManager(tm)
                .reader(schoolWorkbooks)
                .processor(workbookReader)
                .writer(intakeWriter)
                .listener((org.springframework.batch.core.listener.StepListener) observer)
                .build();
    }

    @Bean
    @StepScope
    SchoolWorkbookReader schoolWorkbooks(@Value("#{jobParameters['input']}") String input) {
        return new SchoolWorkbookReader(Path.of(input));
    }

    @Bean
    @StepScope
    ItemProcessor<InputFile, FileIntake> workbookReader(@Value("#{jobParameters['input']}") String input,
                                                        @Value("#{jobParameters['period']}") String period,
                                                        @Value("#{jobParameters['scheme']}") String schemeFile,
                                                        WorkbookOpener opener) throws Exception {
        Registry registry = new RegistryReader(opener).read(Path.of(input));
        Scheme scheme = RunSettings.scheme(schemeFile);
        WorkbookIntake intake = new WorkbookIntake(registry, scheme, period, opener);
        return intake::read;
    }

    @Bean
    @StepScope
    ItemWriter<FileIntake> intakeWriter(@Value("#{jobParameters['period']}") String period, Warehouse warehouse) {
        IntakeStore store = new IntakeStore(warehouse);
        return chunk -> store.save(period, java.util.List.copyOf(chunk.getItems()));
    }

    @Bean
    Step validateStep(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer, Warehouse warehouse) {
        return new StepBuilder("validateStep", jobRepository).tasklet((contribution, context) -> {
            new IntakeValidation(warehouse).validate(RunSettings.of(context).period());
            return RepeatStatus.FINISHED;
        }, tm).listener(observer).build();
    }

    /** Grades, vetoes, ranks, commendation and tiers: scoring and selection, one transaction. */
    @Bean
    Step scoreStep(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer, Warehouse warehouse) {
        return new StepBuilder("scoreStep", jobRepository).tasklet((contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            new Scoring(warehouse).score(run.period(), run.scheme());
            return RepeatStatus.FINISHED;
        }, tm).listener(observer).build();
    }

    /** The machine-readable outputs: intake.csv, rejects.csv, results.csv, schools.csv. */
    @Bean
    Step exportStep(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer, Warehouse warehouse) {
        return new StepBuilder("exportStep", jobRepository).tasklet((contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            Path district = run.workingOut().resolve("district");
            new IntakeExport(warehouse).write(run.period(), district);
            new ResultsExport(warehouse).write(run.period(), run.scheme(), district);
            return RepeatStatus.FINISHED;
        }, tm).listener(observer).build();
    }

    /** manifest.csv, then the one switch that makes the run's outputs visible at {@code <out>/<period>}. */
    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer) {
        return new StepBuilder("publishStep", jobRepository).tasklet((contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            Manifest.write(run.workingOut());
            run.periodFolder().publish(run.runKey());
            return RepeatStatus.FINISHED;
        }, tm).listener(observer).build();
    }
}
