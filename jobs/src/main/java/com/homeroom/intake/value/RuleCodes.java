package com.homeroom.intake.value;

/** The rule codes a value can fail with; they end up in the reject list's {@code code} column. */
public final class RuleCodes {

    public static final String BAD_NUMBER = "BAD_NUMBER";
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    public static final String NOT_INTEGER = "NOT_INTEGER";
    public static final String BAD_DATE = "BAD_DATE";
    public static final String BAD_FORMAT = "BAD_FORMAT";
    public static final String BAD_CHOICE = "BAD_CHOICE";

    private RuleCodes() {
    }
}
