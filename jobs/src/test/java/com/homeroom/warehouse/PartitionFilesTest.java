package com.homeroom.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What remote partitions write, in real DuckDB files: a partition's own file, its rows gathered into
 * the stage once and only once, and the stage lent to readers in other processes meanwhile.
 */
class PartitionFilesTest {

    static final String PERIOD = "2025-2026";

    @TempDir
    Path data;

    @Test
    void gatheringMovesEachPartitionsRowsIntoTheStageAndDeletesItsFile() throws Exception {
        PeriodStage stage = new PeriodStage(data, PERIOD);
        try (Warehouse w = stage.open()) {
            try (Warehouse p0 = stage.partitions().open("intakeWorker:partition0");
                 Warehouse p1 = stage.partitions().open("intakeWorker:partition1")) {
                file(p0, "a.xlsx", 1);
                file(p1, "b.xlsx", 2);
                document(p1, "teachers/S-001/T1.pdf", "d1");
            }
            assertThat(Files.list(stage.partitions().folder()).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("intakeWorker-partition0.duckdb", "intakeWorker-partition1.duckdb");

            assertThat(stage.partitions().gather(w)).isEqualTo(2);

            assertThat(rows(w, "SELECT file || ' ' || bytes FROM intake_file ORDER BY file")).containsExactly("a.xlsx 1", "b.xlsx 2");
            assertThat(rows(w, "SELECT file || ' ' || code FROM problem ORDER BY file")).containsExactly("a.xlsx P", "b.xlsx P");
            assertThat(rows(w, "SELECT path || ' ' || digest FROM document_digest")).containsExactly("teachers/S-001/T1.pdf d1");
            assertThat(Files.list(stage.partitions().folder())).isEmpty();
        }
    }

    /**
     * A partition killed after some of its chunks were gathered (a step that failed) and done again:
     * its file holds those files again, and gathering replaces them rather than adding a second copy.
     */
    @Test
    void aPartitionDoneAgainReplacesWhatWasGatheredOfItBefore() throws Exception {
        PeriodStage stage = new PeriodStage(data, PERIOD);
        try (Warehouse w = stage.open()) {
            try (Warehouse p0 = stage.partitions().open("archiveWorker:partition0")) {
                file(p0, "a.xlsx", 1);
                document(p0, "teachers/S-001/T1.pdf", "old");
            }
            stage.partitions().gather(w);
            try (Warehouse again = stage.partitions().open("archiveWorker:partition0")) {
                file(again, "a.xlsx", 5);
                document(again, "teachers/S-001/T1.pdf", "new");
            }
            stage.partitions().gather(w);

            assertThat(rows(w, "SELECT file || ' ' || bytes FROM intake_file")).containsExactly("a.xlsx 5");
            assertThat(rows(w, "SELECT file FROM problem")).containsExactly("a.xlsx");
            assertThat(rows(w, "SELECT digest FROM document_digest")).containsExactly("new");
        }
    }

    /**
     * A continued run sends an unfinished partition again as a new step execution, with a file of its
     * own; the killed attempt's file holds the chunks it committed, one of them done again by the new
     * attempt. Gathered together, every input file's rows are there once.
     */
    @Test
    void twoAttemptsFilesOfOnePartitionGatherToOneCopyOfEachInputFile() throws Exception {
        PeriodStage stage = new PeriodStage(data, PERIOD);
        try (Warehouse w = stage.open()) {
            try (Warehouse killed = stage.partitions().open("intakeWorker:partition0-17");
                 Warehouse again = stage.partitions().open("intakeWorker:partition0-42")) {
                file(killed, "a.xlsx", 1);
                file(killed, "b.xlsx", 2);
                file(again, "b.xlsx", 2);
                file(again, "c.xlsx", 3);
            }

            assertThat(stage.partitions().gather(w)).isEqualTo(2);

            assertThat(rows(w, "SELECT file FROM intake_file ORDER BY file")).containsExactly("a.xlsx", "b.xlsx", "c.xlsx");
            assertThat(rows(w, "SELECT file FROM problem ORDER BY file")).containsExactly("a.xlsx", "b.xlsx", "c.xlsx");
        }
    }

    @Test
    void aNewRunStartsWithoutTheFilesOfAnEarlierRunThatWereNeverGathered() throws Exception {
        PeriodStage stage = new PeriodStage(data, PERIOD);
        try (Warehouse w = stage.open()) {
            try (Warehouse left = stage.partitions().open("intakeWorker:partition3")) {
                file(left, "stale.xlsx", 9);
            }
            stage.begin(w, PeriodStageTest.NOTHING_READ);

            assertThat(stage.partitions().gather(w)).isZero();
            assertThat(rows(w, "SELECT file FROM intake_file")).isEmpty();
        }
    }

    /** DuckDB: one process writes a file, or several read it. Lent, the stage can be read elsewhere. */
    @Test
    void aLentStageCanBeOpenedReadOnlyAndIsWritableAgainAfterwards() throws Exception {
        PeriodStage stage = new PeriodStage(data, PERIOD);
        try (Warehouse w = stage.open()) {
            file(w, "a.xlsx", 1);
            assertThatThrownBy(() -> Warehouse.openReadOnly(stage.file()).close()).isInstanceOf(SQLException.class);

            List<String> seen = w.lend(() -> {
                try (Warehouse one = Warehouse.openReadOnly(stage.file());
                     Warehouse two = Warehouse.openReadOnly(stage.file())) {
                    assertThatThrownBy(() -> execute(one, "DELETE FROM intake_file")).isInstanceOf(SQLException.class);
                    List<String> both = new ArrayList<>(rows(one, "SELECT file FROM intake_file"));
                    both.addAll(rows(two, "SELECT file FROM intake_file"));
                    return both;
                }
            });

            assertThat(seen).containsExactly("a.xlsx", "a.xlsx");
            file(w, "b.xlsx", 2);
            assertThat(rows(w, "SELECT file FROM intake_file ORDER BY file")).containsExactly("a.xlsx", "b.xlsx");
        }
    }

    private static void file(Warehouse w, String file, long bytes) throws SQLException {
        execute(w, "INSERT INTO intake_file (period, file, sha256, bytes, modified) VALUES ('" + PERIOD + "', '"
                + file + "', 'sha', " + bytes + ", TIMESTAMP '2025-12-01 12:00:00')");
        execute(w, "INSERT INTO problem (period, file, sheet_order, column_order, severity, code, message, origin) "
                + "VALUES ('" + PERIOD + "', '" + file + "', 0, 0, '错误', 'P', '问题', 'intake')");
    }

    private static void document(Warehouse w, String path, String digest) throws SQLException {
        execute(w, "INSERT INTO document_digest VALUES ('" + PERIOD + "', '" + path + "', '" + digest + "', 'sha', 1)");
    }

    private static void execute(Warehouse w, String sql) throws SQLException {
        try (Connection c = w.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(Warehouse w, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = w.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
