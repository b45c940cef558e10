package com.homeroom.publish;

import com.homeroom.publish.XlsxTable.Column;
import com.homeroom.publish.XlsxTable.Kind;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 汇总 sheet of 考核结果: on top, the teachers of each 学段 by 等次 (counted while the 学段 sheets
 * are written, so the results are read once), with a 全区 row; below it, one row per registry school
 * with the figures of schools.csv. The filter and the frozen rows belong to the school table.
 */
final class ResultsSummary {

    static final String DISTRICT = "全区";
    private static final List<String> GRADES = List.of("优秀", "合格", "基本合格", "不合格", "未评分");
    static final List<Column> STAGE_COLUMNS = List.of(Column.of("学段", Kind.TEXT), Column.of("班主任数", Kind.INTEGER),
            Column.of("已评分", Kind.INTEGER), Column.of("平均总分", Kind.TWO_DECIMALS), Column.of("优秀", Kind.INTEGER),
            Column.of("合格", Kind.INTEGER), Column.of("基本合格", Kind.INTEGER), Column.of("不合格", Kind.INTEGER),
            Column.of("未评分", Kind.INTEGER), Column.of("区级优秀", Kind.INTEGER), Column.of("推荐市级", Kind.INTEGER));
    /** schools.csv without period, in its order. */
    static final List<Column> SCHOOL_COLUMNS = List.of(Column.text("学校代码", 10), Column.text("学校名称", 24),
            Column.text("学区", 12), Column.text("学校类型", 12), Column.of("已报送", Kind.YES_NO),
            Column.of("班主任数", Kind.INTEGER), Column.of("已评分", Kind.INTEGER), Column.of("平均总分", Kind.TWO_DECIMALS),
            Column.of("优秀", Kind.INTEGER), Column.of("合格", Kind.INTEGER), Column.of("基本合格", Kind.INTEGER),
            Column.of("不合格", Kind.INTEGER), Column.of("区级优秀", Kind.INTEGER), Column.of("评分区分度不足", Kind.YES_NO));

    /** Counts of one 学段 (or the district). */
    private static final class Tally {
        int teachers;
        BigDecimal sum = BigDecimal.ZERO;
        final int[] grades = new int[GRADES.size()];
        int commended;
        int cityRecommended;

        void add(String grade, BigDecimal total, boolean commended, boolean cityRecommended) {
            teachers++;
            if (total != null) {
                sum = sum.add(total);
            }
            int g = GRADES.indexOf(grade);
            if (g >= 0) {
                grades[g]++;
            }
            this.commended += commended ? 1 : 0;
            this.cityRecommended += cityRecommended ? 1 : 0;
        }

        List<Object> row(String label) {
            int graded = teachers - grades[GRADES.indexOf("未评分")];
            List<Object> row = new ArrayList<>(List.of(label, teachers, graded));
            // half-up to two decimals, as school_result's mean_total
            row.add(graded == 0 ? null : sum.divide(BigDecimal.valueOf(graded), 2, RoundingMode.HALF_UP));
            for (int count : grades) {
                row.add(count);
            }
            row.add(commended);
            row.add(cityRecommended);
            return row;
        }
    }

    private final Map<String, Tally> stages = new HashMap<>();
    private final Tally district = new Tally();

    void add(String stage, String grade, BigDecimal total, boolean commended, boolean cityRecommended) {
        stages.computeIfAbsent(stage, s -> new Tally()).add(grade, total, commended, cityRecommended);
        district.add(grade, total, commended, cityRecommended);
    }

    /** Writes the sheet: the 学段 rows in the given order, then the schools of schools.sql's result. */
    void write(XlsxBook book, SXSSFSheet sheet, List<String> stageOrder, ResultSet schools) throws SQLException {
        XlsxTable totals = new XlsxTable(book, sheet, STAGE_COLUMNS, 0);
        for (String stage : stageOrder) {
            totals.row(stages.get(stage).row(stage));
        }
        totals.row(district.row(DISTRICT));
        XlsxTable table = new XlsxTable(book, sheet, SCHOOL_COLUMNS, totals.end() + 1);
        while (schools.next()) {
            List<Object> row = new ArrayList<>(SCHOOL_COLUMNS.size());
            for (int column = 2; column <= SCHOOL_COLUMNS.size() + 1; column++) {
                row.add(schools.getObject(column));
            }
            table.row(row);
        }
        table.freezeAndFilter(2);
    }
}
