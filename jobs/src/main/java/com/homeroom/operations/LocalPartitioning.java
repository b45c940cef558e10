package com.homeroom.operations;

import com.homeroom.warehouse.Warehouse;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * The partitioned steps' partitions run on this machine: intake's {@code homeroom.intake-threads}
 * partitions on as many threads, the report steps' {@code homeroom.report-partitions} (default: one
 * per thread) on {@code homeroom.report-threads} threads. Selected by
 * {@code homeroom.partitioning=local}, the default; {@link RemotePartitioning} defines the same
 * beans for {@code remote}, sending the partitions to worker processes over a broker instead.
 */
@Configuration
@ConditionalOnProperty(name = "homeroom.partitioning", havingValue = "local", matchIfMissing = true)
class LocalPartitioning {

    /** Partitions on the run's own threads read and write the run's stage. */
    @Bean
    @StepScope
    PartitionWarehouse partitionWarehouse(Warehouse warehouse) {
        return PartitionWarehouse.shared(warehouse);
    }

    @Bean
    TaskExecutor reportExecutor(@Value("${homeroom.report-threads:2}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("report-");
        executor.setConcurrencyLimit(threads);
        return executor;
    }

    @Bean
    PartitionHandler intakePartitions(Step intakeWorker, @Value("${homeroom.intake-threads:2}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("intake-");
        executor.setConcurrencyLimit(threads);
        return handler(intakeWorker, executor, threads);
    }

    @Bean
    PartitionHandler schoolReportPartitions(Step schoolReportWorker, TaskExecutor reportExecutor,
                                            @Value("${homeroom.report-partitions:${homeroom.report-threads:2}}") int partitions) {
        return handler(schoolReportWorker, reportExecutor, partitions);
    }

    @Bean
    PartitionHandler archivePartitions(Step archiveWorker, TaskExecutor reportExecutor,
                                       @Value("${homeroom.report-partitions:${homeroom.report-threads:2}}") int partitions) {
        return handler(archiveWorker, reportExecutor, partitions);
    }

    private static PartitionHandler handler(Step worker, TaskExecutor executor, int partitions) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(executor);
        handler.setGridSize(partitions);
        return handler;
    }
}
