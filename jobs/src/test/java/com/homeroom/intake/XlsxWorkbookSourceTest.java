package com.homeroom.intake;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The streaming reader of .xlsx ({@link XlsxWorkbookSource}) gives exactly the sheets, rows and
 * cells of POI's usermodel ({@link PoiWorkbookSource}): on every workbook of sample-data/ and on
 * workbooks written here for each kind of cell a school's workbook can hold.
 */
class XlsxWorkbookSourceTest {

    static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    static Stream<Path> sampleWorkbooks() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            List<Path> workbooks = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
            assertThat(workbooks).hasSizeGreaterThan(70);
            return workbooks.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleWorkbooks")
    void everySampleWorkbookReadsTheSameStreamedAsThroughTheUsermodel(Path workbook) throws Exception {
        Map<String, List<SheetRow>> usermodel;
        try {
            usermodel = usermodel(workbook);
        } catch (IOException | RuntimeException unreadable) {
            // the sample's deliberately broken workbook: neither reader opens it
            assertThat(catchThrowableOfType(FileRejection.class, () -> streamed(workbook)).code()).isEqualTo("FILE_CORRUPT");
            return;
        }
        Map<String, List<SheetRow>> streamed = streamed(workbook);

        assertThat(streamed).isEqualTo(usermodel);
        assertThat(streamed.values().stream().mapToInt(List::size).sum()).isPositive();
    }

