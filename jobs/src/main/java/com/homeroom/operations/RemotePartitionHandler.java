package com.homeroom.operations;

import com.homeroom.warehouse.PeriodStage;
import com.homeroom.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.messaging.MessagingException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a step's partitions to the workers' queue and waits for them by polling the shared job
 * repository, with the run's stage let go of meanwhile (the workers read it), then gathers what the
 * partitions wrote (PartitionFiles). While waiting it logs every {@code homeroom.remote.progress-every}
 * how many partitions have ended. A step that fails (the broker cannot be reached, or the partitions
 * are not done within {@code homeroom.remote.timeout}) gathers nothing, since a worker may still be
 * writing, and closes the partitions no worker finished: the next run of the period continues it.
 */
final class RemotePartitionHandler extends MessageChannelPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitionHandler.class);

    private final JobRepository repository;
    private final Warehouse warehouse;
    private final PeriodStage stage;
    private final Duration timeout;
    private final String broker;
    private final Duration progressEvery;

    RemotePartitionHandler(JobRepository repository, Warehouse warehouse, PeriodStage stage, Duration timeout,
                           String broker, Duration progressEvery) {
        this.repository = repository;
        this.warehouse = warehouse;
        this.stage = stage;
        this.timeout = timeout;
        this.broker = broker;
        this.progressEvery = progressEvery;
        setJobRepository(repository); // no reply queue: the run polls the shared job repository
        setTimeout(timeout.toMillis());
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        String step = manager.getStepName();
        log.info("{}：{} 个分区交给工作进程（队列），等待它们完成（最长 {}）", step, partitions.size(), timeout);
        Set<StepExecution> done;
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "remote-progress");
            t.setDaemon(true);
            return t;
        });
        progress.scheduleWithFixedDelay(() -> progress(step, partitions), progressEvery.toMillis(),
                progressEvery.toMillis(), TimeUnit.MILLISECONDS);
        try {
            done = warehouse.lend(() -> super.doHandle(manager, partitions));
        } catch (TimeoutException e) {
            failUnfinished(partitions, "no worker finished it within " + timeout);
            throw new IllegalStateException("分区在 " + timeout + " 内没有全部做完（homeroom.remote.timeout）："
                    + "请确认 homeroom worker 在运行，并与本次运行连着同一个消息代理和任务库；"
                    + "再运行一次同样的命令会接着做未完成的分区", e);
        } catch (MessagingException e) {
            failUnfinished(partitions, "not sent: the broker could not be reached");
            throw new IllegalStateException("无法把分区交给消息代理 " + broker + "（homeroom.broker.url）："
                    + "请确认它在运行、本机连得上；" + NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
        } catch (Exception e) {
            failUnfinished(partitions, "the run's step failed: " + e);
            throw e;
        } finally {
            progress.shutdownNow();
        }
        long start = System.nanoTime();
        int gathered = stage.partitions().gather(warehouse);
        log.info("{}：收回 {} 个分区文件，{} 毫秒", step, gathered, (System.nanoTime() - start) / 1_000_000);
        return done;
    }

    private void progress(String step, Set<StepExecution> partitions) {
        try {
            int ended = 0;
            int running = 0;
            for (StepExecution sent : partitions) {
                StepExecution now = repository.getStepExecution(sent.getId());
                if (now == null) {
                    continue;
                }
                if (!now.getStatus().isRunning()) {
                    ended++;
                } else if (now.getStatus() == BatchStatus.STARTED) {
                    running++;
                }
            }
            log.info("{}：{} 个分区中 {} 个已结束，{} 个在做，{} 个在排队", step, partitions.size(), ended, running,
                    partitions.size() - ended - running);
        } catch (RuntimeException e) {
            log.warn("{}：读不到分区的进度（{}），继续等待", step, e.getMessage());
        }
    }

    /**
     * A partition no worker finished is closed as FAILED, so that the next run of the period can
     * restart the step (Spring Batch refuses to restart a job with a step execution still marked
     * running) and send it again.
     */
    private void failUnfinished(Set<StepExecution> partitions, String why) {
        for (StepExecution sent : partitions) {
            StepExecution now = repository.getStepExecution(sent.getId());
            if (now != null && now.getStatus().isRunning()) {
                now.setStatus(BatchStatus.FAILED);
                now.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                now.setEndTime(LocalDateTime.now());
                repository.update(now);
            }
        }
    }
}
