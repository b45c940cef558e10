package com.homeroom.sample;

import com.homeroom.sample.Layout.Quirk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How one school writes values into cells. Cell values are String (typed text), Integer, Long,
 * Double, LocalDate (a date cell) or {@link Percent} (a percent-formatted number); null is an empty cell.
 */
final class CellForms {

    /** A number in a cell formatted as a percentage (Excel shows 0.85 as 85%). */
    record Percent(double fraction) {
    }

    private static final String CHINESE_NUMBERS = "零一二三四五六七八九十";
    private static final String[] GRADE_WORDS = {"", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
            "七年级", "八年级", "九年级", "高一", "高二", "高三"};

    private final Layout layout;
    private final SplittableRandom rnd;

    CellForms(Layout layout, SplittableRandom rnd) {
        this.layout = layout;
        this.rnd = rnd;
    }

    Object id(String id) {
        return switch (layout.ids()) {
            case UPPER -> id;
            case LOWER -> id.toLowerCase(Locale.ROOT);
            case FULLWIDTH -> fullWidth(id);
        };
    }

    Object name(String name) {
        if (!layout.has(Quirk.SPACED_NAMES) || rnd.nextDouble() > 0.35) {
            return name;
        }
        return switch (rnd.nextInt(3)) {
            case 0 -> name.charAt(0) + " " + name.substring(1);
            case 1 -> name.charAt(0) + "\u3000" + name.substring(1);
            default -> name + " ";
        };
    }

    Object grade(Post p) {
        int g = p.grade();
        return switch (layout.grades()) {
            case WORDS -> GRADE_WORDS[g];
            case JUNIOR_CHU -> p.stage() == Stage.JUNIOR && g >= 7 && g <= 9
                    ? "初" + CHINESE_NUMBERS.charAt(g - 6) : GRADE_WORDS[g];
            case DIGIT -> (Object) g;
            case DIGIT_NIAN -> g <= 9 ? g + "年级" : GRADE_WORDS[g];
        };
    }

    Object classNo(int c) {
        return switch (layout.classes()) {
            case NUMBER -> (Object) c;
            case BAN -> c + "班";
            case PAREN -> "(" + c + ")班";
            case FULLWIDTH_PAREN -> "（" + fullWidth(String.valueOf(c)) + "）班";
            case CHINESE -> c <= 10 ? CHINESE_NUMBERS.charAt(c) + "班" : c + "班";
        };
    }

    /** A score or an hour count; hand-typed sheets hold some as text, with a unit, or in full-width digits. */
    Object number(BigDecimal value, String unit) {
        double d = value.doubleValue();
        if (!layout.has(Quirk.HAND_TYPED)) {
            return d;
        }
        String text = value.stripTrailingZeros().toPlainString();
        double u = rnd.nextDouble();
        return u < 0.55 ? d : u < 0.75 ? text : u < 0.9 ? text + unit : fullWidth(text);
    }

    Object count(int value, String unit) {
        return number(BigDecimal.valueOf(value), unit);
    }

    Object date(LocalDate d) {
        return switch (layout.dates()) {
            case EXCEL -> d;
            case TEXT_ISO -> d.toString();
            case TEXT_DOT -> d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth();
            case TEXT_SLASH -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case TEXT_CN -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        };
    }

    Object rate(int percent) {
        return switch (layout.rates()) {
            // 1.0 would read as 1%, so a clerk writing fractions writes a full archive as 100
            case FRACTION -> percent == 100 ? (Object) 100 : percent / 100.0;
            case PERCENT_NUMBER -> percent;
            case PERCENT_TEXT -> percent + "%";
            case PERCENT_FORMAT -> new Percent(percent / 100.0);
        };
    }

    Object phone(String phone) {
        return layout.has(Quirk.NUMERIC_PHONES) && rnd.nextDouble() < 0.8 ? (Object) Long.parseLong(phone) : phone;
    }

    /** 骨干 / 骨干班主任 and so on; a blank tier is sometimes written out as 普通. */
    Object tier(String tier, boolean longForm) {
        if (tier.isEmpty()) {
            return longForm ? "普通" : null;
        }
        return longForm ? tier + "班主任" : tier;
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
