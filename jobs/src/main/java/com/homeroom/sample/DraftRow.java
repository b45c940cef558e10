package com.homeroom.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a data sheet as the school will have typed it: cell values by contract column (see
 * {@link CellForms} for the value types), the normalised teacher ID and class key the intake will
 * compute, and the deliberate problems of the row. The writer records its Excel row number.
 */
final class DraftRow {

    enum Kind {
        DATA,
        /** An empty row, or one holding only white space. */
        BLANK,
        /** A row of the school's template left unfilled: only 序号 and a formula 总分. */
        TEMPLATE
    }

    final Kind kind;
    final Map<String, Object> cells = new LinkedHashMap<>();
    final List<Flaw> flaws = new ArrayList<>();
    /** The 教师编号 as the intake normalises it; null when it cannot be read. */
    String teacherKey;
    /** The normalised (学段, 年级, 班级); null when the row holds no valid class. */
    String classKey;
    int excelRow;

    DraftRow(Kind kind) {
        this.kind = kind;
    }

    static DraftRow data(String teacherKey) {
        DraftRow row = new DraftRow(Kind.DATA);
        row.teacherKey = teacherKey;
        return row;
    }

    DraftRow put(String column, Object value) {
        cells.put(column, value);
        return this;
    }

    DraftRow flag(Flaw flaw) {
        flaws.add(flaw);
        return this;
    }

    boolean hasError() {
        return flaws.stream().anyMatch(Flaw::isError);
    }

    /** A copy-pasted row: the same cells and keys, no flaws of its own. */
    DraftRow copy() {
        DraftRow row = new DraftRow(kind);
        row.cells.putAll(cells);
        row.teacherKey = teacherKey;
        row.classKey = classKey;
        return row;
    }
}
