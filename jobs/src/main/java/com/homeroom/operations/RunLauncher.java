package com.homeroom.operations;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts or continues the district job for a period. A failed or killed run with the same inputs
 * and scheme is restarted (completed steps are not redone, its 生成时间 is reused); anything else
 * is a new job instance, numbered per period. Called only while holding the {@link RunLock}, so
 * an execution still marked running belongs to a dead process and is closed as FAILED first.
 */
final class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);
    private static final int HISTORY_SCAN = 500;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;

    RunLauncher(JobOperator operator, JobRepository repository, Job job) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
    }

    JobExecution launch(JobParameters requested) throws Exception {
        closeDeadExecutions();
        String period = requested.getString(RunParameters.PERIOD);
        Optional<JobExecution> last = lastExecutionOf(period);
        if (last.isPresent() && isRestartable(last.get(), requested)) {
            log.info("继续上次未完成的运行（执行 {}），已完成的步骤不再重做", last.get().getId());
            return operator.start(job, last.get().getJobParameters());
        }
        long run = last.map(e -> e.getJobParameters().getLong(RunParameters.RUN, 0L)).orElse(0L) + 1;
        return operator.start(job, new JobParametersBuilder(requested).addLong(RunParameters.RUN, run).toJobParameters());
    }

    private static boolean isRestartable(JobExecution last, JobParameters requested) {
        BatchStatus status = last.getStatus();
        boolean unfinished = status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.UNKNOWN;
        JobParameters before = last.getJobParameters();
        return unfinished
                && Objects.equals(before.getString(RunParameters.INPUT), requested.getString(RunParameters.INPUT))
                && Objects.equals(before.getString(RunParameters.INPUT_FINGERPRINT),
                requested.getString(RunParameters.INPUT_FINGERPRINT))
                && Objects.equals(before.getString(RunParameters.SCHEME_HASH), requested.getString(RunParameters.SCHEME_HASH));
    }

    /** The latest execution of the newest instance that ran this period. */
    Optional<JobExecution> lastExecutionOf(String period) {
        for (JobInstance instance : repository.getJobInstances(DistrictJobConfiguration.JOB_NAME, 0, HISTORY_SCAN)) {
            JobExecution execution = repository.getLastJobExecution(instance);
            if (execution != null && period.equals(execution.getJobParameters().getString(RunParameters.PERIOD))) {
                return Optional.of(execution);
            }
        }
        return Optional.empty();
    }

    /** A power cut or kill -9 leaves executions STARTED forever (spring-batch#3809): close them. */
    private void closeDeadExecutions() {
        for (JobExecution dead : repository.findRunningJobExecutions(DistrictJobConfiguration.JOB_NAME)) {
            log.warn("执行 {} 的进程已不在（被终止或断电），标记为失败以便继续", dead.getId());
            LocalDateTime now = LocalDateTime.now();
            for (StepExecution step : dead.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription("process died"));
                    step.setEndTime(now);
                    repository.update(step);
                }
            }
            dead.setStatus(BatchStatus.FAILED);
            dead.setExitStatus(ExitStatus.FAILED.addExitDescription("process died"));
            dead.setEndTime(now);
            repository.update(dead);
        }
    }
}
