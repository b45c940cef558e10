package com.homeroom.intake.value;

import static com.homeroom.intake.value.RuleCodes.BAD_FORMAT;

import com.homeroom.intake.RawCell;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IDs, names and phone numbers. IDs are normalised the same way in every sheet so that the roster,
 * score and activity rows of one teacher meet on the same key.
 */
public final class Identifiers {

    private static final Pattern TEACHER_ID = Pattern.compile("[A-Z0-9-]{4,20}");
    private static final Pattern SCHOOL_CODE = Pattern.compile("[A-Z0-9-]{2,20}");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final int NAME_MAX = 20;

    private Identifiers() {
    }

    public static Parsed<String> teacherId(RawCell c) {
        return code(c, TEACHER_ID, "应为4至20位字母、数字或连字符");
    }

    public static Parsed<String> schoolCode(RawCell c) {
        return code(c, SCHOOL_CODE, "应为2至20位字母、数字或连字符");
    }

    /** For the 基本信息 value and CSV registries, which arrive as plain text. */
    public static Parsed<String> schoolCode(String rawText) {
        return schoolCode(RawCell.text(rawText));
    }

    public static Parsed<String> personName(RawCell c) {
        if (!isTextOrNumber(c)) {
            return CellText.isEmpty(c) ? Parsed.empty() : Parsed.invalid(BAD_FORMAT, "不是有效的姓名");
        }
        String name = CellText.compact(c);
        if (name == null) {
            return Parsed.empty();
        }
        if (name.codePointCount(0, name.length()) > NAME_MAX) {
            return Parsed.invalid(BAD_FORMAT, "超过" + NAME_MAX + "个字");
        }
        return Parsed.ok(name);
    }

    public static Parsed<String> phone(RawCell c) {
        String s = CellText.normalized(c);
        if (s == null) {
            return Parsed.empty();
        }
        if (isTextOrNumber(c) && PHONE.matcher(s).matches()) {
            return Parsed.ok(s);
        }
        return Parsed.invalid(BAD_FORMAT, "不是有效的手机号或固定电话");
    }

    private static Parsed<String> code(RawCell c, Pattern pattern, String reason) {
        String s = CellText.normalized(c);
        if (s == null) {
            return Parsed.empty();
        }
        // A date or TRUE cell would otherwise pass the pattern ("2001-09-01", "TRUE") by accident.
        if (!isTextOrNumber(c)) {
            return Parsed.invalid(BAD_FORMAT, reason);
        }
        String upper = s.toUpperCase(Locale.ROOT);
        return pattern.matcher(upper).matches() ? Parsed.ok(upper) : Parsed.invalid(BAD_FORMAT, reason);
    }

    private static boolean isTextOrNumber(RawCell c) {
        return c != null && (c.kind() == RawCell.Kind.TEXT || c.kind() == RawCell.Kind.NUMBER);
    }
}
