package com.homeroom.warehouse;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The DuckDB warehouse file under the data folder. One primary connection per process; each
 * caller gets its own duplicate (DuckDB connections are not shared between threads).
 */
public final class Warehouse implements AutoCloseable {

    public static final String FILE_NAME = "homeroom.duckdb";

    private final String url;
    private volatile DuckDBConnection primary;

    private Warehouse(String url, DuckDBConnection primary) {
        this.url = url;
        this.primary = primary;
    }

    /** Opens (creating if needed) {@code <dataDir>/homeroom.duckdb} and brings its schema up to date. */
    public static Warehouse open(Path dataDir) throws SQLException {
        return openFile(dataDir.resolve(FILE_NAME));
    }

    /**
     * Opens (creating it and its folder if needed) a warehouse file of the given name, such as a
     * run's stage or a partition's file, and brings its schema up to date.
     */
    static Warehouse openFile(Path file) throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return open(url(file));
    }

    /** Deletes a warehouse file no process has open, with the write-ahead log DuckDB may have left beside it. */
    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    }

    private static String url(Path file) {
        return "jdbc:duckdb:" + file.toAbsolutePath();
    }

    /** An in-memory warehouse, for tests of single SQL steps. */
    public static Warehouse inMemory() throws SQLException {
        return open("jdbc:duckdb:");
    }

    /**
     * Opens a warehouse file for reading only, as it is (no schema brought up to date): any number of
     * processes may read a file so opened, as long as none has it open for writing.
     */
    public static Warehouse openReadOnly(Path file) throws SQLException {
        String url = url(file);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return new Warehouse(url, (DuckDBConnection) DriverManager.getConnection(url, readOnly));
    }

    private static Warehouse open(String url) throws SQLException {
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(url);
        Warehouse warehouse = new Warehouse(url, connection);
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            for (String statement : SqlResource.statements("warehouse/schema")) {
                s.execute(statement);
            }
        }
        return warehouse;
    }

    /** A connection of the caller's own; close it when done. */
    public DuckDBConnection connect() throws SQLException {
        return primary.duplicate();
    }

    /** Runs work in one transaction: all of it lands, or none of it. */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (DuckDBConnection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Lets go of the file while {@code work} runs, so that other processes may open it (DuckDB allows
     * one process writing or several reading, never both), and opens it again afterwards. Nothing in
     * this process may use the warehouse meanwhile.
     */
    public <T> T lend(Callable<T> work) throws Exception {
        primary.close(); // the last connection: DuckDB checkpoints the file and releases its lock
        try {
            return work.call();
        } finally {
            primary = (DuckDBConnection) DriverManager.getConnection(url);
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(DuckDBConnection connection) throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        primary.close();
    }
}
