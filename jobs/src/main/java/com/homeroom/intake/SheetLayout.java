package com.homeroom.intake;

import com.homeroom.intake.value.CellText;
import com.homeroom.intake.value.Headers;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A data sheet whose header row was found: where each contract column sits, and the data rows
 * below the header (blank rows skipped, nothing read below a 填表说明 / 说明 marker).
 */
public final class SheetLayout {

    static final int HEADER_SEARCH_ROWS = 10;

    private final SheetSpec spec;
    private final String sheetName;
    private final Map<String, Integer> columnIndex;
    private final Iterator<SheetRow> rest;

    private SheetLayout(SheetSpec spec, String sheetName, Map<String, Integer> columnIndex, Iterator<SheetRow> rest) {
        this.spec = spec;
        this.sheetName = sheetName.strip();
        this.columnIndex = columnIndex;
        this.rest = rest;
    }

    /** Finds the header in the first ten rows, or null when no row holds every required column. */
    public static SheetLayout locate(SheetSpec spec, String sheetName, Iterable<SheetRow> rows) {
        Iterator<SheetRow> it = rows.iterator();
        while (it.hasNext()) {
            SheetRow row = it.next();
            if (row.rowNumber() > HEADER_SEARCH_ROWS) {
                return null;
            }
            Map<String, Integer> found = match(spec, row);
            if (found.keySet().containsAll(spec.requiredColumns())) {
                return new SheetLayout(spec, sheetName, found, it);
            }
        }
        return null;
    }

    private static Map<String, Integer> match(SheetSpec spec, SheetRow row) {
        Map<String, String> byKey = new HashMap<>();
        for (SheetSpec.Column column : spec.columns()) {
            byKey.put(Headers.key(column.name()), column.name());
        }
        Map<String, Integer> found = new HashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String text = CellText.normalized(row.cell(c));
            String column = text == null ? null : byKey.get(Headers.key(text));
            if (column != null) {
                found.putIfAbsent(column, c);
            }
        }
        return found;
    }

    public SheetSpec spec() {
        return spec;
    }

    /** The sheet name as it appears in the workbook, trimmed (how the reject list names it). */
    public String sheetName() {
        return sheetName;
    }

    public boolean has(String column) {
        return columnIndex.containsKey(column);
    }

    public RawCell cell(SheetRow row, String column) {
        Integer index = columnIndex.get(column);
        return index == null ? RawCell.BLANK : row.cell(index);
    }

    /** Data rows: blank rows (every contract column other than 序号 empty) are skipped, not counted. */
    public Iterable<SheetRow> dataRows() {
        return () -> new Iterator<>() {
            private SheetRow next = advance();

            private SheetRow advance() {
                while (rest.hasNext()) {
                    SheetRow row = rest.next();
                    if (isNoteMarker(row)) {
                        while (rest.hasNext()) {
                            rest.next();
                        }
                        return null;
                    }
                    if (!isBlank(row)) {
                        return row;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public SheetRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                SheetRow current = next;
                next = advance();
                return current;
            }
        };
    }

    private static boolean isNoteMarker(SheetRow row) {
        String first = CellText.normalized(row.cell(0));
        return first != null && (first.startsWith("填表说明") || first.startsWith("说明"));
    }

    private boolean isBlank(SheetRow row) {
        for (Map.Entry<String, Integer> e : columnIndex.entrySet()) {
            if (!"序号".equals(e.getKey()) && !CellText.isEmpty(row.cell(e.getValue()))) {
                return false;
            }
        }
        return true;
    }
}
