package com.homeroom.operations;

import com.homeroom.HomeroomApplication;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code homeroom worker}: a long-running process that runs partitions of runs made with
 * {@code homeroom.partitioning=remote} (intake, school reports, 一师一档), taken from the broker's
 * queue, until it is stopped (Ctrl-C or SIGTERM: a partition in hand is finished first). It needs
 * the same broker and job repository settings as the runs, and the runs' input, output and data
 * folders at the same paths (docs/scaling.md).
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Runs partitions of remote-partitioned runs, taken from the broker, until stopped.")
public final class WorkerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "its log folder, and the job repository's unless configured (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
            description = "partitions run at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads 至少为 1");
        }
        Path dir = data.toAbsolutePath().normalize();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.resolve("tmp").toFile()));
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HomeroomApplication.class)
                .web(WebApplicationType.NONE)
                .listeners(event -> {
                    if (event instanceof ContextClosedEvent) {
                        closed.countDown();
                    }
                })
                .run("--homeroom.data-dir=" + dir, "--homeroom.role=worker", "--homeroom.partitioning=remote",
                        "--homeroom.worker-threads=" + threads, "--logging.file.name=" + dir.resolve("logs/worker.log"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("工作进程已启动：" + threads + " 个线程，消息代理 "
                + context.getEnvironment().getProperty("homeroom.broker.url") + "，队列 "
                + context.getEnvironment().getProperty("homeroom.remote.queue", "homeroom.partitions"));
        out.flush();
        closed.await(); // Spring's shutdown hook closes the context on SIGTERM or Ctrl-C
        return ExitCodes.DONE;
    }
}
