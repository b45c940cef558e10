package com.homeroom.operations;

import com.homeroom.publish.ReportWriter;
import com.homeroom.publish.SchoolPasswords;
import com.homeroom.publish.report.ReportInputs;
import com.homeroom.reports.ReportRenderer;
import com.homeroom.warehouse.Warehouse;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;

/**
 * The report steps: the district's documents, then each school's and each teacher's, the latter
 * two partitioned by school so that both cores render at once (and, with remote partitioning, so
 * that several machines could).
 */
@Configuration
public class ReportStepsConfiguration {

    static final String SCHOOL_REPORT_WORKER = "schoolReportWorker";
    static final String ARCHIVE_WORKER = "archiveWorker";

    /** A CSV of 学校代码,密码 for encrypted school reports; empty: none are encrypted. */
    @Value("${homeroom.school-passwords:}")
    String schoolPasswords;

    /** One renderer per process: templates compiled and fonts prepared once. */
    @Bean
    ReportRenderer reportRenderer() {
        return new ReportRenderer();
    }

    @Bean
    Step districtReportStep(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer,
                            Warehouse warehouse, ReportRenderer renderer,
                            @Value("${homeroom.report-threads:2}") int threads) {
        return new StepBuilder("districtReportStep", jobRepository).tasklet((contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            contribution.incrementWriteCount(writer(run, warehouse, renderer).district(run.scheme(), threads));
            return RepeatStatus.FINISHED;
        }, tm).listener(observer).build();
    }

    /**
     * The manager steps split the schools and hand the partitions to a {@link PartitionHandler}: on
     * this machine's threads by default ({@link LocalPartitioning}); the seam where remote
     * partitioning plugs in (docs/scaling.md) without a change to the steps.
     */
    @Bean
    Step schoolReportStep(JobRepository jobRepository, RunObserver observer, SchoolPartitioner reportSchools,
                          PartitionHandler schoolReportPartitions) {
        return new StepBuilder("schoolReportStep", jobRepository)
                .partitioner(SCHOOL_REPORT_WORKER, reportSchools).partitionHandler(schoolReportPartitions)
                .listener(observer).build();
    }

    @Bean
    Step archiveStep(JobRepository jobRepository, RunObserver observer, SchoolPartitioner reportSchools,
                     PartitionHandler archivePartitions) {
        return new StepBuilder("archiveStep", jobRepository)
                .partitioner(ARCHIVE_WORKER, reportSchools).partitionHandler(archivePartitions)
                .listener(observer).build();
    }

    @Bean
    @StepScope
    SchoolPartitioner reportSchools(Warehouse warehouse, @Value("#{jobParameters['period']}") String period) {
        return new SchoolPartitioner(warehouse, period);
    }

    @Bean
    Step schoolReportWorker(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer,
                            Tasklet schoolReports) {
        return new StepBuilder(SCHOOL_REPORT_WORKER, jobRepository).tasklet(schoolReports, tm).listener(observer).build();
    }

    @Bean
    Step archiveWorker(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer,
                       Tasklet teacherArchives) {
        return new StepBuilder(ARCHIVE_WORKER, jobRepository).tasklet(teacherArchives, tm).listener(observer).build();
    }

    @Bean
    @StepScope
    Tasklet schoolReports(Warehouse warehouse, ReportRenderer renderer,
                          @Value("#{stepExecutionContext['" + SchoolPartitioner.SCHOOLS + "']}") String schools) {
        return (contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            count(contribution, writer(run, warehouse, renderer).schools(ReportWriter.codes(schools)));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    @StepScope
    Tasklet teacherArchives(Warehouse warehouse, ReportRenderer renderer,
                            @Value("#{stepExecutionContext['" + SchoolPartitioner.SCHOOLS + "']}") String schools) {
        return (contribution, context) -> {
            RunSettings run = RunSettings.of(context);
            if (run.archives()) {
                count(contribution, writer(run, warehouse, renderer).archives(ReportWriter.codes(schools)));
            }
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * Written: schools, or 一师一档 PDFs, as before; filtered: the documents kept unchanged from the
     * published folder instead of rendered (the run summary's 沿用, bench's "kept").
     */
    private static void count(StepContribution contribution, ReportWriter.Placed placed) {
        contribution.incrementWriteCount(placed.items());
        contribution.incrementFilterCount(placed.kept());
    }

    private ReportWriter writer(RunSettings run, Warehouse warehouse, ReportRenderer renderer) throws Exception {
        SchoolPasswords passwords = schoolPasswords.isBlank() ? SchoolPasswords.none()
                : SchoolPasswords.read(Path.of(schoolPasswords));
        return new ReportWriter(warehouse, new ReportInputs(warehouse, run.scheme()), renderer, run.layout(),
                run.reportHeader(), passwords, HomeroomBuild.IDENTITY, run.periodFolder().published());
    }
}
