package com.homeroom.publish.report;

import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the report stage's {@code sql/report/*.sql} queries and maps their rows. A collection
 * parameter (the school codes or teacher ids of a batch) is bound as a DuckDB {@code VARCHAR[]}, so
 * one statement serves a whole batch: the queries read {@code unnest(:teachers)} instead of being
 * run once per teacher.
 */
final class ReportQuery {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Warehouse warehouse;

    ReportQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Runs {@code sql/<name>.sql}; rows the mapper maps to null are left out. */
    <T> List<T> list(String name, Map<String, ?> parameters, RowMapper<T> mapper) throws SQLException {
        try (Connection c = warehouse.connect();
             PreparedStatement s = SqlResource.prepare(c, name, parameters);
             ResultSet rs = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                T row = mapper.map(rs);
                if (row != null) {
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static String date(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "";
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        return value.toString();
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            strings.add((String) o);
        }
        return strings;
    }
}
