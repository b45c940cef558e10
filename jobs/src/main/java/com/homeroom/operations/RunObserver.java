package com.homeroom.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a run tells the people watching it: the run id on every log line (MDC {@code run}), one
 * line per step start and end with its counts, and progress within the chunked steps.
 *
 * <p>A test-only setting, {@code homeroom.test.pause-at=<step>} (or {@code <step>:chunk} to pause
 * after the first chunk of the step, or of each of its partitions: {@code intakeWorker:chunk}),
 * holds the run there so a test can kill it at a known point.
 */
@Component
public class RunObserver implements JobExecutionListener, StepExecutionListener, ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(RunObserver.class);

    private final String pauseAt;
    private final long pauseSeconds;
    private final Progress progress;
    /** Items written so far by each running step execution: partitions write from several threads. */
    private final Map<Long, AtomicLong> writtenByStep = new ConcurrentHashMap<>();
    private final AtomicLong writtenInStage = new AtomicLong();
    /** Process CPU time when each running step execution started. */
    private final Map<Long, Long> cpuAtStart = new ConcurrentHashMap<>();

    public RunObserver(@Value("${homeroom.test.pause-at:}") String pauseAt,
                       @Value("${homeroom.test.pause-seconds:60}") long pauseSeconds) {
        this.pauseAt = pauseAt;
        this.pauseSeconds = pauseSeconds;
        this.progress = Progress.forConsole();
    }

    @Override
    public void beforeJob(JobExecution job) {
        MDC.put("run", runId(job));
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
        MDC.put("run", runId(step.getJobExecution())); // a partition runs on a thread of its own
        if (!isPartition(step)) {
            writtenInStage.set(0);
            ProcessGauges.resetHeapPeak(); // steps run one after another: each step's heap peak is its own
        }
        writtenByStep.put(step.getId(), new AtomicLong());
        cpuAtStart.put(step.getId(), ProcessGauges.cpuNanos());
        log.info("步骤开始：{}", step.getStepName());
        pauseIf(step.getStepName());
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context == null) {
            return;
        }
        StepExecution step = context.getStepExecution();
        long inStep = writtenByStep.computeIfAbsent(step.getId(), id -> new AtomicLong()).addAndGet(items.size());
        String stage = stageName(step);
        progress.update(stage, writtenInStage.addAndGet(items.size()));
        if (inStep == items.size()) {
            pauseIf(stage + ":chunk");
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        writtenByStep.remove(step.getId());
        if (!isPartition(step)) {
            progress.done();
        }
        long millis = step.getStartTime() == null ? 0
                : Duration.between(step.getStartTime(), java.time.LocalDateTime.now()).toMillis();
        long heapPeak = ProcessGauges.heapPeakBytes();
        long rssPeak = ProcessGauges.rssPeakBytes();
        // kept with the step in the job repository, where homeroom bench reads it
        step.getExecutionContext().putLong(ProcessGauges.HEAP_PEAK, heapPeak);
        step.getExecutionContext().putLong(ProcessGauges.RSS_PEAK, rssPeak);
        step.getExecutionContext().putLong(ProcessGauges.CPU, ProcessGauges.cpuNanos() - cpuAtStart.getOrDefault(step.getId(), 0L));
        cpuAtStart.remove(step.getId());
        log.info("步骤结束：{} {}，读 {} 写 {}{}，{} 毫秒，堆峰值 {} MB，进程内存峰值 {} MB", step.getStepName(), step.getStatus(),
                step.getReadCount(), step.getWriteCount(), RunSummary.kept(step), millis, heapPeak >> 20, rssPeak >> 20);
        return step.getExitStatus();
    }

    private static String runId(JobExecution job) {
        return job.getJobParameters().getString(RunParameters.PERIOD) + "#" + job.getId();
    }

    /** A partition's step execution is named {@code <worker>:<partition>}. */
    private static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(":");
    }

    /** The worker's name without the partition: what progress and the test pause points name. */
    private static String stageName(StepExecution step) {
        String name = step.getStepName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
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
