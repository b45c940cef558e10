package com.homeroom.intake.value;

import java.util.regex.Pattern;

/**
 * Matching keys for header cells and 基本信息 labels. Clerks decorate headers with the maximum
 * (`师德师风（15分）`), required-field stars and line breaks; the key is what is left of the column name.
 */
public final class Headers {

    // Full-width （） and ［］ are already ASCII after NFKC; 【】 have no compatibility mapping.
    // An unclosed bracket at the end ("德育工作(15分") is cut off too.
    private static final Pattern BRACKETED =
            Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]|【[^【】]*】|[(\\[【][^)\\]】]*$");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]+$");

    private Headers() {
    }

    /** The key of a header cell or a contract column name; "" for null. */
    public static String key(String headerCellText) {
        if (headerCellText == null) {
            return "";
        }
        String s = CellText.removeWhitespace(CellText.nfkc(headerCellText)).replace("*", "");
        return BRACKETED.matcher(s).replaceAll("");
    }

    /** The key of a 基本信息 label, which may end in a colon (`学校代码：`). */
    public static String labelKey(String text) {
        return TRAILING_COLON.matcher(key(text)).replaceAll("");
    }
}
