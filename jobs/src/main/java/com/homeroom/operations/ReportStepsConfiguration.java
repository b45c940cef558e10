package com.homeroom.operations;

import com.homeroom.warehouse.Warehouse;
import org.springframework.batch.core.configuration.annotation.StepScope;
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

/**
 * The report steps of a run: the district's documents, then each school's and each teacher's, the
 * latter two partitioned by school so that both cores render at once, or several machines
 * (PartitionWorkerSteps has what each partition does).
 */
@Configuration
@ConditionalOnProperty(name = "homeroom.role", havingValue = "run", matchIfMissing = true)
public class ReportStepsConfiguration {

    @Bean
    Step districtReportStep(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer,
                            Warehouse warehouse, ReportWriters writers,
                            @Value("${homeroom.report-threads:2}") int threads) {
        return new StepBuilder("districtReportStep", jobRepository).tasklet((contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            contribution.incrementWriteCount(writers.of(run, warehouse, warehouse).district(run.scheme(), threads));
            return RepeatStatus.FINISHED;
        }, tm).listener(observer).build();
    }

    /**
     * The manager steps split the schools and hand the partitions to a {@link PartitionHandler}: on
     * this machine's threads by default ({@link LocalPartitioning}), or to worker processes over a
     * broker ({@link RemotePartitioning}), without a change to the steps.
     */
    @Bean
    Step schoolReportStep(JobRepository jobRepository, RunObserver observer, SchoolPartitioner reportSchools,
                          PartitionHandler schoolReportPartitions) {
        return new StepBuilder("schoolReportStep", jobRepository)
                .partitioner(PartitionWorkerSteps.SCHOOL_REPORT_WORKER, reportSchools)
                .partitionHandler(schoolReportPartitions)
                .listener(observer).build();
    }

    @Bean
    Step archiveStep(JobRepository jobRepository, RunObserver observer, SchoolPartitioner reportSchools,
                     PartitionHandler archivePartitions) {
        return new StepBuilder("archiveStep", jobRepository)
                .partitioner(PartitionWorkerSteps.ARCHIVE_WORKER, reportSchools).partitionHandler(archivePartitions)
                .listener(observer).build();
    }

    @Bean
    @StepScope
    SchoolPartitioner reportSchools(Warehouse warehouse, @Value("#{jobParameters['period']}") String period) {
        return new SchoolPartitioner(warehouse, period);
    }
}
