package com.homeroom.intake;

import com.homeroom.intake.value.CellText;
import com.homeroom.intake.value.Dates;
import com.homeroom.intake.value.Headers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The label/value sheet 基本信息: labels in column A, values in column B, any row order. */
record BasicInfo(String sheet, Map<String, Entry> entries) {

    record Entry(int row, RawCell value) {
    }

    static BasicInfo read(String sheet, Iterable<SheetRow> rows) {
        Map<String, Entry> entries = new HashMap<>();
        for (SheetRow row : rows) {
            String label = CellText.normalized(row.cell(0));
            if (label != null) {
                entries.putIfAbsent(Headers.labelKey(label), new Entry(row.rowNumber(), row.cell(1)));
            }
        }
        return new BasicInfo(sheet, entries);
    }

    String text(String label) {
        Entry e = entries.get(label);
        return e == null ? null : CellText.normalized(e.value());
    }

    LocalDate date(String label) {
        Entry e = entries.get(label);
        return e == null ? null : Dates.parse(e.value()).value();
    }
}
