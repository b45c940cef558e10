package com.homeroom.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * What a run tells the people watching it: the run id on every log line (MDC {@code run}), one
 * line per step start and end with its counts, and progress within the chunked steps.
 *
 * <p>A test-only setting, {@code homeroom.test.pause-at=<step>} (or {@code <step>:chunk} to pause
 * after the step's first chunk), holds the run there so a test can kill it at a known point.
 */
@Component
public class RunObserver implements JobExecutionListener, StepExecutionListener, ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(RunObserver.class);

    private final String pauseAt;
    private final long pauseSeconds;
    private final Progress progress;
    private StepExecution currentStep;
    private long written;
    private long stepCpuStart;

    public RunObserver(@Value("${homeroom.test.pause-at:}") String pauseAt,
                       @Value("${homeroom.test.pause-seconds:60}") long pauseSeconds) {
        this.pauseAt = pauseAt;
        this.pauseSeconds = pauseSeconds;
        this.progress = Progress.forConsole();
    }

    @Override
    public void beforeJob(JobExecution job) {
        MDC.put("run", job.getJobParameters().getString(RunParameters.PERIOD) + "#" + job.getId());
        log.info("运行开始：考核周期 {}，执行 {}（实例 {}）", job.getJobParameters().getString(RunParameters.PERIOD),
                job.getId(), job.getJobInstance().getInstanceId());
    }

    @Override
    public void afterJob(JobExecution job) {
        log.info("运行结束：{}", job.getStatus());
        MDC.remove("run");
    }

    @Override
    public void beforeStep(StepExecution step) {
        currentStep = step;
        written = 0;
        ProcessGauges.resetHeapPeak(); // steps run one after another: each step's heap peak is its own
        stepCpuStart = ProcessGauges.cpuNanos();
        log.info("步骤开始：{}", step.getStepName());
        pauseIf(step.getStepName());
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        written += items.size();
        progress.update(currentStep.getStepName(), written);
        if (written == items.size()) {
            pauseIf(currentStep.getStepName() + ":chunk");
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        progress.done();
        long millis = step.getStartTime() == null ? 0
                : Duration.between(step.getStartTime(), java.time.LocalDateTime.now()).toMillis();
        long heapPeak = ProcessGauges.heapPeakBytes();
        long rssPeak = ProcessGauges.rssPeakBytes();
        // kept with the step in the job repository, where homeroom bench reads it
        step.getExecutionContext().putLong(ProcessGauges.HEAP_PEAK, heapPeak);
        step.getExecutionContext().putLong(ProcessGauges.RSS_PEAK, rssPeak);
        step.getExecutionContext().putLong(ProcessGauges.CPU, ProcessGauges.cpuNanos() - stepCpuStart);
        log.info("步骤结束：{} {}，读 {} 写 {}，{} 毫秒，堆峰值 {} MB，进程内存峰值 {} MB", step.getStepName(), step.getStatus(),
                step.getReadCount(), step.getWriteCount(), millis, heapPeak >> 20, rssPeak >> 20);
        return step.getExitStatus();
    }

    private void pauseIf(String point) {
        if (!point.equals(pauseAt)) {
            return;
        }
        log.warn("TEST PAUSE at {} (homeroom.test.pause-at)", point);
        try {
            Thread.sleep(pauseSeconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
