package com.homeroom.intake.value;

import com.homeroom.intake.RawCell;
import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * The two textual views of a cell: the normalised text every rule matches against, and the value as
 * the clerk typed it, which is what messages and the reject list must show back to them.
 */
public final class CellText {

    static final int QUOTED_LENGTH = 50;

    private CellText() {
    }

    /**
     * Text for rules: NFKC (full-width to half-width), stripped; null when the cell is empty.
     * Numbers read as their shortest plain decimal so that an ID or phone typed as a number keeps its
     * digits.
     */
    public static String normalized(RawCell c) {
        if (c == null) {
            return null;
        }
        String s = switch (c.kind()) {
            case BLANK -> null;
            case TEXT, BOOLEAN, ERROR -> c.text() == null ? null : strip(nfkc(c.text()));
            case NUMBER -> plainNumber(c.number());
            case DATE -> c.date() == null ? null : c.date().toString();
        };
        return s == null || s.isEmpty() ? null : s;
    }

    /** The value as typed (only outer white space removed, no NFKC); "" for an empty cell. */
    public static String display(RawCell c) {
        if (c == null) {
            return "";
        }
        return switch (c.kind()) {
            case BLANK -> "";
            case TEXT, BOOLEAN, ERROR -> c.text() == null ? "" : strip(c.text());
            case NUMBER -> plainNumber(c.number());
            case DATE -> c.date() == null ? "" : c.date().toString();
        };
    }

    /**
     * The value as typed, for quoting in a message: a long one is cut after {@link #QUOTED_LENGTH}
     * characters with its length said, so that the message stays readable and fits a spreadsheet
     * cell (the reject list's value column keeps the value whole).
     */
    public static String quoted(RawCell c) {
        String s = display(c);
        int length = s.codePointCount(0, s.length());
        return length <= QUOTED_LENGTH ? s : s.substring(0, s.offsetByCodePoints(0, QUOTED_LENGTH)) + "…（共" + length + "字）";
    }

    public static boolean isEmpty(RawCell c) {
        return normalized(c) == null;
    }

    /** Normalised text with every white space removed: the key enumerations and names match on. */
    static String compact(RawCell c) {
        String s = normalized(c);
        return s == null ? null : removeWhitespace(s);
    }

    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /**
     * Like {@link String#strip()}, but also drops no-break, zero-width spaces and BOMs, which arrive
     * with text pasted from web pages and CSV files and are invisible to the clerk.
     */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    static String removeWhitespace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isSpace(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF;
    }

    /** Shortest decimal that prints as the same double, never in exponent form: 1.38E10 is a phone. */
    static String plainNumber(double d) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
