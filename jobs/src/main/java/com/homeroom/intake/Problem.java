package com.homeroom.intake;

/**
 * One line of the reject list: a rejected file or row, or a warning. Row-level problems name the
 * sheet as it appears in the workbook, the row as Excel shows it and the contract's column name.
 *
 * @param sheetOrder  the sheet's place in the contract, for a stable order of the reject list
 * @param columnOrder the column's place in its sheet's contract, likewise
 */
public record Problem(String file, String schoolCode, String sheet, int sheetOrder, Integer row,
                      String column, int columnOrder, String value, Severity severity, String code,
                      String message) {

    public enum Severity {
        ERROR, WARNING;

        public String csv() {
            return name().toLowerCase();
        }
    }

    public static Problem wholeFile(String file, String schoolCode, Severity severity, String code, String message) {
        return new Problem(file, schoolCode, null, -1, null, null, -1, null, severity, code, message);
    }
}
