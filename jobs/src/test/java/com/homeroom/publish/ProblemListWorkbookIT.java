package com.homeroom.publish;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static com.homeroom.publish.ScoredDistrict.P;
import static com.homeroom.publish.XlsxCells.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 数据问题清单_<period>.xlsx, the district's and each school's, from a real intake on a DuckDB file. */
class ProblemListWorkbookIT {

    private static final List<String> HEADER = List.of("文件", "学校代码", "学校名称", "工作表", "行", "列", "原始值",
            "级别", "代码", "说明");

    @TempDir
    static Path dir;
    static ScoredDistrict district;

    @BeforeAll
    static void buildDistrict() throws Exception {
        district = ScoredDistrict.build(dir);
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    @Test
    void districtListHoldsEveryLineOfRejectsCsvInItsOrder() throws Exception {
        Path file = write(null);
        List<List<String>> rows = sheetRows(file);
        assertThat(rows.get(0)).isEqualTo(HEADER);
        List<Map<String, String>> rejects = district.csv("rejects.csv");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + "|" + r.get(8) + "|" + r.get(4))
                .isEqualTo(rejects.stream().map(r -> r.get("file") + "|" + r.get("code") + "|" + r.get("row")).toList());
        assertThat(rows.subList(1, rows.size())).containsExactly(
                // a file whose school is not in the registry: no school, so in no school's list
                List.of("其他/不在名录.xlsx", "", "", "", "", "", "", "错误", "UNKNOWN_SCHOOL",
                        "「基本信息」中的学校代码ZZ-999不在学校名录中"),
                List.of("凤凰学区/凤凰小学.xlsx", "FH-001", "凤凰小学", "基本信息", "2", "学校名称", "=SUM(A1)", "提示",
                        "SCHOOL_NAME_MISMATCH", "第2行「学校名称」为=SUM(A1)，学校名录中为凤凰小学，以学校代码为准"),
                List.of("凤凰学区/凤凰小学.xlsx", "FH-001", "凤凰小学", "班主任名册", "5", "学段", "+小学", "错误",
                        "BAD_CHOICE", "第5行「学段」为+小学，应为小学、初中或高中"));
        try (XSSFWorkbook workbook = XlsxCells.open(file)) {
            XSSFSheet sheet = workbook.getSheet("数据问题清单");
            assertThat(workbook.getNumberOfSheets()).isOne();
            assertThat(sheet.getRow(2).getCell(4).getCellType()).as("行").isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J4");
        }
    }

    @Test
    void schoolListHoldsOnlyThatSchoolsLines() throws Exception {
        List<List<String>> rows = sheetRows(write("FH-001"));
        assertThat(rows.get(0)).isEqualTo(HEADER);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1) + " " + r.get(8))
                .containsExactly("FH-001 SCHOOL_NAME_MISMATCH", "FH-001 BAD_CHOICE");
    }

    @Test
    void schoolListIsOnlyTheHeaderWhenTheSchoolHasNoProblem() throws Exception {
        for (String school : List.of("QZ-002", "QZ-003")) {
            Path file = write(school);
            assertThat(sheetRows(file)).as(school).containsExactly(HEADER);
            try (XSSFWorkbook workbook = XlsxCells.open(file)) {
                assertThat(workbook.getSheet("数据问题清单").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J1");
            }
        }
    }

    @Test
    void writesWhatTheSchoolTypedAsQuotedTextWhenItLooksLikeAFormula() throws Exception {
        try (XSSFWorkbook workbook = XlsxCells.open(write("FH-001"))) {
            Sheet sheet = workbook.getSheet("数据问题清单");
            List<String> typed = new ArrayList<>();
            for (Row row : List.of(sheet.getRow(1), sheet.getRow(2))) {
                Cell value = row.getCell(6);
                assertThat(value.getCellType()).isEqualTo(CellType.STRING);
                typed.add(value.getStringCellValue());
                assertThat(value.getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(row.getCell(9).getCellStyle().getQuotePrefixed()).as("说明 starts with 第").isFalse();
            }
            assertThat(typed).containsExactly("=SUM(A1)", "+小学");
        }
    }

    @Test
    void writesTheSameBytesTwice() throws Exception {
        Path first = write("FH-001");
        Path second = dir.resolve("again/数据问题清单_" + P + ".xlsx");
        new ProblemListWorkbook(district.warehouse()).writeSchool(P, "FH-001", second);
        assertThat(XlsxCells.described(second)).isEqualTo(XlsxCells.described(first));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (ZipFile zip = new ZipFile(second.toFile())) {
            assertThat(zip.stream().map(e -> e.getTimeLocal().toString()).distinct()).containsExactly("2025-09-01T00:00");
        }
    }

    /** The lists a run writes, read a batch of schools at once, are those read one school at a time. */
    @Test
    void aBatchOfSchoolsGivesEachSchoolItsOwnList() throws Exception {
        ProblemListWorkbook lists = new ProblemListWorkbook(district.warehouse());
        List<String> schools = List.of("FH-001", "QZ-002", "NO-SUCH");
        Map<String, List<List<Object>>> rows = lists.schoolRows(P, schools);

        assertThat(rows).doesNotContainKey("NO-SUCH");
        for (String school : schools) {
            Path batched = dir.resolve("batched/" + school + ".xlsx");
            Files.createDirectories(batched.getParent());
            lists.writeSchool(P, school, rows.getOrDefault(school, List.of()), batched);
            assertThat(Files.readAllBytes(batched)).as(school).isEqualTo(Files.readAllBytes(write(school)));
        }
        assertThat(rows.get("FH-001")).isNotEmpty();
    }

    @Test
    void refusesASchoolListWithoutASchool() {
        assertThatThrownBy(() -> new ProblemListWorkbook(district.warehouse()).writeSchool(P, "", dir.resolve("x.xlsx")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** school null: the district's list. */
    private static Path write(String school) throws Exception {
        ProblemListWorkbook lists = new ProblemListWorkbook(district.warehouse());
        if (school == null) {
            Path file = dir.resolve("out/district/数据问题清单_" + P + ".xlsx");
            lists.writeDistrict(P, file);
            return file;
        }
        Path file = dir.resolve("out/schools/" + school + "/数据问题清单_" + P + ".xlsx");
        lists.writeSchool(P, school, file);
        return file;
    }

    private static List<List<String>> sheetRows(Path file) throws Exception {
        try (XSSFWorkbook workbook = XlsxCells.open(file)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("数据问题清单");
            return rows(workbook.getSheetAt(0));
        }
    }
}
