package com.homeroom.intake;

import com.homeroom.intake.value.CellText;
import com.homeroom.intake.value.Parsed;

import java.util.List;
import java.util.function.Function;

/**
 * Applies the value rules to one data row: each failing cell becomes one problem naming the row
 * as Excel shows it and the contract's column; a failing required cell rejects the row.
 */
public final class RowCheck {

    private final String file;
    private final String schoolCode;
    private final SheetLayout layout;
    private final SheetRow row;
    private final List<Problem> problems;
    private boolean ok = true;

    public RowCheck(String file, String schoolCode, SheetLayout layout, SheetRow row, List<Problem> problems) {
        this.file = file;
        this.schoolCode = schoolCode;
        this.layout = layout;
        this.row = row;
        this.problems = problems;
    }

    public int rowNumber() {
        return row.rowNumber();
    }

    public String sheet() {
        return layout.sheetName();
    }

    public boolean ok() {
        return ok;
    }

    public RawCell cell(String column) {
        return layout.cell(row, column);
    }

    /** A required value: empty or invalid rejects the row. */
    public <T> T required(String column, Function<RawCell, Parsed<T>> rule) {
        RawCell cell = cell(column);
        Parsed<T> parsed = rule.apply(cell);
        if (parsed instanceof Parsed.Empty<T>) {
            reject(column, cell, "MISSING_VALUE", prefix(column) + "未填写");
            return null;
        }
        if (parsed instanceof Parsed.Invalid<T> invalid) {
            reject(column, cell, invalid.code(), prefix(column) + "为" + CellText.quoted(cell) + "，" + invalid.reason());
            return null;
        }
        return parsed.value();
    }

    /** An optional value: empty gives null; invalid gives a warning and the value is dropped. */
    public <T> T optional(String column, Function<RawCell, Parsed<T>> rule, String whenDropped) {
        RawCell cell = cell(column);
        Parsed<T> parsed = rule.apply(cell);
        if (parsed instanceof Parsed.Invalid<T> invalid) {
            warn(column, cell, "INVALID_OPTIONAL",
                    prefix(column) + "为" + CellText.quoted(cell) + "，" + invalid.reason() + "，" + whenDropped);
            return null;
        }
        return parsed.value();
    }

    /** Rejects the row for a rule that spans cells (e.g. 学段 against the school type). */
    public void reject(String column, String code, String message) {
        reject(column, cell(column), code, message);
    }

    public void warn(String column, String code, String message) {
        warn(column, cell(column), code, message);
    }

    public String prefix(String column) {
        return "第" + row.rowNumber() + "行「" + column + "」";
    }

    private void reject(String column, RawCell cell, String code, String message) {
        ok = false;
        problems.add(problem(column, cell, Problem.Severity.ERROR, code, message));
    }

    private void warn(String column, RawCell cell, String code, String message) {
        problems.add(problem(column, cell, Problem.Severity.WARNING, code, message));
    }

    private Problem problem(String column, RawCell cell, Problem.Severity severity, String code, String message) {
        return new Problem(file, schoolCode, layout.sheetName(), layout.spec().order(), row.rowNumber(),
                column, layout.spec().columnOrder(column), CellText.display(cell), severity, code, message);
    }
}
