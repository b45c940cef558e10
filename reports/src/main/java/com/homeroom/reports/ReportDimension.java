package com.homeroom.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One assessment dimension as the scheme defines it. Reports take their dimension columns and chart
 * categories from a list of these, so a scheme with other dimensions needs no template change.
 *
 * @param code  the code in data ({@code ethics})
 * @param label the column name people read ({@code 师德师风})
 * @param max   the dimension's maximum score
 */
public record ReportDimension(String code, String label, BigDecimal max) {

    /** {@code value} as a percentage of this dimension's maximum, one decimal; null stays null. */
    public BigDecimal percentOf(BigDecimal value) {
        if (value == null || max.signum() == 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP);
    }

    /** Column header: the label over its maximum, e.g. {@code 师德师风\n(15)}. */
    public String header() {
        return label + "\n(" + max.stripTrailingZeros().toPlainString() + ")";
    }
}
