package com.homeroom.publish.template;

import com.homeroom.publish.template.TemplateColumn.Choice;
import com.homeroom.publish.template.TemplateColumn.Day;
import com.homeroom.publish.template.TemplateColumn.Decimal;
import com.homeroom.publish.template.TemplateColumn.Input;
import com.homeroom.publish.template.TemplateColumn.Text;
import com.homeroom.publish.template.TemplateColumn.Whole;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Excel data validations with a Chinese input message and a stop-error message. They guide typing
 * only (a paste goes around them): intake still checks every value.
 */
final class Validations {

    /** Excel's limits on the input and error boxes; longer text makes Excel drop the validation. */
    private static final int TITLE_MAX = 32;
    private static final int PROMPT_MAX = 255;
    private static final int ERROR_MAX = 225;

    private Validations() {
    }

    /** The column's rule over rows firstRow..lastRow (0-based) of its column. */
    static void add(XSSFSheet sheet, int firstRow, int lastRow, int column, TemplateColumn col) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String rule = rule(col.input());
        String prompt = (col.required() ? "必填：" : "选填：") + rule + (col.note() == null ? "" : "。" + col.note());
        add(sheet, new CellRangeAddressList(firstRow, lastRow, column, column), constraint(helper, col.input()),
                col.name(), prompt, "「" + col.name() + "」应为" + rule + "。");
    }

    static void add(XSSFSheet sheet, CellRangeAddressList cells, DataValidationConstraint constraint,
                    String title, String prompt, String error) {
        DataValidation v = sheet.getDataValidationHelper().createValidation(constraint, cells);
        v.setEmptyCellAllowed(true); // a missing required value is intake's to report, with the row number
        v.setShowPromptBox(true);
        v.createPromptBox(cut(title, TITLE_MAX), cut(prompt, PROMPT_MAX));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(cut("填写有误", TITLE_MAX), cut(error, ERROR_MAX));
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            // XSSF writes "not suppressed" as showDropDown="true", which in OOXML *hides* the in-cell arrow
            v.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(v);
    }

    static DataValidationConstraint constraint(DataValidationHelper helper, Input input) {
        if (input instanceof Choice c) {
            return helper.createExplicitListConstraint(c.values().toArray(String[]::new));
        }
        if (input instanceof Whole w) {
            return helper.createIntegerConstraint(OperatorType.BETWEEN, Integer.toString(w.min()), Integer.toString(w.max()));
        }
        if (input instanceof Decimal d) {
            return helper.createDecimalConstraint(OperatorType.BETWEEN, plain(d.min()), plain(d.max()));
        }
        if (input instanceof Day d) {
            return helper.createDateConstraint(OperatorType.BETWEEN, excelDate(d.from()), excelDate(d.to()), "yyyy-mm-dd");
        }
        Text t = (Text) input;
        return helper.createTextLengthConstraint(OperatorType.BETWEEN,
                Integer.toString(t.minLength()), Integer.toString(t.maxLength()));
    }

    /** What the column accepts, as the sentence "应为…" ends. */
    static String rule(Input input) {
        if (input instanceof Choice c) {
            return "下列之一：" + String.join("、", c.values());
        }
        if (input instanceof Whole w) {
            return w.min() + "至" + w.max() + "的整数";
        }
        if (input instanceof Decimal d) {
            return plain(d.min()) + "至" + plain(d.max()) + "的数，最多一位小数";
        }
        if (input instanceof Day d) {
            return d.from() + "至" + d.to() + "之间的日期（年-月-日）";
        }
        Text t = (Text) input;
        return t.minLength() + "至" + t.maxLength() + "个字符";
    }

    /** A date in a validation formula: DATE(y,m,d), never a serial number that depends on the 1904 setting. */
    static String excelDate(LocalDate d) {
        return "DATE(" + d.getYear() + "," + d.getMonthValue() + "," + d.getDayOfMonth() + ")";
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
