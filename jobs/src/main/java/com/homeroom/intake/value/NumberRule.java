package com.homeroom.intake.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one numeric column is read. The contract checks the range on the rounded value, so the
 * scale belongs to the rule rather than to the caller.
 *
 * @param scale       decimals kept, rounding half-up; integer rules always give scale 0
 * @param min         inclusive lower bound
 * @param max         inclusive upper bound
 * @param integer     a non-zero fraction is {@code NOT_INTEGER} rather than rounded away
 * @param rangeReason reason when the value is outside the range
 */
public record NumberRule(int scale, BigDecimal min, BigDecimal max, boolean integer, String rangeReason) {

    private static final String OVER_MAX = "超出满分";

    public NumberRule {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(rangeReason, "rangeReason");
        if (min.compareTo(max) > 0 || scale < 0) {
            throw new IllegalArgumentException("bad number rule " + min + ".." + max + " scale " + scale);
        }
    }

    /** A dimension score: 0..max, one decimal. */
    public static NumberRule score(BigDecimal max) {
        return new NumberRule(1, BigDecimal.ZERO, max, false, OVER_MAX + plain(max));
    }

    public static NumberRule range(int scale, BigDecimal min, BigDecimal max) {
        return new NumberRule(scale, min, max, false, "应为" + plain(min) + "至" + plain(max) + "之间的数字");
    }

    public static NumberRule integerRange(BigDecimal min, BigDecimal max) {
        return new NumberRule(0, min, max, true, "应为" + plain(min) + "至" + plain(max) + "之间的整数");
    }

    /** Reason for a (rounded) value outside the range, or null when it is inside. */
    String violation(BigDecimal value) {
        if (value.compareTo(max) > 0) {
            return rangeReason;
        }
        if (value.compareTo(min) < 0) {
            // "超出满分15" would be nonsense for -1, so a score is told it cannot be negative.
            boolean score = min.signum() == 0 && rangeReason.equals(OVER_MAX + plain(max));
            return score && value.signum() < 0 ? "不能为负数" : rangeReason;
        }
        return null;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
