package com.homeroom.intake;

import java.time.LocalDate;

/**
 * One cell as the workbook holds it, before any contract rule: the reader's only output, so that
 * every normalisation and rule works the same for .xlsx, .xls and .csv.
 *
 * @param kind          what the cell holds
 * @param text          the text of a TEXT cell exactly as typed (not trimmed); null otherwise
 * @param number        the value of a NUMBER cell (a formula's cached number too); 0 otherwise
 * @param date          the day of a DATE cell (a number cell with a date format); null otherwise
 * @param percentFormat true when a NUMBER cell carries a percent format (0.85 shown as 85%)
 */
public record RawCell(Kind kind, String text, double number, LocalDate date, boolean percentFormat) {

    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static final RawCell BLANK = new RawCell(Kind.BLANK, null, 0, null, false);

    public static RawCell text(String text) {
        return text == null ? BLANK : new RawCell(Kind.TEXT, text, 0, null, false);
    }

    public static RawCell number(double number) {
        return new RawCell(Kind.NUMBER, null, number, null, false);
    }

    public static RawCell percent(double number) {
        return new RawCell(Kind.NUMBER, null, number, null, true);
    }

    public static RawCell date(LocalDate date) {
        return new RawCell(Kind.DATE, null, 0, date, false);
    }

    public static RawCell bool(boolean value) {
        return new RawCell(Kind.BOOLEAN, Boolean.toString(value).toUpperCase(), 0, null, false);
    }

    public static RawCell error(String code) {
        return new RawCell(Kind.ERROR, code, 0, null, false);
    }
}
