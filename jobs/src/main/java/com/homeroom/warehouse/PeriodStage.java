package com.homeroom.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A run's own copy of the warehouse, {@code <data>/work/<period>.duckdb}: every step of the run
 * writes there, and only the last step publishes the period's rows into {@code homeroom.duckdb},
 * replacing the previous run's in one transaction. So the published warehouse never holds half a
 * run, even when a run dies and is never continued, while a killed run keeps everything its
 * completed steps wrote for the restart to build on. The stage belongs to the period's latest job
 * instance (a new run of the period starts it afresh; only the latest instance can be restarted).
 */
public final class PeriodStage {

    static final String PUBLISHED = "published";
    private static final List<String> TABLES =
            Stream.of(PeriodTables.INTAKE, PeriodTables.RESULTS, PeriodTables.DOCUMENTS).flatMap(List::stream).toList();
    static final String PUBLISHED_DOCUMENTS = "published_document";

    private final Path dataDir;
    private final String period;

    public PeriodStage(Path dataDir, String period) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.period = period;
    }

    public Path file() {
        return dataDir.resolve("work").resolve(period + ".duckdb");
    }

    /** Where partitions run by worker processes write their rows (see PartitionFiles). */
    public PartitionFiles partitions() {
        return new PartitionFiles(dataDir.resolve("work").resolve(period + "-partitions"), period);
    }

    /** Opens (creating if needed) the stage; a restarted run finds there what its completed steps wrote. */
    public Warehouse open() throws SQLException {
        return Warehouse.openFile(file());
    }

    /**
     * The start of a new run: the stage becomes the published warehouse without this period, except
     * the rows of the files that the published period read with the same basis and bytes, and with
     * the record of the documents the published folder holds (which the report steps may keep).
     */
    public void begin(Warehouse stage, IntakeBasis basis) throws SQLException, IOException {
        partitions().clear(); // an earlier run's, never gathered: they are not this run's rows
        Warehouse.open(dataDir).close(); // creates it or brings its schema up to date before it is attached
        withPublished(stage, true, c -> {
            for (String table : TABLES) {
                SqlResource.update(c, "warehouse/stage-clear", Map.of("table", table), Map.of());
                SqlResource.update(c, "warehouse/stage-copy-other-periods", Map.of("table", table), Map.of("period", period));
            }
            keepUnchangedFiles(c, basis);
            SqlResource.update(c, "warehouse/stage-clear", Map.of("table", PUBLISHED_DOCUMENTS), Map.of());
            SqlResource.update(c, "warehouse/stage-published-documents", Map.of("period", period));
        });
    }

    private void keepUnchangedFiles(Connection c, IntakeBasis basis) throws SQLException {
        SqlResource.update(c, "warehouse/stage-input-state", Map.of());
        try (PreparedStatement row = SqlResource.prepare(c, "warehouse/stage-input-state-row",
                Map.of("file", "", "sha256", "", "modified", LocalDateTime.of(1970, 1, 1, 0, 0)))) {
            // one statement for every row: the values prepare() binds are only placeholders, set again below
            for (IntakeBasis.FileState f : basis.files()) {
                row.setString(1, f.file());
                row.setString(2, f.sha256());
                row.setObject(3, f.modified());
                row.addBatch();
            }
            row.executeBatch();
        }
        for (String table : PeriodTables.FILES) {
            SqlResource.update(c, "warehouse/stage-keep-unchanged-files", Map.of("table", table),
                    Map.of("period", period, "basis", basis.basis()));
        }
        SqlResource.update(c, "warehouse/stage-refresh-modified", Map.of("period", period));
        SqlResource.update(c, "warehouse/stage-record-basis", Map.of("period", period, "basis", basis.basis()));
    }

    /** Files of the period already in the stage, which intake need not read. */
    public static Set<String> storedFiles(Warehouse stage, String period) throws SQLException {
        Set<String> files = new HashSet<>();
        try (Connection c = stage.connect();
             PreparedStatement s = SqlResource.prepare(c, "warehouse/stored-files", Map.of("period", period));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                files.add(rs.getString(1));
            }
        }
        return files;
    }

    /**
     * The period's rows replace the published ones, all tables in one transaction. Only the rows
     * that differ are deleted and inserted: the rest are already there, as they are.
     */
    public void publish(Warehouse stage) throws SQLException {
        withPublished(stage, false, c -> {
            for (String table : TABLES) {
                boolean keyed = !PeriodTables.WITHOUT_KEY.contains(table);
                SqlResource.update(c, keyed ? "warehouse/publish-delete-changed" : "warehouse/publish-delete-period",
                        Map.of("table", table), Map.of("period", period));
                SqlResource.update(c, keyed ? "warehouse/publish-insert-changed" : "warehouse/publish-insert-period",
                        Map.of("table", table), Map.of("period", period));
            }
            SqlResource.update(c, "warehouse/publish-run-sequence", Map.of("period", period));
        });
    }

    /** After a completed run the stage has nothing left to give. */
    public void discard() throws IOException {
        partitions().clear();
        Warehouse.delete(file());
    }

    private void withPublished(Warehouse stage, boolean readOnly, AttachedFile.Work work) throws SQLException {
        AttachedFile.inTransaction(stage, dataDir.resolve(Warehouse.FILE_NAME), PUBLISHED, readOnly, work);
    }
}
