package com.homeroom.operations;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.homeroom.operations.SixSchools.PERIOD;
import static com.homeroom.operations.SixSchools.outputs;
import static com.homeroom.operations.SixSchools.writeInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning as an operator would set it up, all real processes: a job repository on a
 * database server (H2's TCP server standing in for PostgreSQL), {@code homeroom broker}, two
 * {@code homeroom worker}s, and {@code homeroom run} told {@code homeroom.partitioning=remote} by a
 * system property, the same build as a local run. The first worker is killed (SIGKILL) while it
 * holds an archive partition; the second takes that partition from the queue and the run ends with
 * exactly the files of a run on one machine.
 */
class RemotePartitioningIT {

    @TempDir
    static Path dir;
    static Server repository;
    static final List<CliProcess.Running> started = new ArrayList<>();
    static Map<String, String> local;
    static CliProcess.Outcome run;
    static String secondWorker;
    static int brokerPort;

    @BeforeAll
    static void runLocallyThenWithWorkers() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        writeInput(input);
        Path one = Files.createDirectories(dir.resolve("local"));
        assertThat(CliProcess.run(one, args(input)).exitCode()).isZero();
        local = outputs(one);

        repository = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-ifNotExists",
                "-baseDir", Files.createDirectories(dir.resolve("db")).toString()).start();
        brokerPort = freePort();
        List<String> shared = List.of(
                "-Dspring.datasource.url=jdbc:h2:tcp://localhost:" + repository.getPort() + "/homeroom",
                "-Dhomeroom.broker.url=tcp://localhost:" + brokerPort);
        CliProcess.Running broker = start(Files.createDirectories(dir.resolve("broker")), List.of(),
                "broker", "--port", String.valueOf(brokerPort));
        broker.awaitOutput("消息代理已启动", 60);

        CliProcess.Running doomed = start(Files.createDirectories(dir.resolve("worker-1")),
                with(shared, "-Dhomeroom.test.pause-at=archiveWorker:partition1"), "worker");
        doomed.awaitOutput("工作进程已启动", 60);
        Path work = Files.createDirectories(dir.resolve("remote"));
        CliProcess.Running manager = start(work, with(with(shared, "-Dhomeroom.partitioning=remote"),
                "-Dhomeroom.remote.progress-every=PT1S"), args(input));

        doomed.awaitOutput("TEST PAUSE at archiveWorker:partition1", 120);
        doomed.kill();
        CliProcess.Running second = start(Files.createDirectories(dir.resolve("worker-2")), shared, "worker");
        run = CliProcess.await(manager);
        secondWorker = Files.readString(second.out());
    }

    @AfterAll
    static void stop() {
        started.forEach(p -> p.process().destroyForcibly());
        if (repository != null) {
            repository.stop();
        }
    }

    @Test
    void theRunEndsWithExactlyTheFilesOfARunOnOneMachine() throws Exception {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(outputs(dir.resolve("remote"))).isEqualTo(local);
    }

    @Test
    void theKilledWorkersPartitionWasDoneByTheOtherAndEveryPartitionIsCounted() {
        assertThat(secondWorker).contains("分区 archiveWorker:partition1 结束：COMPLETED");
        assertThat(run.out()).containsPattern("(?m)^  archiveWorker:partition1 COMPLETED .*写 [1-9]");
        assertThat(run.out()).containsPattern("(?m)^  archiveStep +COMPLETED +读 0 写 12 ");
        assertThat(run.out()).contains("archiveStep：收回 8 个分区文件");
        // while the first worker held a partition, the run said how far they had got
        assertThat(run.out()).containsPattern("archiveStep：8 个分区中 \\d 个已结束，[12] 个在做");
    }

    @Test
    void nothingIsLeftOfThePartitionsFilesAfterTheRun() throws IOException {
        try (Stream<Path> work = Files.list(dir.resolve("remote/data/work"))) {
            assertThat(work).isEmpty();
        }
    }

    /**
     * A broker that is not there fails the run at once, saying so; with no worker on its queue but
     * one set up with another job repository (which says so and puts the requests back) the run
     * waits until {@code homeroom.remote.timeout}, fails and says what to check. Each time the
     * same command continues the run (the partitions no worker finished were closed, so Spring Batch
     * restarts the step), and once a worker is there it ends with the local files, the worker
     * skipping the requests the timed-out run left in the queue.
     */
    @Test
    void aRunWithoutBrokerOrWorkerFailsSayingWhyAndTheSameCommandContinuesItOnceTheyAreThere() throws Exception {
        List<String> shared = List.of(
                "-Dspring.datasource.url=jdbc:h2:tcp://localhost:" + repository.getPort() + "/unserved",
                "-Dhomeroom.broker.url=tcp://localhost:" + brokerPort, "-Dhomeroom.remote.queue=homeroom.unserved");
        Path work = Files.createDirectories(dir.resolve("unserved"));
        List<String> manager = with(with(shared, "-Dhomeroom.partitioning=remote"), "-Dhomeroom.remote.timeout=PT3S");
        List<String> noBroker = with(manager, "-Dhomeroom.broker.url=tcp://localhost:" + freePort());

        CliProcess.Outcome unsent = CliProcess.await(start(work, noBroker, args(dir.resolve("in"))));
        assertThat(unsent.exitCode()).isEqualTo(1);
        assertThat(unsent.out()).contains("无法把分区交给消息代理").contains("homeroom.broker.url");

        // the only worker on the queue keeps a job repository of its own (its default), not the run's
        CliProcess.Running astray = start(Files.createDirectories(dir.resolve("worker-astray")),
                List.of("-Dhomeroom.broker.url=tcp://localhost:" + brokerPort, "-Dhomeroom.remote.queue=homeroom.unserved"),
                "worker");
        astray.awaitOutput("工作进程已启动", 60);
        CliProcess.Outcome timedOut = CliProcess.await(start(work, manager, args(dir.resolve("in"))));
        astray.kill();
        assertThat(Files.readString(astray.out())).contains("任务库里没有分区 intakeWorker ")
                .contains("这个工作进程连的任务库（spring.datasource.url）不是运行所用的那个");
        assertThat(timedOut.exitCode()).isEqualTo(1);
        assertThat(timedOut.out()).contains("继续上次未完成的运行").contains("intakeStep         FAILED")
                .contains("homeroom.remote.timeout").contains("请确认 homeroom worker 在运行");

        CliProcess.Running worker = start(Files.createDirectories(dir.resolve("worker-3")), shared, "worker");
        worker.awaitOutput("工作进程已启动", 60);
        CliProcess.Outcome continued = CliProcess.await(start(work, manager, args(dir.resolve("in"))));

        assertThat(continued.exitCode()).as(continued.err() + continued.out()).isZero();
        assertThat(continued.out()).contains("继续上次未完成的运行");
        assertThat(outputs(work)).isEqualTo(local);
        assertThat(Files.readString(worker.out())).contains("属于已结束的执行");
    }

    private static CliProcess.Running start(Path workDir, List<String> jvmArgs, String... args) throws IOException {
        CliProcess.Running process = CliProcess.start(workDir, jvmArgs, args);
        started.add(process);
        return process;
    }

    private static List<String> with(List<String> shared, String more) {
        List<String> all = new ArrayList<>(shared);
        all.add(more);
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String[] args(Path input) {
        return new String[]{"run", "--period", PERIOD, "--input", input.toString(), "--as-of", "2026-07-01"};
    }
}
