package com.homeroom.publish.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;

/**
 * A data sheet of the template: the header in row 1 (frozen), nothing below it, and per column a
 * width, a default cell format and a validation over the first {@link #DATA_ROWS} data rows.
 */
final class DataSheet {

    /** Rows prepared with validations; more than any school's 班主任 count. */
    static final int DATA_ROWS = 300;

    private DataSheet() {
    }

    static XSSFSheet write(XSSFWorkbook workbook, TemplateStyles styles, String name, List<TemplateColumn> columns) {
        XSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            TemplateColumn col = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(col.header());
            cell.setCellStyle(col.required() ? styles.requiredHeader : styles.optionalHeader);
            sheet.setColumnWidth(i, col.width() * 256);
            CellStyle body = styles.body(col.input());
            if (body != null) {
                sheet.setDefaultColumnStyle(i, body);
            }
            Validations.add(sheet, 1, DATA_ROWS, i, col);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
