package com.homeroom.intake.value;

import static com.homeroom.intake.value.RuleCodes.BAD_NUMBER;
import static com.homeroom.intake.value.RuleCodes.NOT_INTEGER;
import static com.homeroom.intake.value.RuleCodes.OUT_OF_RANGE;

import com.homeroom.intake.RawCell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scores, years, hours, counts and the 成长档案建档率 percentage. */
public final class Numbers {

    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(分|年|次|学时|小时|人|%)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final NumberRule PERCENT = new NumberRule(1, BigDecimal.ZERO, HUNDRED, false, "应为0至100之间");
    private static final String NOT_A_NUMBER = "不是有效的数字";

    private Numbers() {
    }

    public static Parsed<BigDecimal> parse(RawCell c, NumberRule rule) {
        Reading r = read(c);
        return r.failure != null ? r.failure : apply(r.value, rule);
    }

    /**
     * 0..100, one decimal. A percent format or a typed % is already a percentage; otherwise a value
     * below 1 can only be meant as a fraction, since no class files under 1% on purpose.
     */
    public static Parsed<BigDecimal> percentage(RawCell c) {
        Reading r = read(c);
        if (r.failure != null) {
            return r.failure;
        }
        boolean percentFormat = c.kind() == RawCell.Kind.NUMBER && c.percentFormat();
        boolean fraction = percentFormat || (!r.percentSign && r.value.compareTo(BigDecimal.ONE) < 0);
        return apply(fraction ? r.value.multiply(HUNDRED) : r.value, PERCENT);
    }

    private static Parsed<BigDecimal> apply(BigDecimal v, NumberRule rule) {
        BigDecimal rounded;
        if (rule.integer()) {
            if (v.stripTrailingZeros().scale() > 0) {
                return Parsed.invalid(NOT_INTEGER, "应为整数");
            }
            rounded = v.setScale(0, RoundingMode.UNNECESSARY);
        } else {
            rounded = v.setScale(rule.scale(), RoundingMode.HALF_UP);
        }
        String violation = rule.violation(rounded);
        return violation == null ? Parsed.ok(rounded) : Parsed.invalid(OUT_OF_RANGE, violation);
    }

    /** The unscaled number of a cell, or the outcome that stands instead of one. */
    private static Reading read(RawCell c) {
        if (CellText.isEmpty(c)) {
            return Reading.failed(Parsed.empty());
        }
        return switch (c.kind()) {
            case NUMBER -> Double.isFinite(c.number())
                    ? new Reading(BigDecimal.valueOf(c.number()), false, null)
                    : Reading.failed(Parsed.invalid(BAD_NUMBER, NOT_A_NUMBER));
            case TEXT -> readText(CellText.normalized(c));
            default -> Reading.failed(Parsed.invalid(BAD_NUMBER, NOT_A_NUMBER));
        };
    }

    private static Reading readText(String s) {
        Matcher m = NUMBER_WITH_UNIT.matcher(s);
        if (!m.matches()) {
            return Reading.failed(Parsed.invalid(BAD_NUMBER, NOT_A_NUMBER));
        }
        return new Reading(new BigDecimal(m.group(1)), "%".equals(m.group(2)), null);
    }

    private record Reading(BigDecimal value, boolean percentSign, Parsed<BigDecimal> failure) {
        static Reading failed(Parsed<BigDecimal> failure) {
            return new Reading(null, false, failure);
        }
    }
}
