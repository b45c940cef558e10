package com.homeroom.intake;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.homeroom.intake.SchoolWorkbook.ACTIVITY_HEADER;
import static com.homeroom.intake.SchoolWorkbook.INCIDENT_HEADER;
import static com.homeroom.intake.SchoolWorkbook.ROSTER_HEADER;
import static com.homeroom.intake.SchoolWorkbook.SCORE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input contract 2.2 and section 5 "Reading values": where the header row is, how header cells,
 * sheet names, blank rows, note blocks and merged cells are read. One file per scenario, one run.
 */
class HeaderAndLayoutTest {

    @TempDir
    static Path dir;
    static District district;

    @BeforeAll
    static void runIntake() throws Exception {
        district = new District(dir);
        headerInRowTen();
        headerInRowEleven();
        titleRowsAndNoteAboveHeader();
        decoratedHeaders();
        columnsInAnotherOrder();
        unknownColumns();
        sheetAliases();
        sheetNamesWithSpaces();
        blankRows();
        noteBlocksBelowData();
        mergedClassCell();
        problemUnderADecoratedHeader();
        district.run();
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    /** A workbook of the school whose 班主任名册 the test writes itself; the other sheets are valid. */
    private static TestWorkbook withOwnRoster(String code) {
        SchoolWorkbook w = district.school(code);
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), code, "2025-2026学年");
        book.sheet("考核评分").row(SCORE_HEADER);
        w.scores.forEach(book::row);
        book.sheet("工作记录").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        return book.sheet("班主任名册");
    }

    private static Object[] teacher(String code, int n) {
        return n == 1
                ? new Object[]{code + "-1", "王小明", "小学", "三年级", "2班", 5}
                : new Object[]{code + "-2", "李红", "小学", "四年级", "1班", 3};
    }

    // --- header row within the first ten rows -------------------------------------------------

    static void headerInRowTen() throws Exception {
        TestWorkbook book = withOwnRoster("L01").row("凤凰小学2025-2026学年班主任名册").mergeAcross(1, 0, 11);
        for (int r = 2; r <= 9; r++) {
            book.row("（第" + r + "行：标题或说明文字）");
        }
        book.row(ROSTER_HEADER).row(teacher("L01", 1)).row(teacher("L01", 2));
        book.writeTo(district.file("L01-表头在第10行.xlsx"));
    }

    @Test
    void headerInRowTenIsFoundAndRowsBelowAreRead() throws Exception {
        assertThat(district.rejects("L01-表头在第10行.xlsx")).isEmpty();
        assertThat(district.intake("L01-表头在第10行.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_read", "2").containsEntry("roster_loaded", "2");
        assertThat(district.column("SELECT row_no FROM roster_row WHERE file = ? ORDER BY row_no",
                "L01-表头在第10行.xlsx")).containsExactly("11", "12");
    }

    static void headerInRowEleven() throws Exception {
        TestWorkbook book = withOwnRoster("L02").row("凤凰小学2025-2026学年班主任名册");
        for (int r = 2; r <= 10; r++) {
            book.row("（第" + r + "行：标题或说明文字）");
        }
        book.row(ROSTER_HEADER).row(teacher("L02", 1)).row(teacher("L02", 2));
        book.writeTo(district.file("L02-表头在第11行.xlsx"));
    }

    @Test
    void headerInRowElevenIsNotFoundAndRejectsTheFile() {
        assertThat(district.intake("L02-表头在第11行.xlsx")).containsEntry("status", "rejected")
                .containsEntry("reason", "HEADER_NOT_FOUND").containsEntry("roster_read", "");
        assertThat(district.rejects("L02-表头在第11行.xlsx")).singleElement().satisfies(r -> {
            assertThat(District.brief(r)).isEqualTo("|||HEADER_NOT_FOUND|error");
            assertThat(r.get("message")).contains("班主任名册").contains("前10行");
        });
    }

    static void titleRowsAndNoteAboveHeader() throws Exception {
        withOwnRoster("L03")
                .row("凤凰小学班主任名册").mergeAcross(1, 0, 11)
                .row("说明：带*号的为必填项，其余选填").mergeAcross(2, 0, 11)
                .row(ROSTER_HEADER).row(teacher("L03", 1)).row(teacher("L03", 2))
                .writeTo(district.file("L03-合并标题和表头上方说明.xlsx"));
    }

    @Test
    void mergedTitleAndANoteAboveTheHeaderAreIgnored() {
        assertThat(district.rejects("L03-合并标题和表头上方说明.xlsx")).isEmpty();
        assertThat(district.intake("L03-合并标题和表头上方说明.xlsx"))
                .containsEntry("roster_read", "2").containsEntry("roster_loaded", "2");
    }

    // --- header cells ---------------------------------------------------------------------------

    static void decoratedHeaders() throws Exception {
        SchoolWorkbook w = district.school("L04");
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), "L04", "2025-2026学年");
        book.sheet("班主任名册").row("* 教师编号", "姓 名", "*学段", "年级", "班级（如：2班）", "担任班主任年限(年)");
        w.roster.forEach(r -> book.row(Arrays.copyOf(r, 6)));
        book.sheet("考核评分").row("* 教师编号", "姓名", "师德师风（15分）", "德育工作\n【15分】", "养成教育(满分10)",
                "班级管理 (15分)", "社会实践【10分】", "家校协同［10分］", "创新评价", "专业成长", "师德考核结论");
        w.scores.forEach(book::row);
        book.sheet("工作记录").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        book.writeTo(district.file("L04-表头带分值和星号.xlsx"));
    }

    @Test
    void headerCellsMatchWithStarsBracketedSuffixesAndLineBreaks() throws Exception {
        assertThat(district.rejects("L04-表头带分值和星号.xlsx")).isEmpty();
        assertThat(district.intake("L04-表头带分值和星号.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_loaded", "2").containsEntry("scores_loaded", "2");
        assertThat(district.column("SELECT value FROM score_value WHERE file = ? AND row_no = 2 ORDER BY dimension",
                "L04-表头带分值和星号.xlsx"))
                // dimension codes in alphabetical order: ethics, growth, habits, home_school, innovation,
                // management, moral, practice; the row is 14, 13.5, 9, 14, 9, 9, 9, 14 in column order
                .containsExactly("14.0", "14.0", "9.0", "9.0", "9.0", "14.0", "13.5", "9.0");
    }

    static void columnsInAnotherOrder() throws Exception {
        SchoolWorkbook w = district.school("L05");
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), "L05", "2025-2026学年");
        book.sheet("班主任名册").row(reversed(ROSTER_HEADER));
        w.roster.forEach(r -> book.row(reversed(r)));
        book.sheet("考核评分").row(reversed(SCORE_HEADER));
        w.scores.forEach(r -> book.row(reversed(r)));
        book.sheet("工作记录").row(reversed(ACTIVITY_HEADER));
        w.activity.forEach(r -> book.row(reversed(r)));
        book.writeTo(district.file("L05-列顺序颠倒.xlsx"));
    }

    private static Object[] reversed(Object[] row) {
        List<Object> list = new ArrayList<>(Arrays.asList(row));
        java.util.Collections.reverse(list);
        return list.toArray();
    }

    @Test
    void columnsInAnotherOrderAreReadByTheirHeader() throws Exception {
        assertThat(district.rejects("L05-列顺序颠倒.xlsx")).isEmpty();
        assertThat(district.query("SELECT teacher_id, name, stage, grade_level, class_no, CAST(years AS VARCHAR), "
                + "gender, phone FROM roster_row WHERE file = ? ORDER BY teacher_id", "L05-列顺序颠倒.xlsx"))
                .containsExactly(
                        List.of("L05-1", "王小明", "小学", 3, 2, "5.0", "男", "13800138001"),
                        Arrays.asList("L05-2", "李红", "小学", 4, 1, "3.0", "女", null));
        assertThat(district.column("SELECT value FROM score_value WHERE file = ? AND dimension = 'moral' "
                + "ORDER BY row_no", "L05-列顺序颠倒.xlsx")).containsExactly("13.5", "12.0");
    }

    static void unknownColumns() throws Exception {
        SchoolWorkbook w = district.school("L06");
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), "L06", "2025-2026学年");
        book.sheet("班主任名册").row(append(ROSTER_HEADER, "备注"));
        book.row(append(w.roster.get(0), "新任"));
        book.row(append(new Object[ROSTER_HEADER.length], "李老师已调出，本行作废"));
        book.row(w.roster.get(1));
        book.sheet("考核评分").row(append(SCORE_HEADER, "总分", "备注"));
        book.row(w.scores.get(0)).row(w.scores.get(1));
        book.row(append(new Object[SCORE_HEADER.length], null, "以下空行"));
        book.sheet("工作记录").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        WorkbookFiles.edit(book.writeTo(district.file("L06-备注和公式总分列.xlsx")), workbook -> {
            Sheet scores = workbook.getSheet("考核评分");
            for (int r = 1; r <= 3; r++) {
                Row row = scores.getRow(r);
                row.createCell(SCORE_HEADER.length).setCellFormula("SUM(C" + (r + 1) + ":J" + (r + 1) + ")");
            }
        });
    }

    private static Object[] append(Object[] row, Object... more) {
        Object[] copy = Arrays.copyOf(row, row.length + more.length);
        System.arraycopy(more, 0, copy, row.length, more.length);
        return copy;
    }

    @Test
    void unknownColumnsAreIgnoredAndDoNotMakeARowNonBlank() {
        assertThat(district.rejects("L06-备注和公式总分列.xlsx")).isEmpty();
        assertThat(district.intake("L06-备注和公式总分列.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_read", "2").containsEntry("roster_loaded", "2")
                .containsEntry("scores_read", "2").containsEntry("scores_loaded", "2");
    }

    // --- sheet names ----------------------------------------------------------------------------

    static void sheetAliases() throws Exception {
        SchoolWorkbook w = district.school("L07");
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), "L07", "2025-2026学年");
        book.sheet("名册").row(ROSTER_HEADER);
        book.row(Rows.rosterWith(w.roster.get(0), "性别", "M")).row(w.roster.get(1));
        book.sheet("评分").row(SCORE_HEADER);
        w.scores.forEach(book::row);
        book.sheet("工作量").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        book.sheet("事故").row(INCIDENT_HEADER).row(Rows.incident("L07-1", java.time.LocalDate.of(2025, 10, 9)));
        book.writeTo(district.file("L07-工作表别名.xlsx"));
    }

    @Test
    void sheetAliasesAreReadAndProblemsNameTheSheetAsInTheWorkbook() {
        assertThat(district.intake("L07-工作表别名.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_loaded", "2").containsEntry("scores_loaded", "2")
                .containsEntry("activity_loaded", "2").containsEntry("incidents_loaded", "1");
        assertThat(district.problems("L07-工作表别名.xlsx")).containsExactly("名册|2|性别|INVALID_OPTIONAL|warning");
    }

    static void sheetNamesWithSpaces() throws Exception {
        SchoolWorkbook w = district.school("L08");
        TestWorkbook book = TestWorkbook.xlsx().sheet(" 基本信息 ").row("学校代码", "L08").row("考核周期", "2025-2026学年");
        book.sheet(" 班主任名册 ").row(ROSTER_HEADER);
        book.row(w.roster.get(0)).row(Rows.rosterWith(w.roster.get(1), "性别", "未知"));
        book.sheet("考核评分  ").row(SCORE_HEADER);
        w.scores.forEach(book::row);
        book.sheet(" 工作量").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        book.writeTo(district.file("L08-工作表名前后有空格.xlsx"));
    }

    @Test
    void sheetNamesWithSpacesAroundAreFoundAndReportedTrimmed() {
        assertThat(district.intake("L08-工作表名前后有空格.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_loaded", "2").containsEntry("scores_loaded", "2")
                .containsEntry("activity_loaded", "2");
        assertThat(district.problems("L08-工作表名前后有空格.xlsx"))
                .containsExactly("班主任名册|3|性别|INVALID_OPTIONAL|warning");
    }

    // --- blank rows, note blocks, merged cells --------------------------------------------------

    static void blankRows() throws Exception {
        SchoolWorkbook w = district.school("L09");
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), "L09", "2025-2026学年");
        book.sheet("班主任名册").row(prepend("序号", ROSTER_HEADER));
        book.row(prepend(1, w.roster.get(0)));
        book.row(null, "  ", "\u3000", "", null, " ");            // row 3: white space only
        book.row(prepend(2, w.roster.get(1)));
        book.row(3);                                              // row 5: only 序号
        book.row(4, null, null, null, null, null, null, null, null, null, null, null, null);
        book.at(9).row(null, " ");                                // row 9, after a gap of missing rows
        book.sheet("考核评分").row(SCORE_HEADER).row(w.scores.get(0)).row().row(" ").row(w.scores.get(1)).row("");
        book.sheet("工作记录").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        book.writeTo(district.file("L09-中间和末尾的空行.xlsx"));
    }

    private static Object[] prepend(Object first, Object[] row) {
        Object[] copy = new Object[row.length + 1];
        copy[0] = first;
        System.arraycopy(row, 0, copy, 1, row.length);
        return copy;
    }

    @Test
    void blankRowsInTheMiddleAndAtTheEndAreSkippedAndNotCounted() {
        assertThat(district.rejects("L09-中间和末尾的空行.xlsx")).isEmpty();
        assertThat(district.intake("L09-中间和末尾的空行.xlsx"))
                .containsEntry("roster_read", "2").containsEntry("roster_rejected", "0")
                .containsEntry("scores_read", "2").containsEntry("scores_rejected", "0");
    }

    static void noteBlocksBelowData() throws Exception {
        SchoolWorkbook w = district.school("L10");
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), "L10", "2025-2026学年");
        book.sheet("班主任名册").row(ROSTER_HEADER);
        w.roster.forEach(book::row);
        book.row("填表说明：1. 教师编号由区教体局统一编制；2. 年级填一年级至六年级").mergeAcross(4, 0, 11);
        book.row("例：T9999", "张三", "大学", "十三年级", "99班", "很多");
        book.row("L10-9", "赵六", "小学", "五年级", "3班", 2);
        book.sheet("考核评分").row(SCORE_HEADER);
        w.scores.forEach(book::row);
        book.row("说明：各项得分保留一位小数");
        book.row("L10-9", "赵六", 99, 99, 99, 99, 99, 99, 99, 99, "优秀");
        book.sheet("工作记录").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        book.row(" 说明：培训学时以证书为准");
        book.row("L10-9", 3.5);
        book.writeTo(district.file("L10-数据下方的填表说明.xlsx"));
    }

    @Test
    void rowsBelowANoteMarkerInColumnAAreIgnored() {
        assertThat(district.rejects("L10-数据下方的填表说明.xlsx")).isEmpty();
        assertThat(district.intake("L10-数据下方的填表说明.xlsx"))
                .containsEntry("roster_read", "2").containsEntry("roster_loaded", "2")
                .containsEntry("scores_read", "2").containsEntry("activity_read", "2");
    }

    static void mergedClassCell() throws Exception {
        SchoolWorkbook w = district.school("L11");
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), "L11", "2025-2026学年");
        book.sheet("班主任名册").row(ROSTER_HEADER)
                .row("L11-1", "王小明", "小学", "三年级", "2班", 5)
                .row("L11-2", "李红", null, "四年级", null, 3)
                .mergeDown(2, 2, 3).mergeDown(4, 2, 3);
        book.sheet("考核评分").row(SCORE_HEADER);
        w.scores.forEach(book::row);
        book.sheet("工作记录").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        book.writeTo(district.file("L11-班级单元格向下合并.xlsx"));
    }

    @Test
    void aCellMergedDownTwoRowsGivesBothRowsItsValue() throws Exception {
        assertThat(district.rejects("L11-班级单元格向下合并.xlsx")).isEmpty();
        assertThat(district.query("SELECT teacher_id, stage, grade_level, class_no FROM roster_row "
                + "WHERE file = ? AND accepted ORDER BY row_no", "L11-班级单元格向下合并.xlsx"))
                .containsExactly(List.of("L11-1", "小学", 3, 2), List.of("L11-2", "小学", 4, 2));
    }

    static void problemUnderADecoratedHeader() throws Exception {
        SchoolWorkbook w = district.school("L12");
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), "L12", "2025-2026学年");
        book.sheet("班主任名册").row(ROSTER_HEADER);
        w.roster.forEach(book::row);
        Object[] header = SCORE_HEADER.clone();
        header[2] = "师德师风(满分15)";
        header[3] = "德育工作\n【满分15分】";
        book.sheet("考核评分").row(header).row(Rows.scoreWith(w.scores.get(0), "德育工作", 16)).row(w.scores.get(1));
        book.sheet("工作记录").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        book.writeTo(district.file("L12-带分值表头下的错误.xlsx"));
    }

    @Test
    void aProblemUnderADecoratedHeaderNamesTheContractsColumn() {
        assertThat(district.problems("L12-带分值表头下的错误.xlsx")).containsExactly("考核评分|2|德育工作|OUT_OF_RANGE|error");
        assertThat(district.rejects("L12-带分值表头下的错误.xlsx", "OUT_OF_RANGE")).singleElement()
                .satisfies(r -> assertThat(r.get("message")).isEqualTo("第2行「德育工作」为16，超出满分15"));
    }
}
