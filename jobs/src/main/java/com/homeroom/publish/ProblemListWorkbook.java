package com.homeroom.publish;

import com.homeroom.publish.XlsxTable.Column;
import com.homeroom.publish.XlsxTable.Kind;
import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code 数据问题清单_<period>.xlsx}: the rejected files and rows and the warnings of the period, as
 * rejects.csv lists them, under Chinese headers. The district's holds every line; a school's only
 * its own (a header row alone when it has none). 原始值 is what the school typed, written as text.
 */
public final class ProblemListWorkbook {

    public static final String SHEET = "数据问题清单";
    static final List<Column> COLUMNS = List.of(Column.text("文件", 36), Column.text("学校代码", 10),
            Column.text("学校名称", 24), Column.text("工作表", 12), Column.of("行", Kind.INTEGER), Column.text("列", 14),
            Column.text("原始值", 16), Column.of("级别", Kind.TEXT), Column.text("代码", 22), Column.text("说明", 60));
    private static final int SEVERITY = 7;

    private final Warehouse warehouse;

    public ProblemListWorkbook(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Every line of the period's rejects.csv, in its order. */
    public void writeDistrict(String period, Path file) throws IOException, SQLException {
        write(period, "", file);
    }

    /** The lines of one school (by 学校代码); a header row alone when the school has none. */
    public void writeSchool(String period, String schoolCode, Path file) throws IOException, SQLException {
        if (schoolCode == null || schoolCode.isEmpty()) {
            throw new IllegalArgumentException("a school's problem list needs its 学校代码");
        }
        write(period, schoolCode, file);
    }

    private void write(String period, String school, Path file) throws IOException, SQLException {
        try (XlsxBook book = new XlsxBook(period)) {
            XlsxTable table = new XlsxTable(book, book.sheet(SHEET), COLUMNS, 0);
            lines(period, school, table::row); // streamed: the district's list may be long
            save(book, table, period, school, file);
        }
    }

    /**
     * The lines of each listed school as its list shows them (a school without any: no entry), read
     * in one query: what a school's list is made from, and so what the digest that decides whether a
     * re-run keeps the published one covers.
     */
    public Map<String, List<List<Object>>> schoolRows(String period, List<String> schoolCodes) throws SQLException {
        Map<String, List<List<Object>>> bySchool = new HashMap<>();
        try (Connection c = warehouse.connect();
             PreparedStatement s = SqlResource.prepare(c, "publish/school-problem-lists",
                     Map.of("period", period, "schools", schoolCodes));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                bySchool.computeIfAbsent(rs.getString("list_school"), k -> new ArrayList<>()).add(line(rs));
            }
        }
        return bySchool;
    }

    /** Writes one school's list from its lines ({@link #schoolRows}). */
    public void writeSchool(String period, String schoolCode, List<List<Object>> rows, Path file) throws IOException {
        try (XlsxBook book = new XlsxBook(period)) {
            XlsxTable table = new XlsxTable(book, book.sheet(SHEET), COLUMNS, 0);
            rows.forEach(table::row);
            save(book, table, period, schoolCode, file);
        }
    }

    private void lines(String period, String school, java.util.function.Consumer<List<Object>> sink) throws SQLException {
        try (Connection c = warehouse.connect();
             PreparedStatement s = SqlResource.prepare(c, "publish/problem-list",
                     Map.of("period", period, "school", school));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                sink.accept(line(rs));
            }
        }
    }

    private static List<Object> line(ResultSet rs) throws SQLException {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        for (int column = 1; column <= COLUMNS.size(); column++) {
            row.add(rs.getObject(column));
        }
        row.set(SEVERITY, severity((String) row.get(SEVERITY)));
        return row;
    }

    private static void save(XlsxBook book, XlsxTable table, String period, String school, Path file)
            throws IOException {
        table.freezeAndFilter(0);
        book.order(List.of(SHEET));
        book.save(file, (school.isEmpty() ? "" : school + " ") + "数据问题清单 " + period);
    }

    /** error: the row or file was rejected; warning: it was read, with a remark. */
    private static String severity(String severity) {
        return switch (severity) {
            case "error" -> "错误";
            case "warning" -> "提示";
            default -> severity;
        };
    }
}
