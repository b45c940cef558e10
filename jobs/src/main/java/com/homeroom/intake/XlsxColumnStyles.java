package com.homeroom.intake;

import javax.xml.stream.XMLStreamReader;
import java.util.Arrays;

/**
 * Column default styles from a sheet's {@code <cols>}: a cell with no style of its own takes its
 * column's (POI's XSSFCell.getCellStyle), which decides whether its number is a date. The first
 * definition of a column counts; one without a style means style 0.
 */
final class XlsxColumnStyles {

    private static final int NONE = Integer.MIN_VALUE;

    private int[] styles;
    private int definitions;

    /** Takes the {@code <col>} element the reader stands on. */
    void add(XMLStreamReader xml) {
        if (++definitions > XlsxSheetRows.MAX_COLUMNS) {
            throw new IllegalArgumentException("more column definitions than columns");
        }
        int min = XlsxSheetRows.digits(xml.getAttributeValue(null, "min"));
        int max = Math.min(XlsxSheetRows.MAX_COLUMNS, XlsxSheetRows.digits(xml.getAttributeValue(null, "max")));
        String styleText = xml.getAttributeValue(null, "style");
        int style = styleText == null ? 0 : XlsxSheetRows.digits(styleText);
        if (min < 1 || style < 0 || max < min) {
            return; // a damaged width or style definition only costs that column its default style
        }
        if (styles == null || styles.length < max) {
            // as wide as the definitions reach: most sheets define a few columns, not all 16,384
            int from = styles == null ? 0 : styles.length;
            styles = styles == null ? new int[max] : Arrays.copyOf(styles, max);
            Arrays.fill(styles, from, max, NONE);
        }
        for (int c = min; c <= max; c++) {
            if (styles[c - 1] == NONE) {
                styles[c - 1] = style;
            }
        }
    }

    /** The column's style index (0-based column), or -1 when no definition covers it. */
    int of(int column) {
        return styles == null || column >= styles.length || styles[column] == NONE ? -1 : styles[column];
    }
}
