package com.homeroom.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Part names in a workbook's zip, from a relationship's target: relative to the folder of the part
 * that holds the relationship, or absolute from the zip's root ({@code /xl/styles.xml}), with
 * {@code %XX} escapes decoded and {@code .} and {@code ..} worked out. A target that climbs above
 * the root names no part.
 */
final class PartNames {

    private PartNames() {
    }

    /** @param folder the source part's folder, "" or ending in '/'; returns null for a target outside the zip */
    static String resolve(String folder, String target) {
        String path = decoded(target.strip());
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        String joined = path.startsWith("/") ? path.substring(1) : folder + path;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : joined.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    private static String decoded(String target) {
        if (target.indexOf('%') < 0) {
            return target;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            int high = i + 2 < target.length() ? Character.digit(target.charAt(i + 1), 16) : -1;
            int low = i + 2 < target.length() ? Character.digit(target.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                int codePoint = target.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
