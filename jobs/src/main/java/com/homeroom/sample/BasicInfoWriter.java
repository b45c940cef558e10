package com.homeroom.sample;

import com.homeroom.sample.Layout.Quirk;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes the 基本信息 sheet: labels in column A, values in column B; records each label's row. */
final class BasicInfoWriter {

    private BasicInfoWriter() {
    }

    static void write(WorkbookStyles styles, SchoolReturn r) {
        Sheet sheet = styles.workbook().createSheet("基本信息");
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        int row = 0;
        if (r.layout.has(Quirk.TITLE_ROW) || r.layout.has(Quirk.TWO_TITLE_ROWS)) {
            Cell title = sheet.createRow(row++).createCell(0);
            title.setCellValue("班主任考核数据填报表");
            title.setCellStyle(styles.title());
        }
        List<String> labels = new ArrayList<>(SchoolReturn.LABELS);
        if (r.layout.has(Quirk.SHUFFLED)) {
            labels.add(0, labels.remove(2));   // 考核周期 first
        }
        boolean colon = r.layout.has(Quirk.DECORATED_HEADERS);
        for (String label : labels) {
            Object value = r.basic.get(label);
            Row x = sheet.createRow(row++);
            x.createCell(0).setCellValue(colon ? label + "：" : label);
            if (value instanceof LocalDate d) {
                Cell cell = x.createCell(1);
                cell.setCellValue(d);
                cell.setCellStyle(styles.longDate());
            } else {
                styles.put(x, 1, value);
            }
            r.basicRows.put(label, row);
        }
        row++;
        sheet.createRow(row).createCell(0).setCellValue("注：请勿修改本表及各工作表的表头。");
    }
}
