package com.homeroom.publish;

import com.homeroom.publish.XlsxTable.Column;
import com.homeroom.publish.XlsxTable.Kind;
import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.Scheme;
import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code 考核结果_<period>.xlsx} for the district's data staff: the rows of results.csv (same query,
 * same order) under Chinese headers, one sheet per 学段 (小学, 初中, 高中), and a 汇总 sheet
 * ({@link ResultsSummary}). Streamed, so a province-sized period needs no whole workbook in memory.
 */
public final class ResultsWorkbook {

    static final String SUMMARY_SHEET = "汇总";
    /** 教师编号 and 姓名 stay in view while scrolling right. */
    private static final int FROZEN_COLUMNS = 2;
    private static final List<Column> BEFORE_SCORES = List.of(Column.text("教师编号", 12), Column.text("姓名", 10),
            Column.text("学校代码", 10), Column.text("学校名称", 24), Column.text("学区", 12), Column.text("学校类型", 12),
            Column.of("学段", Kind.TEXT), Column.of("年级", Kind.TEXT), Column.of("班级", Kind.INTEGER),
            Column.of("年限", Kind.NUMBER));
    private static final List<Column> AFTER_SCORES = List.of(Column.of("总分", Kind.ONE_DECIMAL),
            Column.of("等次", Kind.TEXT), Column.of("师德一票否决", Kind.YES_NO), Column.of("事故一票否决", Kind.YES_NO),
            Column.of("事故限优", Kind.YES_NO), Column.of("班会达标", Kind.YES_NO), Column.of("培训达标", Kind.YES_NO),
            Column.of("须调整岗位", Kind.YES_NO), Column.of("追究责任", Kind.YES_NO), Column.of("校内排名", Kind.INTEGER),
            Column.of("学区学段排名", Kind.INTEGER), Column.of("全区学段排名", Kind.INTEGER),
            Column.of("区级优秀", Kind.YES_NO), Column.of("推荐市级", Kind.YES_NO), Column.of("上期梯队", Kind.TEXT),
            Column.of("本期梯队", Kind.TEXT), Column.text("梯队变化", 12));
    private static final int STAGE_COLUMN = BEFORE_SCORES.stream().map(Column::header).toList().indexOf("学段");
    /** The 学段 sheets in reading order; a 学段 outside these would follow in code-point order. */
    static final List<String> STAGES = List.of("小学", "初中", "高中");

    private final Warehouse warehouse;

    public ResultsWorkbook(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The columns of a 学段 sheet: results.csv's without period, the dimensions by their workbook names. */
    static List<Column> columns(Scheme scheme) {
        return Stream.of(BEFORE_SCORES,
                scheme.dimensions().stream().map(d -> Column.of(d.column(), Kind.ONE_DECIMAL)).toList(),
                AFTER_SCORES).flatMap(List::stream).toList();
    }

    public void write(String period, Scheme scheme, Path file) throws IOException, SQLException {
        Map<String, Object> parameters = Map.of("period", period,
                "dimensions", scheme.dimensions().stream().map(Dimension::code).collect(Collectors.joining(",")));
        List<Column> columns = columns(scheme);
        int dimensions = scheme.dimensions().size();
        ResultsSummary summary = new ResultsSummary();
        Map<String, XlsxTable> stages = new LinkedHashMap<>();
        try (XlsxBook book = new XlsxBook(period); Connection c = warehouse.connect()) {
            try (PreparedStatement s = SqlResource.prepare(c, "publish/results", parameters);
                 ResultSet rs = s.executeQuery()) {
                int count = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = row(rs, count, dimensions);
                    String stage = (String) row.get(STAGE_COLUMN);
                    stages.computeIfAbsent(stage, name -> new XlsxTable(book, book.sheet(name), columns, 0)).row(row);
                    summary.add(stage, rs.getString("grade"), rs.getBigDecimal("total"), rs.getBoolean("commended"),
                            rs.getBoolean("city_recommended"));
                }
            }
            List<String> order = new ArrayList<>(stages.keySet());
            order.sort(stageOrder());
            try (PreparedStatement s = SqlResource.prepare(c, "publish/schools", Map.of("period", period));
                 ResultSet rs = s.executeQuery()) {
                summary.write(book, book.sheet(SUMMARY_SHEET), order, rs);
            }
            List<String> sheets = new ArrayList<>(order);
            sheets.add(SUMMARY_SHEET);
            book.order(sheets);
            // after ordering: a filter is a name that carries its sheet's position
            for (String stage : order) {
                stages.get(stage).freezeAndFilter(FROZEN_COLUMNS);
            }
            book.save(file, "考核结果 " + period);
        }
    }

    /** One results.sql row without its period, the scores array spread over one value per dimension. */
    private static List<Object> row(ResultSet rs, int count, int dimensions) throws SQLException {
        List<Object> row = new ArrayList<>(count + dimensions);
        int scores = ResultsExport.RESULTS_BEFORE_SCORES.size() + 1;
        for (int column = 2; column < scores; column++) {
            row.add(rs.getObject(column));
        }
        Array values = rs.getArray(scores);
        Object[] array = values == null ? null : (Object[]) values.getArray();
        if (array != null && array.length != dimensions) {
            throw new IllegalStateException("a score row has " + array.length + " of the scheme's " + dimensions
                    + " dimensions: score the period with the same scheme first");
        }
        for (int i = 0; i < dimensions; i++) {
            row.add(array == null ? null : array[i]);
        }
        for (int column = scores + 1; column <= count; column++) {
            row.add(rs.getObject(column));
        }
        return row;
    }

    /** 小学, 初中, 高中, then any other 学段 in code-point order. */
    static Comparator<String> stageOrder() {
        Comparator<String> known = Comparator.comparingInt(s -> STAGES.contains(s) ? STAGES.indexOf(s) : STAGES.size());
        return known.thenComparing(Manifest::byCodePoint);
    }
}
