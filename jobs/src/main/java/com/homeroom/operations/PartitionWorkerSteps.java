package com.homeroom.operations;

import com.homeroom.intake.FileIntake;
import com.homeroom.intake.InputFile;
import com.homeroom.intake.Registry;
import com.homeroom.intake.RegistryReader;
import com.homeroom.intake.SchoolWorkbookReader;
import com.homeroom.intake.WorkbookIntake;
import com.homeroom.intake.WorkbookOpener;
import com.homeroom.publish.ReportWriter;
import com.homeroom.scoring.Scheme;
import com.homeroom.warehouse.IntakeStore;
import com.homeroom.warehouse.PeriodStage;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What one partition of a partitioned step does, wherever it runs: on the run's own threads, or in
 * a worker process ({@code homeroom worker}) that takes partitions from the broker. Each partition
 * reads and writes through its {@link PartitionWarehouse}, which the partitioning configuration
 * provides, never through the run's stage directly.
 */
@Configuration
public class PartitionWorkerSteps {

    static final String INTAKE_WORKER = "intakeWorker";
    static final String SCHOOL_REPORT_WORKER = "schoolReportWorker";
    static final String ARCHIVE_WORKER = "archiveWorker";
    /**
     * A chunk is one DuckDB commit: at 4 workbooks the commits (375 at city scale) were most of the
     * loading; 16 took intake from 7.5 s to 5.4 s at city scale (8: 6.4 s, 48: 5.1 s) while a chunk
     * of school workbooks (a few hundred rows each) stays a few megabytes.
     */
    static final int FILES_PER_CHUNK = 16;

    @Bean
    WorkbookOpener workbookOpener(@Value("${homeroom.max-file-bytes:20971520}") long maxBytes,
                                  @Value("${homeroom.max-rows-per-sheet:10000}") int maxRowsPerSheet) {
        return new WorkbookOpener(maxBytes, maxRowsPerSheet);
    }

    @Bean
    Step intakeWorker(JobRepository jobRepository, PlatformTransactionManager tm, RunObserver observer,
                      SchoolWorkbookReader schoolWorkbooks, ItemProcessor<InputFile, FileIntake> workbookReader,
                      ItemWriter<FileIntake> intakeWriter,
                      @Value("${homeroom.intake-files-per-chunk:" + FILES_PER_CHUNK + "}") int filesPerChunk) {
        return new StepBuilder(INTAKE_WORKER, jobRepository)
                .<InputFile, FileIntake>chunk(filesPerChunk).transactionManager(tm)
                .reader(schoolWorkbooks)
                .processor(workbookReader)
                .writer(intakeWriter)
                .listener((org.springframework.batch.core.listener.StepListener) observer)
                .build();
    }

    @Bean
    @StepScope
    SchoolWorkbookReader schoolWorkbooks(@Value("#{jobParameters['input']}") String input,
                                         @Value("#{stepExecutionContext['" + InputFilePartitioner.FILES + "']}") String files) {
        List<Integer> indexes = files.isEmpty() ? List.of() : Arrays.stream(files.split(",")).map(Integer::valueOf).toList();
        return new SchoolWorkbookReader(Path.of(input), indexes);
    }

    @Bean
    @StepScope
    ItemProcessor<InputFile, FileIntake> workbookReader(@Value("#{jobParameters['input']}") String input,
                                                        @Value("#{jobParameters['period']}") String period,
                                                        @Value("#{jobParameters['scheme']}") String schemeFile,
                                                        WorkbookOpener opener, PartitionWarehouse partitionWarehouse)
            throws Exception {
        Registry registry = new RegistryReader(opener).read(Path.of(input));
        Scheme scheme = RunSettings.scheme(schemeFile);
        WorkbookIntake intake = new WorkbookIntake(registry, scheme, period, opener);
        // unchanged since the published run, or stored by a killed one: filtered out, not read again
        Set<String> stored = PeriodStage.storedFiles(partitionWarehouse.reading(), period);
        return file -> stored.contains(file.relative()) ? null : intake.read(file);
    }

    @Bean
    @StepScope
    ItemWriter<FileIntake> intakeWriter(@Value("#{jobParameters['period']}") String period,
                                        PartitionWarehouse partitionWarehouse) {
        IntakeStore store = new IntakeStore(partitionWarehouse.writing());
        return chunk -> store.save(period, List.copyOf(chunk.getItems()));
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
    Tasklet schoolReports(PartitionWarehouse partitionWarehouse, ReportWriters writers,
                          @Value("#{stepExecutionContext['" + SchoolPartitioner.SCHOOLS + "']}") String schools) {
        return (contribution, context) -> {
            count(contribution, writer(writers, context, partitionWarehouse).schools(ReportWriter.codes(schools)));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    @StepScope
    Tasklet teacherArchives(PartitionWarehouse partitionWarehouse, ReportWriters writers,
                            @Value("#{stepExecutionContext['" + SchoolPartitioner.SCHOOLS + "']}") String schools) {
        return (contribution, context) -> {
            if (RunSettings.of(context).archives()) {
                count(contribution, writer(writers, context, partitionWarehouse).archives(ReportWriter.codes(schools)));
            }
            return RepeatStatus.FINISHED;
        };
    }

    private static ReportWriter writer(ReportWriters writers, ChunkContext context,
                                       PartitionWarehouse partition) throws Exception {
        return writers.of(RunSettings.of(context), partition.reading(), partition.writing());
    }

    /**
     * Written: schools, or 一师一档 PDFs, as before; filtered: the documents kept unchanged from the
     * published folder instead of rendered (the run summary's 沿用, bench's "kept").
     */
    private static void count(StepContribution contribution, ReportWriter.Placed placed) {
        contribution.incrementWriteCount(placed.items());
        contribution.incrementFilterCount(placed.kept());
    }
}
