package com.homeroom.sample;

/**
 * A deliberate problem in one cell (or, with a null column, of the whole file) and the rule code the
 * intake is expected to report for it.
 *
 * @param severity {@code error} (row or file rejected) or {@code warning}
 */
record Flaw(String column, String code, String severity, String note) {

    static Flaw error(String column, String code, String note) {
        return new Flaw(column, code, "error", note);
    }

    static Flaw warning(String column, String code, String note) {
        return new Flaw(column, code, "warning", note);
    }

    boolean isError() {
        return severity.equals("error");
    }
}
