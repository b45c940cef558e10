package com.homeroom.intake;

import com.homeroom.intake.value.Headers;

import java.util.ArrayList;
import java.util.List;

/**
 * What the contract says of one data sheet: its name and aliases, its columns in contract order.
 *
 * @param order the sheet's place in the contract (基本信息 0, 名册 1, …), for a stable reject order
 */
public record SheetSpec(String name, List<String> aliases, int order, List<Column> columns) {

    public record Column(String name, boolean required) {
    }

    public static Column required(String name) {
        return new Column(name, true);
    }

    public static Column optional(String name) {
        return new Column(name, false);
    }

    public List<String> requiredColumns() {
        List<String> names = new ArrayList<>();
        for (Column c : columns) {
            if (c.required()) {
                names.add(c.name());
            }
        }
        return names;
    }

    public int columnOrder(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return columns.size();
    }

    /** The workbook's sheet for this spec: by trimmed name first, then by alias. */
    public String findIn(List<String> sheetNames) {
        for (String candidate : nameThenAliases()) {
            for (String sheet : sheetNames) {
                if (Headers.key(sheet).equals(Headers.key(candidate))) {
                    return sheet;
                }
            }
        }
        return null;
    }

    private List<String> nameThenAliases() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
