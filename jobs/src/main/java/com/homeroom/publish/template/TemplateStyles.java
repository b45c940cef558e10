package com.homeroom.publish.template;

import com.homeroom.publish.template.TemplateColumn.Day;
import com.homeroom.publish.template.TemplateColumn.Input;
import com.homeroom.publish.template.TemplateColumn.Text;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every cell style of a template, made once per workbook. */
final class TemplateStyles {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String TEXT_FORMAT = "@";

    private final XSSFWorkbook workbook;
    final CellStyle requiredHeader;
    final CellStyle optionalHeader;
    final CellStyle text;
    final CellStyle wrappedText;
    final CellStyle date;
    final CellStyle label;
    final CellStyle prefilled;
    final CellStyle title;
    final CellStyle note;

    TemplateStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        requiredHeader = header(bold, IndexedColors.LIGHT_YELLOW);
        optionalHeader = header(bold, IndexedColors.GREY_25_PERCENT);
        text = format(TEXT_FORMAT);
        wrappedText = format(TEXT_FORMAT);
        wrappedText.setWrapText(true);
        wrappedText.setVerticalAlignment(VerticalAlignment.TOP);
        date = format(DATE_FORMAT);
        label = workbook.createCellStyle();
        label.setFont(bold);
        prefilled = format(TEXT_FORMAT);
        prefilled.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        prefilled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        note = workbook.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The default style of a data column, which Excel gives every cell typed into it; null for General. */
    CellStyle body(Input input) {
        if (input instanceof Text t) {
            return t.wrap() ? wrappedText : text;
        }
        return input instanceof Day ? date : null;
    }

    private CellStyle header(Font bold, IndexedColors fill) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(bold);
        s.setWrapText(true);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setFillForegroundColor(fill.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }

    private CellStyle format(String pattern) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return s;
    }
}
