package com.homeroom.operations;

import com.homeroom.warehouse.PeriodTables;
import com.homeroom.warehouse.RowAppender;
import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;
import org.duckdb.DuckDBConnection;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loading, naive against the pipeline's way: the rows intake stored for the period, read back from
 * the run's warehouse, are written into two fresh warehouses, once with plain JDBC batch inserts
 * ({@code PreparedStatement.addBatch}, one transaction per table) and once with the DuckDB Appender
 * ({@link RowAppender}, as {@code IntakeStore} does).
 */
final class BenchLoadBaseline {

    private static final int JDBC_BATCH = 1000;

    record Result(BenchRate jdbc, BenchRate appender) {
    }

    private BenchLoadBaseline() {
    }

    static Result run(Warehouse source, String period, Path work, int rowsPerTable, double budgetSeconds)
            throws SQLException {
        Map<String, List<Object[]>> tables = new LinkedHashMap<>();
        for (String table : PeriodTables.INTAKE) {
            tables.put(table, rows(source, table, period, rowsPerTable));
        }
        BenchRate appender;
        try (Warehouse target = Warehouse.open(work.resolve("appender"))) {
            appender = appended(target, tables);
        }
        try (Warehouse target = Warehouse.open(work.resolve("jdbc"))) {
            return new Result(batched(target, tables, budgetSeconds), appender);
        }
    }

    private static List<Object[]> rows(Warehouse source, String table, String period, int limit) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = source.connect();
             PreparedStatement s = SqlResource.prepare(c, "operations/bench-table-rows", Map.of("table", table),
                     Map.of("period", period));
             ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rows.size() < limit && rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = plain(rs.getObject(i + 1));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object plain(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return value;
    }

    private static BenchRate appended(Warehouse target, Map<String, List<Object[]>> tables) throws SQLException {
        long start = System.nanoTime();
        long rows = target.inTransaction(c -> {
            long n = 0;
            for (Map.Entry<String, List<Object[]>> table : tables.entrySet()) {
                try (RowAppender a = RowAppender.of(c, table.getKey())) {
                    for (Object[] row : table.getValue()) {
                        append(a.begin(), row).end();
                        n++;
                    }
                }
            }
            return n;
        });
        return new BenchRate(rows, "rows", BenchRate.seconds(start), "Appender");
    }

    private static RowAppender append(RowAppender a, Object[] row) throws SQLException {
        for (Object value : row) {
            if (value == null || value instanceof String) {
                a.text((String) value);
            } else if (value instanceof Integer i) {
                a.integer(i);
            } else if (value instanceof Long l) {
                a.bigint(l);
            } else if (value instanceof BigDecimal d) {
                a.decimal(d);
            } else if (value instanceof Boolean b) {
                a.bool(b);
            } else if (value instanceof LocalDate d) {
                a.date(d);
            } else if (value instanceof LocalDateTime t) {
                a.timestamp(t);
            } else {
                throw new IllegalStateException("no appender for " + value.getClass());
            }
        }
        return a;
    }

    /** Stops after the batch that passes the budget: JDBC inserts into DuckDB can be very slow. */
    private static BenchRate batched(Warehouse target, Map<String, List<Object[]>> tables, double budgetSeconds)
            throws SQLException {
        long start = System.nanoTime();
        long rows = 0;
        try (DuckDBConnection c = target.connect()) {
            c.setAutoCommit(false);
            for (Map.Entry<String, List<Object[]>> table : tables.entrySet()) {
                List<Object[]> values = table.getValue();
                if (values.isEmpty()) {
                    continue;
                }
                // the table name comes from PeriodTables' fixed list, the placeholders from the column count
                String sql = "INSERT INTO " + table.getKey() + " VALUES (?" + ", ?".repeat(values.get(0).length - 1) + ")";
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    for (Object[] row : values) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.addBatch();
                        if (++rows % JDBC_BATCH == 0) {
                            insert.executeBatch();
                            if (BenchRate.seconds(start) >= budgetSeconds) {
                                c.commit();
                                return new BenchRate(rows, "rows", BenchRate.seconds(start), "JDBC batch");
                            }
                        }
                    }
                    insert.executeBatch();
                }
                c.commit();
            }
        }
        return new BenchRate(rows, "rows", BenchRate.seconds(start), "JDBC batch");
    }
}
