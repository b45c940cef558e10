package com.homeroom.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Replaces the random trailer {@code /ID} that OpenPDF writes with one derived from the document's
 * content: MD5 (the hash the PDF specification suggests for IDs) of every byte outside the ID itself.
 * The new ID has the same length, so cross-reference offsets stay valid.
 */
final class PdfDocumentId {

    private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
    private static final int HEX_LENGTH = 32;

    private PdfDocumentId() {
    }

    static byte[] stamp(byte[] pdf) {
        int start = lastIndexOf(pdf, MARKER);
        if (start < 0) {
            throw new IllegalStateException("PDF has no trailer /ID");
        }
        int first = start + MARKER.length;
        int second = first + HEX_LENGTH + 2; // "><"
        if (pdf[first + HEX_LENGTH] != '>' || pdf[second - 1] != '<') {
            throw new IllegalStateException("unexpected trailer /ID layout");
        }
        MessageDigest md5 = md5();
        md5.update(pdf, 0, first);
        md5.update(pdf, second + HEX_LENGTH, pdf.length - second - HEX_LENGTH);
        byte[] id = HexFormat.of().formatHex(md5.digest()).getBytes(StandardCharsets.ISO_8859_1);
        byte[] stamped = pdf.clone();
        System.arraycopy(id, 0, stamped, first, HEX_LENGTH);
        System.arraycopy(id, 0, stamped, second, HEX_LENGTH);
        return stamped;
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = data.length - pattern.length; i >= 0; i--) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
