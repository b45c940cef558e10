package com.homeroom.intake;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the parts of one {@code <c>} element into the {@link RawCell} that POI's usermodel gives
 * for it (see {@link PoiWorkbookSource}), rule for rule: a formula gives its cached value, a number
 * in a date format is a date, one in a percent format is flagged, a bad shared-string index is "".
 */
final class XlsxCellDecoder {

    /** What a cell element held; the sheet reader fills one per cell. */
    static final class Parts {
        String type;
        boolean formula;
        String value;
        boolean inline;
        String inlineText;
        String inlineRuns;
        long style = -1;
        int columnStyle = -1;

        void clear() {
            type = null;
            formula = false;
            value = null;
            inline = false;
            inlineText = null;
            inlineRuns = null;
            style = -1;
            columnStyle = -1;
        }
    }

    private record NumberFormat(boolean date, boolean percent) {
        static final NumberFormat NONE = new NumberFormat(false, false);
    }

    private final XlsxSharedStrings strings;
    private final XlsxNumberFormats styles;
    private final boolean date1904;
    private final Map<Integer, NumberFormat> formats = new HashMap<>();

    /** @param strings the shared strings, null when the workbook has none; styles likewise */
    XlsxCellDecoder(XlsxSharedStrings strings, XlsxNumberFormats styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    RawCell decode(Parts c) {
        String type = c.type == null ? "n" : c.type;
        return switch (type) {
            case "n" -> c.value == null && !c.formula ? RawCell.BLANK : number(c);
            case "s", "str", "inlineStr" -> RawCell.text(text(type, c));
            case "b" -> RawCell.bool("1".equals(c.value));
            case "e" -> error(c.value);
            // ISO 8601 dates: valid OOXML though Excel writes numbers; the usermodel cannot read them
            case "d" -> RawCell.date(isoDate(c.value));
            default -> throw new IllegalArgumentException("unknown cell type " + type);
        };
    }

    private String text(String type, Parts c) {
        String text;
        if (type.equals("inlineStr") && c.inline) {
            text = c.inlineRuns != null ? c.inlineRuns : c.inlineText;
        } else if (!type.equals("s")) {
            text = c.value == null ? "" : c.value;
        } else {
            text = sharedString(c.value);
        }
        // Excel escapes control characters as _xHHHH_; the usermodel decodes them
        return text != null && text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }

    private String sharedString(String value) {
        if (value == null || strings == null) {
            return "";
        }
        try {
            return strings.at(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private RawCell number(Parts c) {
        double value = c.value == null || c.value.isEmpty() ? 0.0 : Double.parseDouble(c.value);
        NumberFormat format = format(c);
        if (format.date() && DateUtil.isValidExcelDate(value)) {
            try {
                return RawCell.date(DateUtil.getLocalDateTime(value, date1904).toLocalDate());
            } catch (DateTimeException e) {
                // a date format on a number beyond any calendar: left a number, the date rule reports it
                return RawCell.number(value);
            }
        }
        return format.percent() ? RawCell.percent(value) : RawCell.number(value);
    }

    /** An error code as written (#N/A, #DIV/0!); none written reads as code 0, #NULL!, as in the usermodel. */
    private static RawCell error(String value) {
        return RawCell.error(value == null ? FormulaError.forInt(0).getString() : value);
    }

    private static LocalDate isoDate(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
    }

    /** The cell's own style, else its column's, else the workbook's first (XSSFCell.getCellStyle). */
    private NumberFormat format(Parts c) {
        if (styles == null || styles.styles() == 0) {
            return NumberFormat.NONE;
        }
        if (c.style >= 0 && c.style < styles.styles()) {
            return format((int) c.style);
        }
        int column = c.columnStyle < 0 ? 0 : c.columnStyle;
        return column < styles.styles() ? format(column) : NumberFormat.NONE;
    }

    private NumberFormat format(int index) {
        return formats.computeIfAbsent(index, i -> {
            String code = styles.formatCode(i);
            return new NumberFormat(DateUtil.isADateFormat(styles.formatId(i), code), code != null && code.contains("%"));
        });
    }
}
