package com.homeroom.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A data sheet before it is written: its name, its columns in the order the school uses, its rows.
 *
 * @see DraftRow
 */
final class DraftSheet {

    final String name;
    final List<String> columns;
    /** Columns a formula 总分 adds up; empty when the sheet has no 总分 column. */
    final List<String> summed;
    final List<DraftRow> rows = new ArrayList<>();

    DraftSheet(String name, List<String> columns, List<String> summed) {
        this.name = name;
        this.columns = columns;
        this.summed = summed;
    }

    /** The sheet name as the intake reports it. */
    String reportedName() {
        return name.strip();
    }

    DraftRow rowOf(String teacherKey) {
        return rows.stream().filter(r -> r.kind == DraftRow.Kind.DATA && teacherKey.equals(r.teacherKey))
                .findFirst().orElseThrow(() -> new IllegalStateException(name + " has no row for " + teacherKey));
    }

    List<DraftRow> dataRows() {
        return rows.stream().filter(r -> r.kind == DraftRow.Kind.DATA).toList();
    }

    /** Adds a row after the last data row (before trailing blank and template rows). */
    void append(DraftRow row) {
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind == DraftRow.Kind.DATA) {
                last = i;
            }
        }
        rows.add(last + 1, row);
    }

    void insertAfter(DraftRow anchor, DraftRow row) {
        rows.add(rows.indexOf(anchor) + 1, row);
    }

    void remove(DraftRow row) {
        rows.remove(row);
    }

    /** The next free 序号 (for rows added after the sheet was built). */
    int nextSerial() {
        return dataRows().stream().map(r -> r.cells.get("序号")).filter(Integer.class::isInstance)
                .mapToInt(Integer.class::cast).max().orElse(0) + 1;
    }
}
