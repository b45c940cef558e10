package com.homeroom.publish;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static com.homeroom.publish.ScoredDistrict.P;
import static com.homeroom.publish.XlsxCells.rowOf;
import static com.homeroom.publish.XlsxCells.rows;
import static com.homeroom.publish.XlsxCells.text;
import static org.assertj.core.api.Assertions.assertThat;

/** 考核结果_<period>.xlsx from a scored DuckDB warehouse, read back with POI. */
class ResultsWorkbookIT {

    @TempDir
    static Path dir;
    static ScoredDistrict district;
    static Path file;

    @BeforeAll
    static void writeWorkbook() throws Exception {
        district = ScoredDistrict.build(dir);
        file = dir.resolve("out/district/考核结果_" + P + ".xlsx");
        new ResultsWorkbook(district.warehouse()).write(P, district.scheme(), file);
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    @Test
    void hasOneSheetPerStageInSchoolOrderThenTheSummary() throws Exception {
        try (XSSFWorkbook workbook = XlsxCells.open(file)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("小学", "初中", "汇总");
            assertThat(workbook.getActiveSheetIndex()).isZero();
            XSSFSheet primary = workbook.getSheet("小学");
            assertThat(rows(primary).get(0)).containsExactly("教师编号", "姓名", "学校代码", "学校名称", "学区", "学校类型",
                    "学段", "年级", "班级", "年限", "师德师风", "德育工作", "养成教育", "班级管理", "社会实践", "家校协同",
                    "创新评价", "专业成长", "总分", "等次", "师德一票否决", "事故一票否决", "事故限优", "班会达标", "培训达标",
                    "须调整岗位", "追究责任", "校内排名", "学区学段排名", "全区学段排名", "区级优秀", "推荐市级", "上期梯队",
                    "本期梯队", "梯队变化");
            assertThat(primary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(primary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(primary.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(primary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AI5");
            assertThat(primary.getColumnWidth(3)).as("学校名称").isEqualTo(24 * 256);
        }
    }

    @Test
    void writesATeachersRowWithNumbersAsNumbersAndFlagsAsYesNo() throws Exception {
        try (Workbook workbook = XlsxCells.open(file)) {
            Row row = rowOf(workbook.getSheet("小学"), "T0001");
            assertThat(row).extracting(XlsxCells::text).containsExactly("T0001", "王小明", "FH-001", "凤凰小学", "凤凰学区",
                    "小学", "小学", "三年级", "2", "5", "14", "13.5", "9", "14", "9", "9", "9", "14", "91.5", "优秀",
                    "否", "否", "否", "是", "是", "否", "否", "1", "1", "1", "否", "否", "普通", "骨干", "新晋骨干");
            Cell moral = row.getCell(11);
            assertThat(moral.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(moral.getNumericCellValue()).isEqualTo(13.5);
            assertThat(moral.getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(row.getCell(18).getCellStyle().getDataFormatString()).as("总分").isEqualTo("0.0");
            assertThat(row.getCell(8).getCellType()).as("班级").isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(27).getCellType()).as("校内排名").isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getCellType()).as("姓名").isEqualTo(CellType.STRING);
        }
    }

    @Test
    void holdsEveryRowOfResultsCsvInItsOrderSplitByStage() throws Exception {
        List<Map<String, String>> csv = district.csv("results.csv");
        try (Workbook workbook = XlsxCells.open(file)) {
            for (String stage : List.of("小学", "初中")) {
                List<List<String>> expected = csv.stream().filter(r -> r.get("stage").equals(stage))
                        .map(ResultsWorkbookIT::asShownInTheWorkbook).toList();
                Sheet sheet = workbook.getSheet(stage);
                List<List<String>> actual = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        List<String> values = new ArrayList<>();
                        for (int c = 0; c < 35; c++) {
                            Cell cell = row.getCell(c);
                            values.add(cell != null && cell.getCellStyle().getQuotePrefixed()
                                    ? CsvWriter.neutralised(text(cell)) : text(cell));
                        }
                        actual.add(values);
                    }
                }
                assertThat(actual).as(stage).isEqualTo(expected);
            }
        }
        assertThat(csv).extracting(r -> r.get("teacher_id")).containsExactly("T0001", "T0002", "T0003", "T0101", "T0102");
    }

    @Test
    void summarisesEachStageByGradeAndEachSchoolAsSchoolsCsv() throws Exception {
        try (XSSFWorkbook workbook = XlsxCells.open(file)) {
            XSSFSheet summary = workbook.getSheet("汇总");
            List<List<String>> rows = rows(summary);
            assertThat(rows.subList(0, 4)).containsExactly(
                    List.of("学段", "班主任数", "已评分", "平均总分", "优秀", "合格", "基本合格", "不合格", "未评分", "区级优秀", "推荐市级"),
                    // (91.5 + 80.0 + 80.0 + 72.0) / 4 = 80.875
                    List.of("小学", "4", "4", "80.88", "1", "2", "1", "0", "0", "0", "0"),
                    List.of("初中", "1", "1", "88", "0", "1", "0", "0", "0", "0", "0"),
                    List.of("全区", "5", "5", "82.3", "1", "3", "1", "0", "0", "0", "0"));
            assertThat(rows.get(4)).isEmpty();
            assertThat(rows.get(5)).containsExactly("学校代码", "学校名称", "学区", "学校类型", "已报送", "班主任数", "已评分",
                    "平均总分", "优秀", "合格", "基本合格", "不合格", "区级优秀", "评分区分度不足");
            // (91.5 + 80.0 + 80.0) / 3 = 83.83 half-up, as in schools.csv
            assertThat(rows.get(6)).containsExactly("FH-001", "凤凰小学", "凤凰学区", "小学", "是", "3", "3", "83.83", "1",
                    "2", "0", "0", "0", "否");
            assertThat(summary.getRow(6).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(rows.get(8)).containsExactly("QZ-003", "@潍坊四中", "区直", "完全中学", "否", "0", "0", "", "0",
                    "0", "0", "0", "0", "否");
            assertThat(rows).hasSize(9);
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
            assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A6:N9");
        }
        List<String> schools = district.csv("schools.csv").stream().map(s -> s.get("school_code")).toList();
        assertThat(schools).containsExactly("FH-001", "QZ-002", "QZ-003");
    }

    @Test
    void writesWorkbookTextThatLooksLikeAFormulaAsQuotedText() throws Exception {
        try (Workbook workbook = XlsxCells.open(file)) {
            Cell formulaName = rowOf(workbook.getSheet("小学"), "T0003").getCell(1);
            assertThat(formulaName.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaName.getStringCellValue()).isEqualTo("=1+1");
            assertThat(formulaName.getCellStyle().getQuotePrefixed()).isTrue();
            Cell minusName = rowOf(workbook.getSheet("初中"), "T0101").getCell(1);
            assertThat(minusName.getStringCellValue()).isEqualTo("-2");
            assertThat(minusName.getCellStyle().getQuotePrefixed()).isTrue();
            Cell atSchool = workbook.getSheet("汇总").getRow(8).getCell(1);
            assertThat(atSchool.getStringCellValue()).isEqualTo("@潍坊四中");
            assertThat(atSchool.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(rowOf(workbook.getSheet("小学"), "T0001").getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/"))
                    .map(e -> read(zip, e)).anyMatch(xml -> xml.contains("<f>"))).as("no formula anywhere").isFalse();
        }
    }

    @Test
    void showsNoPhoneNumberOrBirthDate() throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String all = String.join("\n", zip.stream().map(e -> read(zip, e)).toList());
            assertThat(all).contains("王小明").doesNotContain(ScoredDistrict.PHONE, "13900139002", "1985-03-01",
                    "1980-01-02", "电话", "出生");
        }
        try (Workbook workbook = XlsxCells.open(file)) {
            // a date cell would hold the birth date as a serial number: 1985-03-01 is 31107
            for (Sheet sheet : workbook) {
                rows(sheet).forEach(r -> assertThat(r).doesNotContain("31107", "29222", ScoredDistrict.PHONE));
            }
        }
    }

    @Test
    void writesTheSameBytesTwiceWithDatesFromThePeriod() throws Exception {
        Path again = dir.resolve("again/考核结果_" + P + ".xlsx");
        new ResultsWorkbook(district.warehouse()).write(P, district.scheme(), again);
        assertThat(XlsxCells.described(again)).isEqualTo(XlsxCells.described(file));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
        try (XSSFWorkbook workbook = XlsxCells.open(again); ZipFile zip = new ZipFile(again.toFile())) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2025-08-31T16:00:00Z"));
            assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2025-08-31T16:00:00Z"));
            assertThat(zip.stream().map(e -> e.getTimeLocal().toString()).distinct()).containsExactly("2025-09-01T00:00");
        }
        try (Stream<Path> left = Files.list(again.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(again);
        }
    }

    private static List<String> asShownInTheWorkbook(Map<String, String> csv) {
        List<String> values = new ArrayList<>();
        csv.forEach((column, value) -> {
            if (!column.equals("period")) {
                values.add(switch (value) {
                    case "true" -> "是";
                    case "false" -> "否";
                    default -> value.matches("\\d+\\.\\d+") ? new BigDecimal(value).stripTrailingZeros().toPlainString()
                            : value;
                });
            }
        });
        return values;
    }

    private static String read(ZipFile zip, ZipEntry entry) {
        try (var in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
