package com.homeroom.publish;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * School and zone names made safe as one path segment on Linux, macOS and Windows, and still
 * readable: Chinese stays as it is; separators, reserved and invisible characters become {@code _}.
 */
public final class FileNames {

    private static final String RESERVED = "/\\:*?\"<>|";
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern UNDERSCORES = Pattern.compile("_{2,}");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /** In characters; Chinese takes three bytes in UTF-8 and most file systems allow 255 bytes. */
    private static final int MAX_LENGTH = 60;

    private FileNames() {
    }

    /** The name as a file or folder name, or the fallback when nothing readable is left. */
    public static String segment(String name, String fallback) {
        StringBuilder b = new StringBuilder();
        (name == null ? "" : name.strip()).codePoints().forEach(cp -> b.appendCodePoint(replacement(cp)));
        String s = DOTS.matcher(b.toString()).replaceAll("_");
        s = SPACES.matcher(UNDERSCORES.matcher(s).replaceAll("_")).replaceAll(" ");
        s = trim(s);
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            s = trim(s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH)));
        }
        if (s.isEmpty()) {
            return fallback;
        }
        return WINDOWS_DEVICES.contains(s.toUpperCase(Locale.ROOT)) ? s + "_" : s;
    }

    private static int replacement(int cp) {
        if (RESERVED.indexOf(cp) >= 0) {
            return '_';
        }
        return switch (Character.getType(cp)) {
            // control, bidi overrides and other invisible format characters, unpaired surrogates,
            // private use and unassigned code points: nothing a reader could see or type
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED -> '_';
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> ' ';
            default -> cp;
        };
    }

    /** No leading or trailing dot, space or underscore: hidden files, Windows and tidiness. */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && ". _".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ". _".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
