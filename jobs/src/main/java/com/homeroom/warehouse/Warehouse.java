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

/**
 * The DuckDB warehouse file under the data folder. One primary connection per process; each
 * caller gets its own duplicate (DuckDB connections are not shared between threads).
 */
public final class Warehouse implements AutoCloseable {

    public static final String FILE_NAME = "homeroom.duckdb";

    private final DuckDBConnection primary;

    private Warehouse(DuckDBConnection primary) {
        this.primary = primary;
    }

    /** Opens (creating if needed) {@code <dataDir>/homeroom.duckdb} and brings its schema up to date. */
    public static Warehouse open(Path dataDir) throws SQLException {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return openFile(dataDir.resolve(FILE_NAME));
    }

    /** Opens (creating if needed) a warehouse file of the given name, such as a run's stage. */
    static Warehouse openFile(Path file) throws SQLException {
        return open("jdbc:duckdb:" + file.toAbsolutePath());
    }

    /** An in-memory warehouse, for tests of single SQL steps. */
    public static Warehouse inMemory() throws SQLException {
        return open("jdbc:duckdb:");
    }

    private static Warehouse open(String url) throws SQLException {
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(url);
        Warehouse warehouse = new Warehouse(connection);
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

    @FunctionalInterface
    public interface Work<T> {
        T run(DuckDBConnection connection) throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        primary.close();
    }
}
