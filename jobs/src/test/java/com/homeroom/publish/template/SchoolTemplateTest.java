package com.homeroom.publish.template;

import com.homeroom.intake.Contract;
import com.homeroom.intake.IntakeHarness;
import com.homeroom.intake.RawCell;
import com.homeroom.intake.Registry;
import com.homeroom.intake.RegistryReader;
import com.homeroom.intake.SchoolWorkbook;
import com.homeroom.intake.SheetSpec;
import com.homeroom.intake.WorkbookOpener;
import com.homeroom.intake.value.Headers;
import com.homeroom.intake.value.Parsed;
import com.homeroom.intake.value.SchoolTerms;
import com.homeroom.intake.value.SchoolTerms.SchoolType;
import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.Scheme;
import com.homeroom.scoring.SchemeLoader;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolTemplateTest {

    private static final String PERIOD = "2025-2026";
    private static final String FENGHUANG = "凤凰学区/凤凰小学_2025-2026_班主任考核.xlsx";

    @TempDir
    Path dir;

    private final Scheme scheme = SchemeLoader.loadDefault();

    @Test
    void eachSchoolTypeGetsTheContractsSheetsHeadersAndItsOwnStages() throws Exception {
        // given
        Map<String, List<String>> stages = Map.of("FH-001", List.of("小学"), "QZ-002", List.of("小学", "初中"),
                "QZ-003", List.of("初中", "高中"));
        Map<String, List<String>> grades = Map.of(
                "FH-001", List.of("一年级", "二年级", "三年级", "四年级", "五年级", "六年级"),
                "QZ-002", List.of("一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级"),
                "QZ-003", List.of("七年级", "八年级", "九年级", "高一", "高二", "高三"));

        // when
        List<Path> files = SchoolTemplate.writeAll(registry(), PERIOD, scheme, dir.resolve("out"));

        // then
        assertThat(files).hasSize(3);
        for (Path file : files) {
            try (XSSFWorkbook wb = open(file)) {
                String code = wb.getSheet("基本信息").getRow(1).getCell(1).getStringCellValue();
                assertThat(sheetNames(wb)).containsExactly("填表说明", "基本信息", "班主任名册", "考核评分", "工作记录", "安全事故");
                assertHeaders(wb.getSheet("班主任名册"), Contract.ROSTER);
                assertHeaders(wb.getSheet("考核评分"), Contract.scores(scheme));
                assertHeaders(wb.getSheet("工作记录"), Contract.ACTIVITY);
                assertHeaders(wb.getSheet("安全事故"), Contract.INCIDENTS);
                XSSFSheet roster = wb.getSheet("班主任名册");
                assertThat(validation(roster, "学段").getExplicitListValues()).containsExactlyElementsOf(stages.get(code));
                assertThat(validation(roster, "年级").getExplicitListValues()).containsExactlyElementsOf(grades.get(code));
            }
        }
    }

    @Test
    void everySchoolTypeListsItsStagesAndOnlyGradesIntakeAcceptsForThem() {
        for (SchoolType type : SchoolType.values()) {
            List<TemplateColumn> roster = TemplateColumns.roster(type, PERIOD);
            List<String> stages = choices(roster, "学段");
            assertThat(stages).containsExactlyElementsOf(type.stages().stream().map(SchoolTerms.Stage::label).toList());
            for (String grade : choices(roster, "年级")) {
                Parsed<Integer> level = SchoolTerms.gradeLevel(RawCell.text(grade));
                assertThat(level.isOk()).as(type + " " + grade).isTrue();
                assertThat(type.stages()).contains(SchoolTerms.stageOfGrade(level.value()));
            }
        }
    }

    private static List<String> choices(List<TemplateColumn> columns, String name) {
        TemplateColumn column = columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        return ((TemplateColumn.Choice) column.input()).values();
    }

    @Test
    void dropDownsRangesAndFormatsFollowTheContract() throws Exception {
        Path file = SchoolTemplate.writeAll(registry(), PERIOD, scheme, dir.resolve("out")).get(0);

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet roster = wb.getSheet("班主任名册");
            XSSFSheet scores = wb.getSheet("考核评分");
            XSSFSheet activity = wb.getSheet("工作记录");
            XSSFSheet incidents = wb.getSheet("安全事故");
            assertList(roster, "现任梯队", SchoolTerms::tier, "普通", "骨干", "首席");
            assertList(roster, "性别", SchoolTerms::gender, "男", "女");
            assertList(scores, "师德考核结论", SchoolTerms::ethicsVerdict, "合格", "不合格");
            assertList(activity, "课题研究级别", SchoolTerms::researchLevel, "无", "校级", "学区级", "区级", "市级", "省级", "国家级");
            assertList(incidents, "责任认定", SchoolTerms::responsibility, "无责任", "次要责任", "主要责任");
            assertList(incidents, "后果等级", SchoolTerms::consequence, "一般", "较重", "严重");
            assertList(roster, "学段", SchoolTerms::stage, "小学");

            assertRange(roster, "班级", ValidationType.INTEGER, "1", "30");
            assertRange(roster, "担任班主任年限", ValidationType.DECIMAL, "0", "45");
            assertRange(roster, "班级学生数", ValidationType.INTEGER, "1", "80");
            assertRange(roster, "出生日期", ValidationType.DATE, "DATE(1940,1,1)", "DATE(2007,9,1)");
            for (Dimension d : scheme.dimensions()) {
                assertRange(scores, d.column(), ValidationType.DECIMAL, "0", d.max().toPlainString());
            }
            assertRange(activity, "主题班会次数", ValidationType.INTEGER, "0", "200");
            assertRange(activity, "家访次数", ValidationType.INTEGER, "0", "200");
            assertRange(activity, "区级培训学时", ValidationType.DECIMAL, "0", "500");
            assertRange(activity, "成长档案建档率", ValidationType.DECIMAL, "0", "100");
            assertRange(incidents, "发生日期", ValidationType.DATE, "DATE(2025,9,1)", "DATE(2026,8,31)");

            for (XSSFSheet sheet : List.of(roster, scores, activity, incidents)) {
                assertEveryColumnValidated(sheet);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getLastRowNum()).as("nothing below the header").isZero();
                assertThat(columnFormat(sheet, "教师编号")).isEqualTo("@");
            }
            assertThat(columnFormat(roster, "联系电话")).isEqualTo("@");
            assertThat(columnFormat(roster, "出生日期")).isEqualTo("yyyy-mm-dd");
            assertThat(columnFormat(incidents, "发生日期")).isEqualTo("yyyy-mm-dd");
            assertThat(scores.getRow(0).getCell(2).getStringCellValue()).isEqualTo("*师德师风（15分）");
        }
    }

    @Test
    void basicInfoIsPrefilledAndLeavesTheClerksPartBlank() throws Exception {
        Path file = SchoolTemplate.writeAll(registry(), PERIOD, scheme, dir.resolve("out")).get(1);

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet info = wb.getSheet("基本信息");
            Map<String, String> values = new LinkedHashMap<>();
            for (int r = 1; r <= info.getLastRowNum(); r++) {
                var value = info.getRow(r).getCell(1);
                values.put(info.getRow(r).getCell(0).getStringCellValue(), value == null ? "" : value.getStringCellValue());
            }
            assertThat(values).containsExactly(Map.entry("学校代码", "QZ-002"), Map.entry("学校名称", "实验学校"),
                    Map.entry("考核周期", "2025-2026学年"), Map.entry("填报人", ""), Map.entry("联系电话", ""),
                    Map.entry("填报日期", ""));
            assertThat(info.getRow(6).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(info.getRow(5).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
            DataValidationConstraint date = validationAt(info, 6, 1).getValidationConstraint();
            assertThat(date.getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(date.getFormula1()).isEqualTo("DATE(2025,9,1)");
            assertThat(validationAt(info, 1, 1).getValidationConstraint().getFormula1())
                    .isEqualTo("B2=\"QZ-002\"");
            assertThat(wb.getSheet("填表说明").getLastRowNum()).isGreaterThan(8);
        }
    }

    @Test
    void filledTemplatePassesIntakeWithNoWarningsAndNoRejects() throws Exception {
        // given
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        Path out = dir.resolve("templates");
        SchoolTemplate.writeAll(registry(), PERIOD, scheme, out);
        try (XSSFWorkbook wb = open(out.resolve(FENGHUANG))) {
            fillTwoTeachersAndAnIncident(wb);
            Path filled = input.resolve(FENGHUANG);
            Files.createDirectories(filled.getParent());
            try (var os = Files.newOutputStream(filled)) {
                wb.write(os);
            }
        }

        // when
        var result = IntakeHarness.run(input, dir.resolve("work"), PERIOD);

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.intakeOf(FENGHUANG)).containsEntry("status", "accepted").containsEntry("school_code", "FH-001")
                .containsEntry("roster_read", "2").containsEntry("roster_loaded", "2")
                .containsEntry("scores_loaded", "2").containsEntry("activity_loaded", "2")
                .containsEntry("incidents_read", "1").containsEntry("incidents_loaded", "1");
    }

    @Test
    void unfilledTemplatesAreAcceptedWithNoRowsAndNoProblems() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        List<Path> files = SchoolTemplate.writeAll(registry(), PERIOD, scheme, input);

        var result = IntakeHarness.run(input, dir.resolve("work"), PERIOD);

        assertThat(result.rejects()).isEmpty();
        assertThat(result.intake()).hasSize(files.size());
        for (Path file : files) {
            String relative = input.relativize(file).toString().replace('\\', '/');
            assertThat(result.intakeOf(relative)).containsEntry("status", "accepted")
                    .containsEntry("roster_read", "0").containsEntry("scores_read", "0")
                    .containsEntry("activity_read", "0").containsEntry("incidents_read", "0");
        }
    }

    @Test
    void hostileNamesBecomeSafeFileNamesInsideTheOutputFolder() throws Exception {
        // given
        Map<String, Registry.School> schools = new LinkedHashMap<>();
        schools.put("X-001", new Registry.School("X-001", "../../x", "../..", SchoolType.PRIMARY));
        schools.put("X-002", new Registry.School("X-002", "A/B", "区直", SchoolType.JUNIOR));
        schools.put("X-003", new Registry.School("X-003", "A\\B", "区直", SchoolType.SENIOR));
        schools.put("X-004", new Registry.School("X-004", ".\u202Eevil\u0000\t学校..", ".hidden/..", SchoolType.NINE_YEAR));
        schools.put("X-005", new Registry.School("X-005", "..", "CON", SchoolType.COMPLETE_SECONDARY));
        Path out = dir.resolve("out");

        // when
        List<Path> files = SchoolTemplate.writeAll(new Registry("学校名录.xlsx", schools), PERIOD, scheme, out);
        Path single = SchoolTemplate.write(schools.get("X-001"), PERIOD, scheme, out.resolve("single"));

        // then
        assertThat(files.stream().map(f -> out.relativize(f).toString().replace('\\', '/'))).containsExactly(
                "未分学区/x_2025-2026_班主任考核.xlsx",
                "区直/A_B_2025-2026_班主任考核.xlsx",
                "区直/A_B_X-003_2025-2026_班主任考核.xlsx",
                "hidden/evil_学校_2025-2026_班主任考核.xlsx",
                "CON_/X-005_2025-2026_班主任考核.xlsx");
        assertThat(single).isEqualTo(out.resolve("single/x_2025-2026_班主任考核.xlsx").toAbsolutePath());
        for (Path f : files) {
            assertThat(f.toRealPath()).startsWith(out.toRealPath());
            assertThat(f.getFileName().toString()).doesNotStartWith(".").doesNotContain("..")
                    .doesNotContainPattern("[\\p{Cntrl}\\p{Cf}/\\\\]");
        }
        assertThat(dir.resolve("x_2025-2026_班主任考核.xlsx")).doesNotExist();
    }

    @Test
    void sameInputsGiveTheSameBytesWithDatesFromThePeriod() throws Exception {
        Registry registry = registry();
        List<Path> first = SchoolTemplate.writeAll(registry, PERIOD, scheme, dir.resolve("a"));
        Thread.sleep(2100); // zip entry times have a two-second resolution
        List<Path> second = SchoolTemplate.writeAll(registry, PERIOD, scheme, dir.resolve("b"));

        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
        try (XSSFWorkbook wb = open(first.get(0))) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2025-08-31T16:00:00Z"));
            assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2025-08-31T16:00:00Z"));
        }
    }

    private Registry registry() throws Exception {
        Path folder = dir.resolve("registry");
        SchoolWorkbook.writeRegistry(folder);
        return new RegistryReader(new WorkbookOpener(20L * 1024 * 1024)).read(folder);
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        return java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
    }

    /** Header keys are the contract's columns in its order (序号 left out); required ones carry a *. */
    private static void assertHeaders(XSSFSheet sheet, SheetSpec spec) {
        List<String> cells = headers(sheet);
        List<SheetSpec.Column> columns = spec.columns().stream().filter(c -> !c.name().equals("序号")).toList();
        assertThat(cells.stream().map(Headers::key).toList())
                .containsExactlyElementsOf(columns.stream().map(SheetSpec.Column::name).toList());
        for (int i = 0; i < columns.size(); i++) {
            assertThat(cells.get(i).startsWith("*")).as(cells.get(i)).isEqualTo(columns.get(i).required());
        }
    }

    /** The drop-down holds exactly these labels, and intake accepts every one of them. */
    private static void assertList(XSSFSheet sheet, String column, Function<RawCell, Parsed<?>> rule, String... labels) {
        var v = validationOf(sheet, column);
        assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly(labels);
        // OOXML's showDropDown="1" hides the in-cell arrow (the name says the opposite)
        assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray())
                .as("the in-cell arrow is shown").noneMatch(CTDataValidation::getShowDropDown);
        for (String label : labels) {
            assertThat(rule.apply(RawCell.text(label)).isOk()).as(column + " " + label).isTrue();
        }
    }

    private static void assertRange(XSSFSheet sheet, String column, int type, String min, String max) {
        DataValidationConstraint c = validation(sheet, column);
        assertThat(c.getValidationType()).as(column).isEqualTo(type);
        assertThat(c.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
        if (type == ValidationType.DATE) {
            assertThat(List.of(c.getFormula1(), c.getFormula2())).as(column).containsExactly(min, max);
        } else {
            assertThat(new BigDecimal(c.getFormula1())).as(column).isEqualByComparingTo(min);
            assertThat(new BigDecimal(c.getFormula2())).as(column).isEqualByComparingTo(max);
        }
    }

    // ---- reading a template back ----

    private static List<String> headers(XSSFSheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(0).forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }

    private static int column(XSSFSheet sheet, String name) {
        List<String> keys = headers(sheet).stream().map(Headers::key).toList();
        assertThat(keys).as(sheet.getSheetName()).contains(name);
        return keys.indexOf(name);
    }

    static XSSFDataValidation validationAt(XSSFSheet sheet, int row, int col) {
        return sheet.getDataValidations().stream()
                .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(row, col)))
                .findFirst().orElseThrow(() -> new AssertionError("no validation at " + sheet.getSheetName() + " " + row + "," + col));
    }

    private static XSSFDataValidation validationOf(XSSFSheet sheet, String column) {
        return validationAt(sheet, 1, column(sheet, column));
    }

    private static DataValidationConstraint validation(XSSFSheet sheet, String column) {
        return validationOf(sheet, column).getValidationConstraint();
    }

    private static String columnFormat(XSSFSheet sheet, String column) {
        return sheet.getColumnStyle(column(sheet, column)).getDataFormatString();
    }

    /** Every column is checked from the first data row to the 300th, with a Chinese prompt and error. */
    private static void assertEveryColumnValidated(XSSFSheet sheet) {
        for (int c = 0; c < headers(sheet).size(); c++) {
            XSSFDataValidation v = validationAt(sheet, 1, c);
            var rows = v.getRegions().getCellRangeAddress(0);
            assertThat(List.of(rows.getFirstRow(), rows.getLastRow())).as("rows 2..301").containsExactly(1, 300);
            assertThat(v.getShowPromptBox()).isTrue();
            assertThat(v.getShowErrorBox()).isTrue();
            assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(v.getPromptBoxText()).matches("(必填|选填)：.*");
            assertThat(v.getErrorBoxText()).contains("应为");
            assertThat(v.getPromptBoxTitle().length()).isLessThanOrEqualTo(32);
            assertThat(v.getPromptBoxText().length()).isLessThanOrEqualTo(255);
        }
    }

    // ---- filling a template in as a clerk would ----

    private void fillTwoTeachersAndAnIncident(XSSFWorkbook wb) {
        XSSFSheet info = wb.getSheet("基本信息");
        info.getRow(4).getCell(1).setCellValue("张老师");
        info.getRow(5).getCell(1).setCellValue("13900139000");
        info.getRow(6).getCell(1).setCellValue(LocalDate.of(2025, 12, 1));

        XSSFSheet roster = wb.getSheet("班主任名册");
        fill(roster, 1, row("教师编号", "3701020001", "姓名", "王小明", "学段", "小学", "年级", "三年级", "班级", 2,
                "担任班主任年限", 5, "性别", "男", "出生日期", LocalDate.of(1985, 3, 1), "班级学生数", 45,
                "职称", "一级教师", "现任梯队", "普通", "联系电话", "13800138001"));
        fill(roster, 2, row("教师编号", "3701020002", "姓名", "李红", "学段", "小学", "年级", "四年级", "班级", 1,
                "担任班主任年限", 3.5, "性别", "女", "出生日期", LocalDate.of(1990, 10, 20), "班级学生数", 40,
                "职称", "二级教师", "现任梯队", "骨干", "联系电话", "0536-8123456"));

        XSSFSheet scores = wb.getSheet("考核评分");
        for (int i = 1; i <= 2; i++) {
            Map<String, Object> values = row("教师编号", "370102000" + i, "姓名", i == 1 ? "王小明" : "李红", "师德考核结论", "合格");
            for (Dimension d : scheme.dimensions()) {
                values.put(d.column(), d.max().subtract(new BigDecimal(i == 1 ? "1" : "2.5")).doubleValue());
            }
            fill(scores, i, values);
        }

        XSSFSheet activity = wb.getSheet("工作记录");
        fill(activity, 1, row("教师编号", "3701020001", "主题班会次数", 32, "区级培训学时", 8, "学区级培训学时", 10,
                "校级培训学时", 12, "家长会次数", 2, "家访次数", 5, "电话家访次数", 10, "社会实践活动次数", 3,
                "成长档案建档率", 90, "课题研究级别", "校级"));
        fill(activity, 2, row("教师编号", "3701020002", "主题班会次数", 30, "区级培训学时", 6, "学区级培训学时", 8,
                "校级培训学时", 10.5, "成长档案建档率", 85.5, "课题研究级别", "区级"));

        fill(wb.getSheet("安全事故"), 1, row("教师编号", "3701020002", "发生日期", LocalDate.of(2025, 11, 12),
                "事件简述", "课间追逐，一名学生膝盖擦伤，已送医并通知家长", "责任认定", "次要责任", "后果等级", "一般"));
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    /**
     * Types values into a data row: each cell takes its column's default style, as Excel does, and
     * each value must be one the column's validation lets through.
     */
    private static void fill(XSSFSheet sheet, int rowIndex, Map<String, Object> values) {
        XSSFRow row = sheet.createRow(rowIndex);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            int c = column(sheet, e.getKey());
            XSSFCell cell = row.createCell(c);
            cell.setCellStyle(sheet.getColumnStyle(c));
            Object value = e.getValue();
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else {
                cell.setCellValue(((Number) value).doubleValue());
            }
            assertThat(allowed(validationAt(sheet, rowIndex, c).getValidationConstraint(), value))
                    .as(sheet.getSheetName() + " " + e.getKey() + " " + value).isTrue();
        }
    }

    /** What Excel's validation would say of a typed value, for the kinds the template uses. */
    private static boolean allowed(DataValidationConstraint c, Object value) {
        return switch (c.getValidationType()) {
            case ValidationType.LIST -> Arrays.asList(c.getExplicitListValues()).contains(value);
            case ValidationType.TEXT_LENGTH -> between(BigDecimal.valueOf(((String) value).length()), c);
            case ValidationType.INTEGER -> value instanceof Integer && between(new BigDecimal(value.toString()), c);
            case ValidationType.DECIMAL -> between(new BigDecimal(value.toString()), c);
            case ValidationType.DATE -> !((LocalDate) value).isBefore(day(c.getFormula1()))
                    && !((LocalDate) value).isAfter(day(c.getFormula2()));
            default -> false;
        };
    }

    private static boolean between(BigDecimal n, DataValidationConstraint c) {
        return n.compareTo(new BigDecimal(c.getFormula1())) >= 0 && n.compareTo(new BigDecimal(c.getFormula2())) <= 0;
    }

    private static LocalDate day(String dateFormula) {
        String[] parts = dateFormula.replaceAll("[^0-9,]", "").split(",");
        return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }
}