    @Test
    void mergedCellsTitlesAndEveryKindOfTypedValue() throws Exception {
        Path file = TestWorkbook.xlsx().sheet("班主任名册")
                .row("2025-2026学年班主任名册").mergeAcross(1, 0, 5)
                .row(SchoolWorkbook.ROSTER_HEADER)
                .row("T0001", "王小明", "小学", "三年级", 2, 5.5, "男", LocalDate.of(1985, 3, 1), new TestWorkbook.Percent(0.85),
                        true, "８５", " 王 熠 ", 13800138001L, 13.35, "凤凰", null, "备注")
                .row("T0002", "李红", null, null, "(1)班", "3年")
                .row("T0003", "张三")
                .at(8).row(null, null, null)
                .row("填表说明：请勿修改表头")
                .mergeDown(2, 3, 5).mergeDown(3, 3, 4).mergeDown(14, 3, 5).mergeDown(16, 3, 5)
                .writeTo(dir.resolve("merged-and-typed.xlsx"));

        Map<String, List<SheetRow>> streamed = assertSameAsUsermodel(file);

        List<SheetRow> rows = streamed.get("班主任名册");
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3, 4, 5, 8, 9);
        assertThat(rows.get(3).cell(2)).isEqualTo(RawCell.text("小学"));
        assertThat(rows.get(4).cell(2)).isEqualTo(RawCell.text("小学"));
        assertThat(rows.get(4).cell(3)).isEqualTo(RawCell.BLANK);
        assertThat(rows.get(4).cell(14)).isEqualTo(RawCell.text("凤凰"));
        assertThat(rows.get(4).cell(16)).isEqualTo(RawCell.text("备注"));
        assertThat(rows.get(2).cells()).contains(RawCell.date(LocalDate.of(1985, 3, 1)), RawCell.percent(0.85),
                RawCell.bool(true), RawCell.number(13800138001L), RawCell.number(13.35));
    }

    @Test
    void formulasGiveTheirCachedValuesAndAFormulaNeverCalculatedGivesZero() throws Exception {
        Path file = SchoolWorkbook.twoTeachers().writeTo(dir.resolve("formulas.xlsx"));
        WorkbookFiles.edit(file, workbook -> {
            Row row = workbook.getSheet("考核评分").getRow(1);
            row.createCell(11).setCellFormula("SUM(C2:J2)");
            row.createCell(12).setCellFormula("\"合\"&\"格\"");
            row.createCell(13).setCellFormula("C2>10");
            row.createCell(14).setCellFormula("1/0");
            row.createCell(15).setCellFormula("NA()");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(16).setCellFormula("DATE(2025,9,1)");
            row.getCell(16).setCellStyle(date);
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            workbook.getSheet("考核评分").getRow(2).createCell(11).setCellFormula("SUM(C3:J3)");
            try (OutputStream out = Files.newOutputStream(dir.resolve("uncalculated.xlsx"))) {
                workbook.write(out);
            }
        }

        List<SheetRow> scores = assertSameAsUsermodel(file).get("考核评分");
        assertThat(scores.get(1).cells().subList(11, 17)).containsExactly(RawCell.number(91.5), RawCell.text("合格"),
                RawCell.bool(true), RawCell.error("#DIV/0!"), RawCell.error("#N/A"), RawCell.date(LocalDate.of(2025, 9, 1)));
        assertThat(assertSameAsUsermodel(dir.resolve("uncalculated.xlsx")).get("考核评分").get(2).cell(11))
                .isEqualTo(RawCell.number(0));
    }

    @Test
    void datesOfAWorkbookInThe1904DateSystem() throws Exception {
        Path file = dir.resolve("date1904.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row row = workbook.createSheet("基本信息").createRow(0);
            row.createCell(0).setCellValue("填报日期");
            row.createCell(1).setCellValue(LocalDate.of(2025, 12, 1));
            row.getCell(1).setCellStyle(date);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThat(assertSameAsUsermodel(file).get("基本信息").get(0).cell(1)).isEqualTo(RawCell.date(LocalDate.of(2025, 12, 1)));
    }

    @Test
    void inlineStringsAsStreamingWritersSaveThem() throws Exception {
        Path file = dir.resolve("inline-strings.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("工作记录");
            for (int r = 0; r < 50; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("T" + (1000 + r));
                row.createCell(1).setCellValue(r * 1.5);
                row.createCell(3).setCellValue(r % 2 == 0 ? "  校级 " : "");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        List<SheetRow> rows = assertSameAsUsermodel(file).get("工作记录");
        assertThat(rows).hasSize(50);
        assertThat(rows.get(4).cells()).containsExactly(RawCell.text("T1004"), RawCell.number(6), RawCell.BLANK,
                RawCell.text("  校级 "));
    }

    /**
     * What other programs than Excel write, or Excel in corners: phonetic guides, rich text, escaped
     * control characters, cells without a reference, a column's default date style, a bad
     * shared-string index, a style index past the styles, an uncalculated formula, an empty row.
     */
    @Test
    void handWrittenXmlOfTheRarerCellForms() throws Exception {
        Path file = TestWorkbook.xlsx().sheet("基本信息").row("学校代码", "FH-001").writeTo(dir.resolve("hand-written.xlsx"));
        WorkbookFiles.rewrite(file, (name, bytes) -> switch (name) {
            case "xl/styles.xml" -> utf8(STYLES);
            case "xl/sharedStrings.xml" -> utf8(SHARED_STRINGS);
            case "xl/worksheets/sheet1.xml" -> utf8(SHEET);
            default -> bytes;
        }, Map.of());

        List<SheetRow> rows = assertSameAsUsermodel(file).get("基本信息");
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3, 5, 6);
        assertThat(rows.get(0).cells()).containsExactly(RawCell.text("王小明"), RawCell.text("漢字"), RawCell.text("凤凰小学"),
                RawCell.text("第一行\r第二行"), RawCell.date(LocalDate.of(2025, 9, 1)));
        assertThat(rows.get(1).cells()).containsExactly(RawCell.text("王小明"), RawCell.number(12.5), RawCell.percent(0.85),
                RawCell.date(LocalDate.of(2025, 9, 1)), RawCell.BLANK, RawCell.text("王小明"));
        assertThat(rows.get(2).cells()).containsExactly(RawCell.bool(true), RawCell.error("#N/A"), RawCell.text("内联"),
                RawCell.text("富文本"), RawCell.BLANK, RawCell.text(""), RawCell.number(0), RawCell.error("#DIV/0!"),
                RawCell.number(3), RawCell.text("王小明"));
        assertThat(rows.get(3).cells()).containsExactly(RawCell.number(-1), RawCell.error("#N/A"), RawCell.number(0),
                RawCell.number(1e300));
        assertThat(rows.get(4).cells()).isEmpty();
    }

    @Test
    void sharedStringsAndStylesAreFoundByTheWorkbooksRelationsNotByContentType() throws Exception {
        Path file = SchoolWorkbook.twoTeachers().writeTo(dir.resolve("content-types.xlsx"));
        WorkbookFiles.rewritePart(file, "[Content_Types].xml", xml -> xml.replace("sharedStrings+xml", "sharedStrings+xmm")
                .replace("styles+xml", "styles+xmm"));

        List<SheetRow> roster = assertSameAsUsermodel(file).get("班主任名册");
        assertThat(roster.get(1).cell(1)).isEqualTo(RawCell.text("王小明"));
        assertThat(roster.get(1).cell(7)).isEqualTo(RawCell.date(LocalDate.of(1985, 3, 1)));
    }

    @Test
    void hiddenSheetsAreListedInWorkbookOrder() throws Exception {
        Path file = SchoolWorkbook.twoTeachers().writeTo(dir.resolve("hidden.xlsx"));
        WorkbookFiles.edit(file, workbook -> {
            workbook.setSheetHidden(workbook.getSheetIndex("工作记录"), true);
            workbook.setSheetOrder("考核评分", 0);
        });

        assertThat(assertSameAsUsermodel(file).keySet()).containsExactly("考核评分", "基本信息", "班主任名册", "工作记录");
    }

    private Map<String, List<SheetRow>> assertSameAsUsermodel(Path file) throws Exception {
        Map<String, List<SheetRow>> streamed = streamed(file);
        assertThat(streamed).isEqualTo(usermodel(file));
        return streamed;
    }

    static Map<String, List<SheetRow>> streamed(Path file) throws FileRejection {
        try (WorkbookSource source = XlsxWorkbookSource.open(file)) {
            return everyRow(source);
        }
    }

    static Map<String, List<SheetRow>> usermodel(Path file) throws IOException {
        try (WorkbookSource source = new PoiWorkbookSource(WorkbookFactory.create(file.toFile(), null, true))) {
            return everyRow(source);
        }
    }

    private static Map<String, List<SheetRow>> everyRow(WorkbookSource source) {
        Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
        for (String sheet : source.sheetNames()) {
            List<SheetRow> rows = new ArrayList<>();
            source.rows(sheet).forEach(rows::add);
            sheets.put(sheet, rows);
        }
        return sheets;
    }

    private static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<styleSheet " + MAIN + "><numFmts count=\"1\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "</styleSheet>";

    private static final String SHARED_STRINGS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<sst " + MAIN + " count=\"4\" uniqueCount=\"4\">"
            + "<si><t>王小明</t></si>"
            + "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"0\"/></si>"
            + "<si><r><t>凤凰</t></r><r><rPr><b/></rPr><t>小学</t></r></si>"
            + "<si><t>第一行_x000D_第二行</t></si></sst>";

    private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet " + MAIN + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<cols><col min=\"5\" max=\"5\" width=\"12\" style=\"1\" customWidth=\"1\"/></cols><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
            + "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\"><v>45901</v></c></row>"
            + "<row r=\"2\"><c t=\"s\"><v>0</v></c><c><v>12.5</v></c><c s=\"2\"><v>0.85</v></c><c s=\"3\"><v>45901</v></c>"
            + "<c r=\"F2\" t=\"str\"><f>A1</f><v>王小明</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"b\"><v>1</v></c><c r=\"B3\" t=\"e\"><v>#N/A</v></c>"
            + "<c r=\"C3\" t=\"inlineStr\"><is><t>内联</t></is></c>"
            + "<c r=\"D3\" t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本</t></r><rPh sb=\"0\" eb=\"1\"><t>fu</t></rPh></is></c>"
            + "<c r=\"E3\" s=\"1\"/><c r=\"F3\" t=\"s\"><v>99</v></c><c r=\"G3\"><f>1/0+A9</f></c>"
            + "<c r=\"H3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"I3\" s=\"50\"><v>3</v></c>"
            + "<c r=\"J3\" t=\"s\" s=\"x\"><v>0</v></c></row>"
            + "<row r=\"5\" spans=\"1:4\"><c r=\"A5\" s=\"1\"><v>-1</v></c><c r=\"C5\" t=\"n\"><v></v></c><c r=\"D5\"><v>1E+300</v></c></row>"
            + "<row r=\"6\"/></sheetData><mergeCells count=\"1\"><mergeCell ref=\"B3:B5\"/></mergeCells></worksheet>";
}
