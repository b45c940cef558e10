package com.homeroom.publish.template;

import com.homeroom.intake.Contract;
import com.homeroom.intake.Registry;
import com.homeroom.intake.value.Periods;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.LocalDate;

/**
 * 基本信息: labels in column A, values in column B (as intake reads them), a hint in column C.
 * The school's identity and the period are filled in; the clerk adds who filled it in and when.
 */
final class BasicInfoSheet {

    private BasicInfoSheet() {
    }

    static XSSFSheet write(XSSFWorkbook workbook, TemplateStyles styles, Registry.School school, String period) {
        XSSFSheet sheet = workbook.createSheet(Contract.BASIC_INFO);
        Row header = sheet.createRow(0);
        String[] titles = {"项目", "填写内容", "说明"};
        for (int c = 0; c < titles.length; c++) {
            header.createCell(c).setCellValue(titles[c]);
            header.getCell(c).setCellStyle(styles.optionalHeader);
        }
        String periodText = periodText(period);
        row(sheet, styles, 1, "学校代码", school.code(), "已预填，请勿修改：学校以此代码识别", styles.prefilled);
        row(sheet, styles, 2, "学校名称", school.name(), "已预填，与学校名录一致", styles.prefilled);
        row(sheet, styles, 3, "考核周期", periodText, "已预填，请勿修改", styles.prefilled);
        row(sheet, styles, 4, "填报人", null, "请填写", styles.text);
        row(sheet, styles, 5, "联系电话", null, "请填写填报人的手机号或固定电话", styles.text);
        row(sheet, styles, 6, "填报日期", null, "请填写，如" + Periods.start(period).plusMonths(3), styles.date);

        DataValidationHelper helper = sheet.getDataValidationHelper();
        // a changed code or period rejects the whole file: stop it at the keyboard
        fixed(sheet, helper, 1, "B2=\"" + school.code() + "\"", "学校代码", "学校代码已由教育局预填，请勿修改。");
        fixed(sheet, helper, 3, "B4=\"" + periodText + "\"", "考核周期", "考核周期已预填为" + periodText + "，请勿修改。");
        Validations.add(sheet, cell(5), helper.createTextLengthConstraint(OperatorType.BETWEEN, "10", "13"),
                "联系电话", "11位手机号或固定电话（如0536-1234567）", "「联系电话」应为手机号或固定电话。");
        LocalDate from = Periods.start(period);
        LocalDate to = Periods.end(period).plusMonths(4);
        Validations.add(sheet, cell(6), helper.createDateConstraint(OperatorType.BETWEEN,
                        Validations.excelDate(from), Validations.excelDate(to), TemplateStyles.DATE_FORMAT),
                "填报日期", "填写完成的日期（年-月-日），如" + from.plusMonths(3),
                "「填报日期」应为" + from + "至" + to + "之间的日期。");
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** 考核周期 as the district writes it: {@code 2025-2026学年}. */
    static String periodText(String period) {
        return period + "学年";
    }

    private static void row(XSSFSheet sheet, TemplateStyles styles, int index, String label, String value, String hint, CellStyle valueStyle) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(styles.label);
        var cell = row.createCell(1);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(valueStyle);
        row.createCell(2).setCellValue(hint);
    }

    private static void fixed(XSSFSheet sheet, DataValidationHelper helper, int row, String formula,
                              String title, String message) {
        DataValidationConstraint same = helper.createCustomConstraint(formula);
        Validations.add(sheet, cell(row), same, title, message, message);
    }

    private static CellRangeAddressList cell(int row) {
        return new CellRangeAddressList(row, row, 1, 1);
    }
}
