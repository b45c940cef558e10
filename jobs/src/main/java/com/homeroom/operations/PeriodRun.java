package com.homeroom.operations;

import com.homeroom.HomeroomApplication;
import com.homeroom.scoring.Scheme;
import com.homeroom.warehouse.PeriodStage;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One run of a period, as {@code run} and {@code schedule} both start it: check the input, take
 * the data folder's lock, start Spring (job repository, warehouse) for this run only, launch or
 * continue the job, print the summary. Nothing is held between runs, so the scheduler never
 * blocks data staff from running a period by hand.
 */
final class PeriodRun {

    record Request(String period, Path input, Path out, Path data, Path scheme, LocalDate asOf, boolean archives) {
    }

    private PeriodRun() {
    }

    static int execute(Request r, PrintWriter out, PrintWriter err) throws Exception {
        if (!Files.isDirectory(r.input())) {
            err.println("homeroom: 输入目录不存在：" + r.input());
            return ExitCodes.INPUT_CANNOT_START;
        }
        Optional<RunInputs> inputs = RunInputs.load(r.input(), r.scheme(), err);
        if (inputs.isEmpty()) {
            return ExitCodes.INPUT_CANNOT_START;
        }
        Scheme loaded = inputs.get().scheme();
        JobParameters parameters = new JobParametersBuilder()
                .addString(RunParameters.PERIOD, r.period())
                .addString(RunParameters.INPUT, r.input().toAbsolutePath().normalize().toString())
                .addString(RunParameters.INPUT_FINGERPRINT, RunCommand.fingerprint(r.input()))
                .addString(RunParameters.SCHEME_HASH, loaded.hash())
                .addString(RunParameters.OUT, r.out().toAbsolutePath().normalize().toString(), false)
                .addString(RunParameters.SCHEME_FILE, r.scheme() == null ? "" : r.scheme().toAbsolutePath().toString(), false)
                .addLocalDate(RunParameters.AS_OF, r.asOf(), false)
                .addString(RunParameters.ARCHIVES, Boolean.toString(r.archives()), false)
                .addString(RunParameters.DATA, r.data().toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
        Optional<RunLock> lock = RunLock.tryAcquire(r.data(), r.period());
        if (lock.isEmpty()) {
            err.println("homeroom: 另一个运行正在使用数据目录 " + r.data() + "（" + RunLock.holder(r.data()) + "），请等它结束后再运行");
            return ExitCodes.RUN_IN_PROGRESS;
        }
        Path data = r.data().toAbsolutePath().normalize();
        // POI buffers the workbooks it writes in temporary files: under --data, not the system's temp folder
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(data.resolve("tmp").toFile()));
        try (RunLock held = lock.get()) {
            boolean completed;
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HomeroomApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--homeroom.data-dir=" + data, "--homeroom.period=" + r.period(),
                            "--logging.file.name=" + data.resolve("logs/homeroom.log"))) {
                JobRepository repository = context.getBean(JobRepository.class);
                JobExecution launched = new RunLauncher(context.getBean(JobOperator.class), repository,
                        context.getBean(Job.class)).launch(parameters);
                // as the repository has it: partitions run by worker processes wrote their counts there
                JobExecution execution = repository.getJobExecution(launched.getId());
                RunSummary.print(out, execution, launched.getAllFailureExceptions(), context, r.period());
                completed = execution.getStatus() == BatchStatus.COMPLETED;
            }
            if (completed) {
                new PeriodStage(data, r.period()).discard(); // only once the context has closed the stage file
            }
            return completed ? ExitCodes.DONE : ExitCodes.RUN_FAILED;
        }
    }
}
