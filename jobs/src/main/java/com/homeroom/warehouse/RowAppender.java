package com.homeroom.warehouse;

import org.duckdb.DuckDBAppender;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Null-safe appends for one table: the DuckDB appender takes no Java null directly. */
public final class RowAppender implements AutoCloseable {

    private final DuckDBAppender appender;

    RowAppender(DuckDBAppender appender) {
        this.appender = appender;
    }

    public RowAppender begin() throws SQLException {
        appender.beginRow();
        return this;
    }

    public void end() throws SQLException {
        appender.endRow();
    }

    public RowAppender text(String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
        return this;
    }

    public RowAppender integer(Integer value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.intValue());
        }
        return this;
    }

    public RowAppender bigint(long value) throws SQLException {
        appender.append(value);
        return this;
    }

    public RowAppender decimal(BigDecimal value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
        return this;
    }

    public RowAppender date(LocalDate value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
        return this;
    }

    public RowAppender timestamp(LocalDateTime value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
        return this;
    }

    public RowAppender bool(boolean value) throws SQLException {
        appender.append(value);
        return this;
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }

    public static RowAppender of(org.duckdb.DuckDBConnection connection, String table) throws SQLException {
        return new RowAppender(connection.createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, table));
    }
}
