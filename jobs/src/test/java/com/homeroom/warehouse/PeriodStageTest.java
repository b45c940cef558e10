package com.homeroom.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stage against real DuckDB files: what a run sees, and what publishing changes. */
class PeriodStageTest {

    static final IntakeBasis NOTHING_READ = new IntakeBasis("basis-1", List.of());
    static final LocalDateTime NOON = LocalDateTime.of(2025, 12, 1, 12, 0);

    @TempDir
    Path data;

    @Test
    void aNewRunSeesEveryOtherPeriodButNothingOfItsOwn() throws Exception {
        // given: two periods published, and a stage left by an abandoned run of 2025-2026
        try (Warehouse published = Warehouse.open(data)) {
            school(published, "2024-2025", "S-001", "旧名");
            school(published, "2025-2026", "S-001", "上次的运行");
        }
        PeriodStage stage = new PeriodStage(data, "2025-2026");
        try (Warehouse w = stage.open()) {
            school(w, "2023-2024", "S-009", "放弃的运行留下的");
            // when
            stage.begin(w, NOTHING_READ);
            // then
            assertThat(schools(w)).containsExactly("2024-2025 S-001 旧名");
        }
    }

    @Test
    void publishingReplacesThePeriodAndNothingElse() throws Exception {
        try (Warehouse published = Warehouse.open(data)) {
            school(published, "2024-2025", "S-001", "旧名");
            school(published, "2025-2026", "S-001", "上次的运行");
            school(published, "2025-2026", "S-002", "已撤并");
            scoringRun(published, "2024-2025", 7);
            scoringRun(published, "2025-2026", 3);
        }
        PeriodStage stage = new PeriodStage(data, "2025-2026");
        try (Warehouse w = stage.open()) {
            stage.begin(w, NOTHING_READ);
            school(w, "2025-2026", "S-001", "这次的运行");
            scoringRun(w, "2025-2026", 1);
            execute(w, "UPDATE school SET school_name = '只在草稿里改的' WHERE period = '2024-2025'");

            stage.publish(w);
        }
        try (Warehouse published = Warehouse.open(data)) {
            assertThat(schools(published)).containsExactly("2024-2025 S-001 旧名", "2025-2026 S-001 这次的运行");
            // numbered after every other published period, not as the stage saw it when scoring
            assertThat(single(published, "SELECT seq FROM scoring_run WHERE period = '2025-2026'")).isEqualTo("8");
        }
    }

    @Test
    void aPublicationThatFailsLeavesThePublishedPeriodWhole() throws Exception {
        try (Warehouse published = Warehouse.open(data)) {
            school(published, "2025-2026", "S-001", "上次的运行");
        }
        PeriodStage stage = new PeriodStage(data, "2025-2026");
        try (Warehouse w = stage.open()) {
            stage.begin(w, NOTHING_READ);
            school(w, "2025-2026", "S-001", "这次的运行");
            // a stage that cannot be published: the last table's rows break a NOT NULL of the published one
            execute(w, "ALTER TABLE scoring_run ALTER COLUMN scheme_hash DROP NOT NULL");
            execute(w, "INSERT INTO scoring_run VALUES ('2025-2026', 'v', 'n', NULL, NULL, 1)");

            assertThatThrownBy(() -> stage.publish(w)).isInstanceOf(SQLException.class);
        }
        try (Warehouse published = Warehouse.open(data)) {
            assertThat(schools(published)).containsExactly("2025-2026 S-001 上次的运行");
        }
    }

    @Test
    void aFileWithTheSameBytesAndBasisKeepsItsRowsAndTakesItsTimeOfNow() throws Exception {
        try (Warehouse published = Warehouse.open(data)) {
            execute(published, "INSERT INTO intake_basis VALUES ('2025-2026', 'basis-1')");
            file(published, "a.xlsx", "sha-a");
            file(published, "b.xlsx", "sha-b");
            file(published, "gone.xlsx", "sha-g");
            execute(published, "INSERT INTO problem (period, file, sheet_order, column_order, origin, severity, code, message) "
                    + "VALUES ('2025-2026', 'a.xlsx', 0, 0, 'intake', 'ERROR', 'X', 'x')");
        }
        PeriodStage stage = new PeriodStage(data, "2025-2026");
        LocalDateTime touched = NOON.plusDays(3);
        IntakeBasis now = new IntakeBasis("basis-1", List.of(new IntakeBasis.FileState("a.xlsx", "sha-a", touched),
                new IntakeBasis.FileState("b.xlsx", "sha-b-changed", NOON), new IntakeBasis.FileState("new.xlsx", "sha-n", NOON)));
        try (Warehouse w = stage.open()) {
            stage.begin(w, now);

            assertThat(PeriodStage.storedFiles(w, "2025-2026")).containsExactly("a.xlsx");
            assertThat(single(w, "SELECT count(*) FROM problem WHERE file = 'a.xlsx'")).isEqualTo("1");
            assertThat(single(w, "SELECT modified FROM intake_file WHERE file = 'a.xlsx'")).startsWith("2025-12-04");
            assertThat(single(w, "SELECT basis FROM intake_basis WHERE period = '2025-2026'")).isEqualTo("basis-1");
        }
    }

    @Test
    void anotherBasisKeepsNothing() throws Exception {
        try (Warehouse published = Warehouse.open(data)) {
            execute(published, "INSERT INTO intake_basis VALUES ('2025-2026', 'basis-1')");
            file(published, "a.xlsx", "sha-a");
        }
        PeriodStage stage = new PeriodStage(data, "2025-2026");
        try (Warehouse w = stage.open()) {
            stage.begin(w, new IntakeBasis("basis-2", List.of(new IntakeBasis.FileState("a.xlsx", "sha-a", NOON))));

            assertThat(PeriodStage.storedFiles(w, "2025-2026")).isEmpty();
            assertThat(single(w, "SELECT basis FROM intake_basis WHERE period = '2025-2026'")).isEqualTo("basis-2");
        }
    }

    @Test
    void discardingRemovesTheStageFile() throws Exception {
        PeriodStage stage = new PeriodStage(data, "2025-2026");
        try (Warehouse w = stage.open()) {
            stage.begin(w, NOTHING_READ);
        }
        assertThat(stage.file()).exists();
        stage.discard();
        assertThat(stage.file()).doesNotExist();
    }

    private static void school(Warehouse w, String period, String code, String name) throws SQLException {
        execute(w, "INSERT INTO school VALUES ('" + period + "', '" + code + "', '" + name + "', '凤凰学区', '小学')");
    }

    private static void file(Warehouse w, String file, String sha) throws SQLException {
        execute(w, "INSERT INTO intake_file (period, file, sha256, bytes, modified) VALUES ('2025-2026', '" + file
                + "', '" + sha + "', 10, TIMESTAMP '2025-12-01 12:00:00')");
    }

    private static void scoringRun(Warehouse w, String period, int seq) throws SQLException {
        execute(w, "INSERT INTO scoring_run VALUES ('" + period + "', 'v1', '默认方案', 'h', NULL, " + seq + ")");
    }

    private static void execute(Warehouse w, String sql) throws SQLException {
        try (Connection c = w.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> schools(Warehouse w) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT period, school_code, school_name FROM school ORDER BY ALL")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    private static String single(Warehouse w, String sql) throws SQLException {
        try (Connection c = w.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
