package com.homeroom.sample;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import java.time.LocalDate;

/** The few cell styles a school workbook uses, and how each {@link CellForms} value type is written. */
final class WorkbookStyles {

    private final Workbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle longDate;
    private final CellStyle percent;
    private final CellStyle whole;

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        title = workbook.createCellStyle();
        title.setFont(bold);
        title.setAlignment(HorizontalAlignment.CENTER);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        date = format("yyyy-mm-dd");
        longDate = format("yyyy\"年\"m\"月\"d\"日\"");
        percent = format("0%");
        whole = format("0");
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    Workbook workbook() {
        return workbook;
    }

    CellStyle title() {
        return title;
    }

    CellStyle header() {
        return header;
    }

    CellStyle longDate() {
        return longDate;
    }

    /** Writes one value; null leaves the cell out. */
    void put(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Integer n) {
            cell.setCellValue(n);
        } else if (value instanceof Long n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(whole);
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof CellForms.Percent p) {
            cell.setCellValue(p.fraction());
            cell.setCellStyle(percent);
        } else {
            throw new IllegalArgumentException("no cell form for " + value.getClass());
        }
    }
}
