package com.homeroom.operations;

import com.homeroom.intake.IntakeHarness;
import com.homeroom.intake.SchoolWorkbook;
import com.homeroom.intake.value.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler on a seconds-level cron: runs, skips while the inbox is unchanged, runs again after a change. */
class ScheduleIT {

    @TempDir
    Path dir;

    @Test
    void runsOnlyWhenTheInboxChanged() throws Exception {
        String period = Periods.containing(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        Path inbox = dir.resolve("inbox");
        SchoolWorkbook.writeRegistry(inbox);
        SchoolWorkbook school = SchoolWorkbook.twoTeachers();
        school.period = period + "学年";
        school.writeTo(inbox.resolve("凤凰小学.xlsx"));

        CliProcess.Running scheduler = CliProcess.start(dir, List.of(), "schedule", "--inbox", "inbox",
                "--cron", "*/2 * * * * *", "--no-archives");
        try {
            String completed = "考核周期 " + period + "：COMPLETED";
            awaitCount(scheduler, completed, 1);
            awaitCount(scheduler, "跳过", 1);
            school.scores.remove(1);
            school.writeTo(inbox.resolve("凤凰小学.xlsx"));
            awaitCount(scheduler, completed, 2);
        } finally {
            scheduler.kill();
        }
        var rejects = IntakeHarness.readCsv(dir.resolve("out").resolve(period).resolve("district/rejects.csv"));
        assertThat(rejects).extracting(r -> r.get("code")).containsExactly("MISSING_SCORE");
        assertThat(Files.readString(scheduler.out(), StandardCharsets.UTF_8)).contains("收件箱有变化");
    }

    private static void awaitCount(CliProcess.Running process, String text, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Pattern pattern = Pattern.compile(Pattern.quote(text));
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(Files.readString(process.out(), StandardCharsets.UTF_8));
            int found = 0;
            while (m.find()) {
                found++;
            }
            if (found >= count) {
                return;
            }
            assertThat(process.process().isAlive()).as(Files.readString(process.err(), StandardCharsets.UTF_8)).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("no " + count + " × '" + text + "' in: " + Files.readString(process.out(), StandardCharsets.UTF_8));
    }
}
