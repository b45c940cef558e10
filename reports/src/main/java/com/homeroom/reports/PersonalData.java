package com.homeroom.reports;

import java.util.regex.Pattern;

/**
 * Keeps phone numbers and birth dates out of every PDF. Report records have no such fields, but a
 * reject row quotes the cell it rejected, and that cell may be a 联系电话 or 出生日期.
 */
public final class PersonalData {

    private static final Pattern PERSONAL_COLUMN = Pattern.compile("(.*(电话|手机|出生|身份证).*|生日)");
    /** A mainland mobile number, wherever it appears. */
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d(?:[\\s-]?\\d){8}(?!\\d)");
    /** Any run of 4 or more digits, possibly split by separators: phones, dates, ID numbers. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s\\-/.年月]?\\d){3,}日?");
    static final String HIDDEN = "（个人信息，不显示）";
    private static final String DIGITS_HIDDEN = "＊＊＊";

    private PersonalData() {
    }

    public static boolean isPersonalColumn(String column) {
        return column != null && PERSONAL_COLUMN.matcher(column.replaceAll("\\s", "")).matches();
    }

    /** A quoted cell value as printable: hidden for personal columns, mobile numbers masked otherwise. */
    public static String value(String column, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return isPersonalColumn(column) ? HIDDEN : MOBILE.matcher(value).replaceAll(DIGITS_HIDDEN);
    }

    /** A message about a cell: mobile numbers masked; for personal columns every digit run (phones, dates). */
    public static String message(String column, String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        Pattern pattern = isPersonalColumn(column) ? DIGIT_RUN : MOBILE;
        return pattern.matcher(message).replaceAll(DIGITS_HIDDEN);
    }
}
