package com.homeroom.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rows that partitions run by worker processes write. The stage has one writer, the run's own
 * process, so each partition writes a DuckDB file of its own, {@code <data>/work/<period>-partitions/
 * <partition>-<step execution>.duckdb}, and the run gathers those into the stage once the
 * partitioned step's partitions are done. A partition delivered again after its worker was killed
 * (the same step execution) continues its own file; one started anew by a continued run writes
 * another. Gathering replaces the stage's rows of the same input files and documents, file after
 * file, so two attempts' files that hold the same input file leave one copy of its rows, and a
 * gather may be repeated.
 */
public final class PartitionFiles {

    private static final String SUFFIX = ".duckdb";

    private final Path folder;
    private final String period;

    PartitionFiles(Path folder, String period) {
        this.folder = folder;
        this.period = period;
    }

    public Path folder() {
        return folder;
    }

    /** The partition's own file, created with the warehouse's schema if it is not there yet. */
    public Warehouse open(String partition) throws SQLException {
        // a step execution is named like intakeWorker:partition0; ':' is no friend of shared folders
        return Warehouse.openFile(folder.resolve(partition.replaceAll("[^A-Za-z0-9_-]", "-") + SUFFIX));
    }

    /**
     * Moves every partition file's rows into the stage, one transaction a file, and deletes the
     * file once its rows are in. Call it only when no worker is writing: after the partitions ended.
     *
     * @return the number of files gathered
     */
    public int gather(Warehouse stage) throws SQLException, IOException {
        List<Path> files = files();
        for (Path file : files) {
            AttachedFile.inTransaction(stage, file, "part", true, this::move);
            Warehouse.delete(file);
        }
        return files.size();
    }

    private void move(Connection c) throws SQLException {
        Map<String, String> period = Map.of("period", this.period);
        for (String table : PeriodTables.FILES) {
            SqlResource.update(c, "warehouse/gather-delete-files-rows", Map.of("table", table), period);
        }
        SqlResource.update(c, "warehouse/gather-delete-documents", period);
        for (String table : Stream.concat(PeriodTables.FILES.stream(), PeriodTables.DOCUMENTS.stream()).toList()) {
            SqlResource.update(c, "warehouse/gather-insert", Map.of("table", table), period);
        }
    }

    /** A new run of the period starts without any earlier run's partition files. */
    public void clear() throws IOException {
        for (Path file : files()) {
            Warehouse.delete(file);
        }
        Files.deleteIfExists(folder);
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }
}
