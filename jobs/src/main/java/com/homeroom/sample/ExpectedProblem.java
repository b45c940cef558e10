package com.homeroom.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A problem the intake must report for the sample data, located as rejects.csv locates it.
 *
 * @param row     the Excel row number; 0 for a whole-file problem
 * @param teacher the normalised 教师编号 of the row, when there is one
 * @param note    what the deliberate problem is, for people
 */
record ExpectedProblem(String period, String file, String sheet, int row, String column, String value,
                       String severity, String code, String teacher, String note) {

    static final String HEADER = "period,file,sheet,row,column,value,severity,code,teacher_id,note";

    String csvLine() {
        return String.join(",", List.of(period, csv(file), csv(sheet), row == 0 ? "" : String.valueOf(row), csv(column),
                csv(value), severity, code, csv(teacher), csv(note)));
    }

    /** A cell value as Excel shows it: numbers without trailing zeros, dates as yyyy-mm-dd. */
    static String display(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (v instanceof CellForms.Percent p) {
            return BigDecimal.valueOf(p.fraction() * 100).stripTrailingZeros().toPlainString() + "%";
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.matches("[^,\"\\r\\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
