package com.homeroom.operations;

import com.homeroom.intake.IntakeValidation;
import com.homeroom.intake.Registry;
import com.homeroom.intake.RegistryReader;
import com.homeroom.intake.WorkbookOpener;
import com.homeroom.publish.IntakeExport;
import com.homeroom.publish.Manifest;
import com.homeroom.publish.ResultsExport;
import com.homeroom.scoring.Scoring;
import com.homeroom.warehouse.IntakeStore;
import com.homeroom.warehouse.PeriodStage;
import com.homeroom.warehouse.Warehouse;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
@ConditionalOnProperty(name = "homeroom.role", havingValue = "run", matchIfMissing = true)
public class DistrictJobConfiguration {

    public static final String JOB_NAME = "districtJob";
    /** The run's stage of the warehouse (see PeriodStage): {@code homeroom.period} names the run's period. */
    @Bean
    PeriodStage periodStage(@Value("${homeroom.data-dir:data}") String dataDir, @Value("${homeroom.period}") String period) {
        return new PeriodStage(Path.of(dataDir), period);
    }

    /** Every step reads and writes the stage; only publishStep touches the published warehouse. */
    @Bean(destroyMethod = "close")
    Warehouse warehouse(PeriodStage stage) throws SQLException {
        return stage.open();
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
                      PeriodStage stage, WorkbookOpener opener,
                      @Value("${homeroom.max-file-bytes:20971520}") long maxFileBytes) {
        return new StepBuilder("registryStep", jobRepository).tasklet((contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            Registry registry = new RegistryReader(opener).read(run.input());
            stage.begin(warehouse, InputSnapshot.of(run.input(), run.schemeHash(), maxFileBytes));
            new IntakeStore(warehouse).replaceRegistry(run.period(), registry);
            contribution.incrementWriteCount(registry.schools().size());
            return RepeatStatus.FINISHED;
        }, tm).listener(observer).build();
    }

    /**
     * Intake partitioned by file, so both cores read workbooks; where the partitions run is the
     * partitioning configuration's {@code intakePartitions} (LocalPartitioning: threads here).
     */
    @Bean
    Step intakeStep(JobRepository jobRepository, RunObserver observer, InputFilePartitioner inputFiles,
                    PartitionHandler intakePartitions) {
        return new StepBuilder("intakeStep", jobRepository)
                .partitioner(PartitionWorkerSteps.INTAKE_WORKER, inputFiles).partitionHandler(intakePartitions)
                .listener(observer).build();
    }

    @Bean
    @StepScope
    InputFilePartitioner inputFiles(@Value("#{jobParameters['input']}") String input) {
        return new InputFilePartitioner(Path.of(input));
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

    /**
     * manifest.csv, the period's rows into the published warehouse (one transaction), then the one
     * switch that makes the run's outputs visible at {@code <out>/<period>}. Both are idempotent, so a
     * run killed between them redoes the step whole.
     */
    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer,
                     Warehouse warehouse, PeriodStage stage) {
        return new StepBuilder("publishStep", jobRepository).tasklet((contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            Manifest.write(run.workingOut());
            stage.publish(warehouse);
            run.periodFolder().publish(run.runKey());
            return RepeatStatus.FINISHED;
        }, tm).listener(observer).build();
    }
}
