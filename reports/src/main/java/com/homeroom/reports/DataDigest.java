package com.homeroom.reports;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of exactly what a document is made from: its record (the header without the run's
 * input fingerprint), how it is rendered (the build) and, for an encrypted one, its password. Two
 * documents with the same digest are the same file, so a re-run may keep the one it has.
 *
 * <p>The canonical form is written out here rather than taken from the records' {@code toString()}:
 * that would print {@code ["a, b"]} and {@code ["a", "b"]} alike. Every string is length-prefixed,
 * every value tagged with its type, and a type without a canonical form fails instead of being
 * skipped, so nothing a record holds can change without changing the digest.
 */
public final class DataDigest {

    /** A record class's components, looked up once: getRecordComponents() builds them anew each call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private DataDigest() {
    }

    /**
     * @param renderIdentity what else decides the bytes: the build of templates and renderer
     * @param passwords      the PDF's passwords, or null when it is not encrypted
     */
    public static String of(ReportData data, String renderIdentity, PdfPasswords passwords) {
        return of(renderIdentity, data, passwords == null ? null : List.of(sha256(passwords.user()), sha256(passwords.owner())));
    }

    /** The digest of any values made of records, lists, strings, numbers, booleans and dates. */
    public static String of(String renderIdentity, Object... parts) {
        Canonical canonical = new Canonical();
        append(canonical, renderIdentity);
        for (Object part : parts) {
            append(canonical, part);
        }
        return canonical.hex();
    }

    /**
     * The canonical form as it is written, hashed 64 K characters at a time: a school with tens of
     * thousands of rejected rows has a form of tens of megabytes, which held whole as one string
     * (and again as its UTF-8 bytes) ran a 512 MB heap out of memory.
     */
    private static final class Canonical {

        private static final int DRAIN_AT = 1 << 16;

        private final StringBuilder text = new StringBuilder();
        private final MessageDigest digest = sha256();

        /**
         * Hashes what is written so far, but a trailing high surrogate whose pair may still come:
         * the bytes hashed are those of the whole form encoded at once.
         */
        void drainIfLarge() {
            int end = text.length();
            if (end < DRAIN_AT) {
                return;
            }
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            digest.update(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
            text.delete(0, end);
        }

        String hex() {
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static void append(Canonical c, Object value) {
        StringBuilder out = c.text;
        if (value == null) {
            out.append("N;");
        } else if (value instanceof String text) {
            out.append('S').append(text.length()).append(':').append(text).append(';');
        } else if (value instanceof BigDecimal number) {
            out.append('D').append(number.toString()).append(';'); // scale included: 90.0 prints unlike 90
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append('I').append(value).append(';');
        } else if (value instanceof Boolean flag) {
            out.append('B').append(flag ? '1' : '0').append(';');
        } else if (value instanceof LocalDate date) {
            out.append('T').append(date).append(';');
        } else if (value instanceof List<?> list) {
            out.append('L').append(list.size()).append('[');
            for (Object item : list) {
                append(c, item);
                c.drainIfLarge();
            }
            out.append(']');
        } else if (value instanceof ReportHeader header) {
            // the input fingerprint covers every school's files: left out, it is what the digest replaces
            out.append("H[");
            append(c, header.period());
            append(c, header.issuingBody());
            append(c, header.generatedOn());
            append(c, header.schemeHash());
            out.append(']');
        } else if (value instanceof Record record) {
            appendRecord(c, record);
        } else {
            throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
        }
    }

    private static void appendRecord(Canonical c, Record record) {
        StringBuilder out = c.text;
        out.append('R').append(record.getClass().getName()).append('{');
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            out.append(component.getName()).append('=');
            try {
                append(c, component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
            }
        }
        out.append('}');
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
