package com.homeroom.sample;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An assessment period (学年) 1 Sep … 31 Aug, e.g. {@code 2025-2026}. */
record Period(int startYear) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{4})");

    static Period of(String code) {
        Matcher m = CODE.matcher(code.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new IllegalArgumentException("a period looks like 2025-2026, not " + code);
        }
        return new Period(Integer.parseInt(m.group(1)));
    }

    String code() {
        return startYear + "-" + (startYear + 1);
    }

    String label() {
        return code() + "学年";
    }

    Period next() {
        return new Period(startYear + 1);
    }

    Period previous() {
        return new Period(startYear - 1);
    }

    /** The date with this month and day inside the period (September … December fall in the first year). */
    LocalDate on(int month, int day) {
        return LocalDate.of(month >= 9 ? startYear : startYear + 1, month, day);
    }

    LocalDate start() {
        return on(9, 1);
    }
}
