package com.homeroom.intake;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes tiny real workbooks for tests: rows of plain Java values, one call per row. */
public final class TestWorkbook {

    /** A number shown with a percent format (Excel stores 85% as 0.85). */
    public record Percent(double value) {
    }

    private final Workbook workbook;
    private Sheet sheet;
    private int nextRow;

    private TestWorkbook(Workbook workbook) {
        this.workbook = workbook;
    }

    public static TestWorkbook xlsx() {
        return new TestWorkbook(new XSSFWorkbook());
    }

    /** A macro-enabled workbook (.xlsm); POI writes no macros, {@link WorkbookFiles} can add a VBA part. */
    public static TestWorkbook xlsm() {
        return new TestWorkbook(new XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM));
    }

    public static TestWorkbook xls() {
        return new TestWorkbook(new HSSFWorkbook());
    }

    public TestWorkbook sheet(String name) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        return this;
    }

    /** Leaves the next row empty (or skips rows so the next one is at the given Excel row number). */
    public TestWorkbook at(int excelRow) {
        nextRow = excelRow - 1;
        return this;
    }

    public TestWorkbook row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < values.length; c++) {
            set(row.createCell(c), values[c]);
        }
        return this;
    }

    /** Merges a column over rows (Excel row numbers, inclusive). */
    public TestWorkbook mergeDown(int column, int firstExcelRow, int lastExcelRow) {
        sheet.addMergedRegion(new CellRangeAddress(firstExcelRow - 1, lastExcelRow - 1, column, column));
        return this;
    }

    public TestWorkbook mergeAcross(int excelRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(excelRow - 1, excelRow - 1, firstColumn, lastColumn));
        return this;
    }

    private void set(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(style("yyyy-mm-dd"));
        } else if (value instanceof Percent p) {
            cell.setCellValue(p.value());
            cell.setCellStyle(style("0%"));
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }
}
