package com.homeroom.intake;

import com.homeroom.warehouse.SqlResource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input folder of one scenario test class: a registry with a school per scenario and one
 * workbook (or more) per school, run through intake once, so the class shares one warehouse.
 * Each school's teachers get ids of their own ({@code <code>-1}, {@code <code>-2}), so scenarios
 * never meet in the cross-school rules unless a test puts one id in two schools on purpose.
 */
final class District implements AutoCloseable {

    static final String PERIOD = "2025-2026";

    /** Warnings every roster teacher without rows gets; tests of other rules leave them aside. */
    private static final Set<String> MISSING = Set.of("MISSING_SCORE", "MISSING_ACTIVITY");

    private final Path input;
    private final Path work;
    private final Map<String, Object[]> schools = new LinkedHashMap<>();
    private IntakeHarness.Result result;

    District(Path dir) {
        this.input = dir.resolve("in");
        this.work = dir.resolve("work");
    }

    Path file(String relative) {
        return input.resolve(relative);
    }

    /** Registers a 小学 named {@code <code>学校}; see {@link #school(String, String, String)}. */
    SchoolWorkbook school(String code) {
        return school(code, code + "学校", "小学");
    }

    SchoolWorkbook school(String code, String type) {
        return school(code, code + "学校", type);
    }

    /**
     * Registers the school (once, however often it is asked for) and gives a valid workbook of it:
     * {@link SchoolWorkbook#twoTeachers()} with the teacher ids {@code <code>-1} and {@code <code>-2}.
     */
    SchoolWorkbook school(String code, String name, String type) {
        schools.putIfAbsent(code, new Object[]{code, name, "第一学区", type});
        SchoolWorkbook w = SchoolWorkbook.twoTeachers();
        w.schoolCode = code;
        w.schoolName = name;
        for (List<Object[]> rows : List.of(w.roster, w.scores, w.activity, w.incidents)) {
            for (Object[] row : rows) {
                row[0] = code + "-" + row[0].toString().substring(4).replaceFirst("^0+", "");
            }
        }
        return w;
    }

    /** A registered school's workbook with header rows only: the test writes every row. */
    SchoolWorkbook emptySchool(String code, String type) {
        SchoolWorkbook w = school(code, type);
        w.roster.clear();
        w.scores.clear();
        w.activity.clear();
        w.incidents.clear();
        return w;
    }

    /** A registry entry with no workbook at all. */
    void registerOnly(String code) {
        schools.putIfAbsent(code, new Object[]{code, code + "学校", "第一学区", "小学"});
    }

    /** The 基本信息 sheet of a hand-made workbook. */
    static TestWorkbook basicInfo(TestWorkbook book, String code, String period) {
        return book.sheet("基本信息").row("学校代码", code).row("学校名称", code + "学校").row("考核周期", period)
                .row("填报日期", java.time.LocalDate.of(2025, 12, 1));
    }

    /** The workbook with 考核评分 lacking its 师德考核结论 column: no row of that sheet holds every required name. */
    static TestWorkbook withoutVerdictColumn(SchoolWorkbook w) {
        TestWorkbook book = TestWorkbook.xlsx().sheet("基本信息").row("学校代码", w.schoolCode)
                .row("考核周期", w.period).row("填报日期", w.fillDate);
        book.sheet("班主任名册").row(SchoolWorkbook.ROSTER_HEADER);
        w.roster.forEach(book::row);
        book.sheet("考核评分").row(java.util.Arrays.copyOf(SchoolWorkbook.SCORE_HEADER, 10));
        w.scores.forEach(book::row);
        return book;
    }

    IntakeHarness.Result run() throws Exception {
        writeRegistry();
        result = IntakeHarness.run(input, work, PERIOD);
        return result;
    }

    /** 学校名录.xlsx of every school registered so far, for a run through the command line. */
    Path writeRegistry() throws java.io.IOException {
        TestWorkbook registry = TestWorkbook.xlsx().sheet("学校名录").row("学校代码", "学校名称", "学区", "学校类型");
        schools.values().forEach(registry::row);
        return registry.writeTo(input.resolve("学校名录.xlsx"));
    }

    IntakeHarness.Result result() {
        return result;
    }

    /** Every rejects.csv line of a file. */
    List<Map<String, String>> rejects(String file) {
        return result.rejects().stream().filter(r -> r.get("file").equals(file)).toList();
    }

    List<Map<String, String>> rejects(String file, String code) {
        return rejects(file).stream().filter(r -> r.get("code").equals(code)).toList();
    }

    /**
     * A file's problems as {@code sheet|row|column|code|severity}, leaving aside MISSING_SCORE and
     * MISSING_ACTIVITY unless the test asks for them by code.
     */
    List<String> problems(String file) {
        return rejects(file).stream().filter(r -> !MISSING.contains(r.get("code"))).map(District::brief).toList();
    }

    static String brief(Map<String, String> r) {
        return r.get("sheet") + "|" + r.get("row") + "|" + r.get("column") + "|" + r.get("code") + "|" + r.get("severity");
    }

    Map<String, String> intake(String file) {
        return result.intakeOf(file);
    }

    /** Rows of a query on the warehouse, each value as the JDBC driver gives it. */
    List<List<Object>> query(String sql, Object... parameters) throws Exception {
        try (Connection c = result.warehouse().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** One value per row of a query, as text ("" for null): easy to compare with hand-worked values. */
    List<String> column(String sql, Object... parameters) throws Exception {
        return query(sql, parameters).stream().map(r -> r.get(0) == null ? "" : r.get(0).toString()).toList();
    }

    /** The production run summary (files accepted, rejected, superseded; schools not submitted; …). */
    List<Long> runSummary() throws Exception {
        try (Connection c = result.warehouse().connect();
             PreparedStatement s = SqlResource.prepare(c, "publish/run-summary", Map.of("period", PERIOD));
             ResultSet rs = s.executeQuery()) {
            rs.next();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getLong(i));
            }
            return values;
        }
    }

    @Override
    public void close() throws Exception {
        if (result != null) {
            result.warehouse().close();
        }
    }
}
