package com.homeroom.operations;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.homeroom.operations.SixSchools.changedInput;
import static com.homeroom.operations.SixSchools.outputs;
import static com.homeroom.operations.SixSchools.writeInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed with SIGKILL in intake (both partitions after their first chunk), in scoring and halfway through the school
 * PDFs (one partition done), then run again with the same inputs, ends with exactly the outputs and
 * warehouse rows of a run that was never interrupted. (Other kill points were tried when the steps
 * were written; three keep the suite's time down.)
 */
class RestartAfterKillIT {

    static final String PERIOD = SixSchools.PERIOD;

    @TempDir
    static Path dir;
    static Map<String, String> uninterruptedOut;
    static Map<String, String> uninterruptedWarehouse;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        writeInput(dir.resolve("in"));
        Path base = Files.createDirectories(dir.resolve("base"));
        CliProcess.Outcome run = CliProcess.run(base, args());
        assertThat(run.exitCode()).as(run.err()).isZero();
        uninterruptedOut = outputs(base);
        uninterruptedWarehouse = warehouse(base);
    }

    @ParameterizedTest
    @ValueSource(strings = {"intakeWorker:chunk", "scoreStep", "schoolReportStep"})
    void killedThenRunAgainEqualsAnUninterruptedRun(String killPoint) throws Exception {
        Path work = Files.createDirectories(dir.resolve(killPoint.replace(':', '-')));
        // one file per chunk: each intake partition (three files each) is killed after its first chunk
        CliProcess.Running doomed = CliProcess.start(work, List.of("-Dhomeroom.test.pause-at=" + killPoint,
                "-Dhomeroom.intake-files-per-chunk=1"), args());
        doomed.awaitOutput("TEST PAUSE at " + killPoint, 120);
        doomed.kill();

        CliProcess.Outcome again = CliProcess.run(work, args());

        assertThat(again.exitCode()).as(again.err() + again.out()).isZero();
        assertThat(again.out()).contains("COMPLETED");
        assertThat(outputs(work)).isEqualTo(uninterruptedOut);
        assertThat(warehouse(work)).isEqualTo(uninterruptedWarehouse);
    }

    /**
     * A re-run with one changed workbook, killed in its last step before publishing: the published
     * warehouse still holds the previous run's period whole (not half of each), and the re-run,
     * continued, replaces it with exactly the one change.
     */
    @Test
    void aReRunKilledBeforePublishingLeavesThePreviousRunWhole() throws Exception {
        Path work = Files.createDirectories(dir.resolve("rerun"));
        assertThat(CliProcess.run(work, args()).exitCode()).isZero();
        String[] rerun = args(changedInput(dir.resolve("in"), work.resolve("changed")));

        CliProcess.Running doomed = CliProcess.start(work, List.of("-Dhomeroom.test.pause-at=archiveStep"), rerun);
        doomed.awaitOutput("TEST PAUSE at archiveStep", 120);
        doomed.kill();

        assertThat(warehouse(work)).isEqualTo(uninterruptedWarehouse);
        assertThat(work.resolve("data/work/" + PERIOD + ".duckdb")).exists();

        CliProcess.Outcome again = CliProcess.run(work, rerun);

        assertThat(again.exitCode()).as(again.err() + again.out()).isZero();
        assertThat(again.out()).contains("继续上次未完成的运行");
        Map<String, String> after = warehouse(work);
        assertThat(changedTables(uninterruptedWarehouse, after)).contains("score_value", "intake_file");
        List<String> removed = lines(uninterruptedWarehouse.get("score_value"));
        removed.removeAll(lines(after.get("score_value")));
        List<String> added = lines(after.get("score_value"));
        added.removeAll(lines(uninterruptedWarehouse.get("score_value")));
        assertThat(removed).singleElement().asString().contains("学校2.xlsx", "ethics", "14.0");
        assertThat(added).singleElement().asString().isEqualTo(removed.get(0).replace("14.0", "11.0"));
        assertThat(work.resolve("data/work/" + PERIOD + ".duckdb")).doesNotExist();
    }

    /**
     * A re-run after one school changed its workbook reads that workbook only (the other five keep
     * their rows by SHA-256), and ends with the files and rows of a full run of the changed folder
     * in a fresh data folder.
     */
    @Test
    void aReRunReadsOnlyTheChangedWorkbookAndEqualsAFullRun() throws Exception {
        Path changed = changedInput(dir.resolve("in"), dir.resolve("changed-once"));
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        assertThat(CliProcess.run(fresh, args(changed)).exitCode()).isZero();
        Path incremental = Files.createDirectories(dir.resolve("incremental"));
        assertThat(CliProcess.run(incremental, args()).exitCode()).isZero();

        CliProcess.Outcome rerun = CliProcess.run(incremental, args(changed));

        assertThat(rerun.exitCode()).as(rerun.err() + rerun.out()).isZero();
        assertThat(java.util.regex.Pattern.compile("(?m)^  intakeStep .*未变化、未重读 (\\d+)").matcher(rerun.out()).results()
                .mapToInt(m -> Integer.parseInt(m.group(1))).sum()).as(rerun.out()).isEqualTo(5);
        assertThat(outputs(incremental)).isEqualTo(outputs(fresh));
        Map<String, String> rows = warehouse(incremental);
        Map<String, String> freshRows = warehouse(fresh);
        rows.remove("scoring_run"); // its sequence counts the runs: two here, one there
        freshRows.remove("scoring_run");
        assertThat(rows).isEqualTo(freshRows);
    }

    private static List<String> lines(String rows) {
        return new ArrayList<>(List.of(rows.split("\n")));
    }

    private static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    }

    private static String[] args() {
        return args(dir.resolve("in"));
    }

    private static String[] args(Path input) {
        return new String[]{"run", "--period", PERIOD, "--input", input.toString(), "--as-of", "2026-07-01",
                "--no-archives"};
    }

    /** Every row of every warehouse table, in a stable order. */
    private static Map<String, String> warehouse(Path work) throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("data/homeroom.duckdb"));
             Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables ORDER BY 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                StringBuilder rows = new StringBuilder();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rows.append(rs.getString(i)).append('|');
                        }
                        rows.append('\n');
                    }
                }
                tables.put(table, rows.toString());
            }
        }
        return tables;
    }
}
