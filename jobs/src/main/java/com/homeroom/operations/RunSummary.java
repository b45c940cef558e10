package com.homeroom.operations;

import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationContext;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The final summary a run prints: what happened to the files and rows, and time per step. */
final class RunSummary {

    private RunSummary() {
    }

    /** @param failures what went wrong (kept by the execution in memory only, never in the repository) */
    static void print(PrintWriter out, JobExecution execution, List<Throwable> failures, ApplicationContext context,
                      String period) {
        out.println("考核周期 " + period + "：" + execution.getStatus());
        execution.getStepExecutions().stream()
                // a partition no worker took before the step failed has no start time
                .sorted(Comparator.comparing(StepExecution::getStartTime, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(s -> out.printf("  %-18s %-10s 读 %d 写 %d%s  %.1f 秒%n", s.getStepName(), s.getStatus(),
                        s.getReadCount(), s.getWriteCount(), kept(s), seconds(s)));
        try (Connection c = context.getBean(Warehouse.class).connect();
             PreparedStatement s = SqlResource.prepare(c, "publish/run-summary", Map.of("period", period));
             ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
                out.printf("  文件：接收 %d，退回 %d，被替代 %d；未报送学校 %d%n", rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4));
                out.printf("  班主任：名册接收 %d 人；问题清单：错误 %d 条，提示 %d 条%n", rs.getLong(5), rs.getLong(6),
                        rs.getLong(7));
            }
        } catch (SQLException e) {
            out.println("  （无法读取汇总：" + e.getMessage() + "）");
        }
        failures.forEach(t -> out.println("  失败原因：" + t));
        Path folder = Path.of(execution.getJobParameters().getString(RunParameters.OUT)).resolve(period);
        // a run that did not complete published nothing: what is there is the last completed run's, if any
        out.println(execution.getStatus() == BatchStatus.COMPLETED ? "  输出目录：" + folder
                : "  输出目录未更新（仍是上次完成的运行，如有）：" + folder);
        out.flush();
    }

    /**
     * Intake filters out the files it need not read again, the report steps the documents they need
     * not render again: both unchanged since the published run.
     */
    static String kept(StepExecution s) {
        if (s.getFilterCount() == 0) {
            return "";
        }
        return (s.getStepName().startsWith("intake") ? "（未变化、未重读 " : "（未变化、沿用 ") + s.getFilterCount() + "）";
    }

    private static double seconds(StepExecution s) {
        if (s.getStartTime() == null || s.getEndTime() == null) {
            return 0;
        }
        return Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0;
    }
}
