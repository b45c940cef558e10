package com.homeroom.intake.value;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assessment periods: a school year from 1 September to 31 August, coded {@code 2025-2026}. */
public final class Periods {

    // Clerks type whatever dash their input method gives: hyphen, en/em dash, minus, tilde, 至.
    private static final Pattern TYPED = Pattern.compile("(\\d{4})[-‐‑‒–—―−~至](\\d{4})(?:学年度?)?");
    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{4})");

    private Periods() {
    }

    /** The period code of a typed 考核周期 (`2025—2026学年`), or empty when it is not a school year. */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(CellText.removeWhitespace(CellText.nfkc(text)));
        if (!m.matches() || !consecutive(m.group(1), m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "-" + m.group(2));
    }

    /** A CLI period code: exactly {@code YYYY-YYYY}, the second year following the first. */
    public static boolean isValidCode(String code) {
        if (code == null) {
            return false;
        }
        Matcher m = CODE.matcher(code);
        return m.matches() && consecutive(m.group(1), m.group(2));
    }

    /** The period a day falls in: it turns on 1 September. */
    public static String containing(LocalDate day) {
        int first = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return first + "-" + (first + 1);
    }

    public static LocalDate start(String period) {
        return LocalDate.of(firstYear(period), 9, 1);
    }

    public static LocalDate end(String period) {
        return LocalDate.of(firstYear(period) + 1, 8, 31);
    }

    private static int firstYear(String period) {
        if (!isValidCode(period)) {
            throw new IllegalArgumentException("not a period code: " + period);
        }
        return Integer.parseInt(period.substring(0, 4));
    }

    private static boolean consecutive(String first, String second) {
        return Integer.parseInt(second) == Integer.parseInt(first) + 1;
    }
}
