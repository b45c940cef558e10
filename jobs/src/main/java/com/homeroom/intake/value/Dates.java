package com.homeroom.intake.value;

import static com.homeroom.intake.value.RuleCodes.BAD_DATE;

import com.homeroom.intake.RawCell;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 出生日期, 发生日期 and 填报日期. */
public final class Dates {

    // One separator throughout: "2001-9/1" is more likely a typo than a date.
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final String REASON = "不是有效的日期";

    private Dates() {
    }

    /**
     * A plain number is refused rather than read as an Excel serial day: 45000 could as well be a
     * mistyped year or ID, and a wrong date is worse than a warning.
     */
    public static Parsed<LocalDate> parse(RawCell c) {
        if (CellText.isEmpty(c)) {
            return Parsed.empty();
        }
        if (c.kind() == RawCell.Kind.DATE) {
            return Parsed.ok(c.date());
        }
        if (c.kind() != RawCell.Kind.TEXT) {
            return Parsed.invalid(BAD_DATE, REASON);
        }
        String s = CellText.removeWhitespace(CellText.normalized(c));
        Matcher m = SEPARATED.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        return Parsed.invalid(BAD_DATE, REASON);
    }

    private static Parsed<LocalDate> of(String year, String month, String day) {
        try {
            return Parsed.ok(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Parsed.invalid(BAD_DATE, REASON);
        }
    }
}
