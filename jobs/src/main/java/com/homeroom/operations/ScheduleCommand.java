package com.homeroom.operations;

import com.homeroom.intake.RegistryReader;
import com.homeroom.intake.value.Periods;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * {@code homeroom schedule}: long-running. At each time of the cron (configuration key
 * {@code homeroom.schedule.cron}, or {@code --cron}) it runs the current period from the inbox,
 * but only when the inbox's files (paths and SHA-256) differ from the last completed run of that
 * period; otherwise it logs why it skipped. Between firings it holds nothing, so data staff can
 * run periods by hand at any time.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Runs the current period from the inbox on a cron, when the inbox changed.")
public final class ScheduleCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--inbox", defaultValue = "inbox", paramLabel = "DIR", description = "(default: ${DEFAULT-VALUE})")
    Path inbox;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "(default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR", description = "(default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--cron", paramLabel = "EXPR",
            description = "Spring cron with seconds (default: homeroom.schedule.cron in application.properties)")
    String cron;

    @Option(names = "--no-archives", description = "skip the 一师一档 PDFs in scheduled runs")
    boolean noArchives;

    @Override
    public Integer call() throws Exception {
        CronExpression expression;
        try {
            expression = CronExpression.parse(cron != null ? cron : configuredCron());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cron 无效：" + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("定时运行已启动：" + expression + "，收件箱 " + inbox.toAbsolutePath().normalize());
        out.flush();
        while (!Thread.currentThread().isInterrupted()) {
            ZonedDateTime now = ZonedDateTime.now(RunCommand.DISTRICT_ZONE);
            ZonedDateTime next = expression.next(now);
            Thread.sleep(Math.max(0, java.time.Duration.between(now, next).toMillis()));
            fire(out);
        }
        return ExitCodes.DONE;
    }

    private void fire(PrintWriter console) throws Exception {
        LocalDate today = LocalDate.now(RunCommand.DISTRICT_ZONE);
        String period = Periods.containing(today);
        if (RegistryReader.locate(inbox).isEmpty()) {
            log.info("{} 收件箱中没有学校名录，跳过本次定时运行", LocalDateTime.now());
            return;
        }
        String fingerprint = RunCommand.fingerprint(inbox);
        Optional<String> last;
        Optional<RunLock> lock = RunLock.tryAcquire(data, period);
        if (lock.isEmpty()) {
            log.info("另一个运行正在进行（{}），跳过本次定时运行", RunLock.holder(data));
            return;
        }
        try (RunLock held = lock.get()) {
            last = new JobHistory(data).lastCompletedFingerprint(period);
        }
        if (last.isPresent() && last.get().equals(fingerprint)) {
            log.info("收件箱与考核周期 {} 上次完成的运行相同（输入 {}），跳过", period, fingerprint.substring(0, 12));
            return;
        }
        log.info("收件箱有变化，开始运行考核周期 {}", period);
        int code = PeriodRun.execute(new PeriodRun.Request(period, inbox, out, data, null, today, !noArchives),
                console, spec.commandLine().getErr());
        log.info("定时运行结束，退出码 {}", code);
        console.flush();
    }

    private static String configuredCron() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScheduleCommand.class.getResourceAsStream("/application.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.getProperty("homeroom.schedule.cron", "0 0 2 * * *");
    }
}
