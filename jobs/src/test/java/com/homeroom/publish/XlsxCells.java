package com.homeroom.publish;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a written workbook back with POI, as plain values for assertions. */
final class XlsxCells {

    private XlsxCells() {
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** A cell as text: a string as is, a number in plain decimal without trailing zeros, "" for none. */
    static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return cell.getStringCellValue();
    }

    /** Every row of a sheet as text, from the first row to the last, empty rows included. */
    static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                values.add(text(row.getCell(c)));
            }
            rows.add(values);
        }
        return rows;
    }

    /** The data row (below the header in row 0) whose first cell is key. */
    static Row rowOf(Sheet sheet, String key) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && key.equals(text(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " on sheet " + sheet.getSheetName());
    }

    /** Each cell's type, value, number format and quote prefix, by sheet: what must not change between runs. */
    static Map<String, List<String>> described(Path file) throws Exception {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        try (Workbook workbook = open(file)) {
            for (Sheet sheet : workbook) {
                List<String> cells = new ArrayList<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.getAddress() + " " + cell.getCellType() + " " + text(cell) + " "
                                + cell.getCellStyle().getDataFormatString() + " " + cell.getCellStyle().getQuotePrefixed());
                    }
                }
                sheets.put(sheet.getSheetName(), cells);
            }
        }
        return sheets;
    }
}
