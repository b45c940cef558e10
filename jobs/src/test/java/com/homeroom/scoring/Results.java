package com.homeroom.scoring;

import com.homeroom.warehouse.Warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads scoring results back for assertions: rows as column → value (DECIMALs as plain text). */
final class Results {

    private final Warehouse warehouse;
    private final String period;

    Results(Warehouse warehouse, String period) {
        this.warehouse = warehouse;
        this.period = period;
    }

    Map<String, Object> teacher(String id) throws SQLException {
        List<Map<String, Object>> rows = query("SELECT * FROM assessment WHERE period = ? AND teacher_id = ?", period, id);
        if (rows.size() != 1) {
            throw new AssertionError("no assessment of " + id + " in " + period);
        }
        return rows.get(0);
    }

    Object get(String id, String column) throws SQLException {
        return teacher(id).get(column);
    }

    /** The explanation texts of a teacher in reading order. */
    List<String> reasons(String id) throws SQLException {
        return query("SELECT text FROM assessment_reason WHERE period = ? AND teacher_id = ? ORDER BY seq", period, id)
                .stream().map(r -> (String) r.get("text")).toList();
    }

    /** The explanations of the grade only (seq 10-19), without commendation and tier. */
    List<String> gradeReasons(String id) throws SQLException {
        return query("SELECT text FROM assessment_reason WHERE period = ? AND teacher_id = ? AND seq < 20 ORDER BY seq",
                period, id).stream().map(r -> (String) r.get("text")).toList();
    }

    List<String> ruleCodes(String id) throws SQLException {
        return query("SELECT rule_code FROM assessment_reason WHERE period = ? AND teacher_id = ? ORDER BY seq", period, id)
                .stream().map(r -> (String) r.get("rule_code")).toList();
    }

    /** Teacher ids in the period's merit order. */
    List<String> meritOrder() throws SQLException {
        return query("SELECT teacher_id FROM assessment WHERE period = ? AND merit_no IS NOT NULL ORDER BY merit_no", period)
                .stream().map(r -> (String) r.get("teacher_id")).toList();
    }

    List<String> where(String condition) throws SQLException {
        return query("SELECT teacher_id FROM assessment WHERE period = ? AND (" + condition + ") ORDER BY teacher_id", period)
                .stream().map(r -> (String) r.get("teacher_id")).toList();
    }

    /** DECIMAL as its text, LIST as a java.util.List, so that rows compare by value. */
    private static Object plain(Object value) throws SQLException {
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof java.sql.Array a) {
            List<Object> list = new ArrayList<>();
            for (Object o : (Object[]) a.getArray()) {
                list.add(plain(o));
            }
            return list;
        }
        return value;
    }

    List<Map<String, Object>> query(String sql, Object... values) throws SQLException {
        try (Connection c = warehouse.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i), plain(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
