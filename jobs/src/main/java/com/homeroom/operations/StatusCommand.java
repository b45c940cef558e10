package com.homeroom.operations;

import com.homeroom.scoring.Scoring;
import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code homeroom status}: the periods in the warehouse, their last runs and counts, the stale
 * ones, and the running one. The databases are single-process: while a run holds them, status
 * names that run and says the rest is shown once it ends.
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Shows periods, runs, counts and stale periods.")
public final class StatusCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--period", paramLabel = "P", description = "only this period")
    String period;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR", description = "(default: ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(data.resolve(Warehouse.FILE_NAME))) {
            out.println("数据目录 " + data + " 中还没有任何运行。");
            return ExitCodes.DONE;
        }
        Optional<RunLock> lock = RunLock.tryAcquire(data, "status");
        if (lock.isEmpty()) {
            out.println("正在运行：" + RunLock.holder(data));
            out.println("数据库由该运行独占，运行结束后可查看各周期的详细状态。");
            return ExitCodes.DONE;
        }
        try (RunLock held = lock.get(); Warehouse warehouse = Warehouse.open(data)) {
            List<String> stale = new Scoring(warehouse).stalePeriods();
            out.println("考核周期    接收文件 退回文件 已评分 区级优秀 须调整  状态");
            try (Connection c = warehouse.connect();
                 PreparedStatement s = SqlResource.prepare(c, "operations/period-counts", Map.of());
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String p = rs.getString(1);
                    if (period == null || period.equals(p)) {
                        out.printf("%-11s %8d %8d %6d %8d %6d  %s%n", p, rs.getLong(2), rs.getLong(3), rs.getLong(4),
                                rs.getLong(5), rs.getLong(6), stale.contains(p) ? "过期（前序周期已重算，请重新运行）" : "最新");
                    }
                }
            }
            printRuns(out);
        }
        return ExitCodes.DONE;
    }

    private void printRuns(PrintWriter out) throws Exception {
        JobHistory history = new JobHistory(data);
        if (!history.exists()) {
            return;
        }
        out.println();
        out.println("最近的运行：");
        try (Connection c = history.connect();
             PreparedStatement s = SqlResource.prepare(c, "operations/last-runs", Map.of());
             ResultSet rs = s.executeQuery()) {
            int shown = 0;
            while (rs.next() && shown < 20) {
                if (period != null && !period.equals(rs.getString("PERIOD"))) {
                    continue;
                }
                Timestamp start = rs.getTimestamp("START_TIME");
                Timestamp end = rs.getTimestamp("END_TIME");
                String duration = start == null || end == null ? "-"
                        : Duration.between(start.toInstant(), end.toInstant()).toSeconds() + " 秒";
                out.printf("  执行 %-4d 周期 %s 第%s次  %s  开始 %s  结束 %s  用时 %s  输入 %s  方案 %s%n",
                        rs.getLong("JOB_EXECUTION_ID"), rs.getString("PERIOD"), rs.getString("RUN_NO"),
                        rs.getString("STATUS"), start, end == null ? "-" : end, duration,
                        shortHash(rs.getString("FINGERPRINT")), shortHash(rs.getString("SCHEME_HASH")));
                shown++;
            }
        }
    }

    private static String shortHash(String hash) {
        return hash == null ? "-" : hash.substring(0, Math.min(12, hash.length()));
    }
}
