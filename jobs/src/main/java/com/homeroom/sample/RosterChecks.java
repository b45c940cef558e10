package com.homeroom.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roster checks after the value rules, in the contract's order: DUPLICATE_TEACHER, CLASS_TAKEN,
 * TEACHER_IN_MANY_SCHOOLS. Each maps a rejected row to its code; rows with a planted value error
 * are left to their own flaw.
 */
final class RosterChecks {

    private RosterChecks() {
    }

    static Map<DraftRow, String> withinSchool(DraftSheet roster) {
        Map<DraftRow, String> rejected = new LinkedHashMap<>();
        Map<String, DraftRow> first = new HashMap<>();
        for (DraftRow row : roster.dataRows()) {
            if (row.teacherKey == null) {
                continue;
            }
            DraftRow earlier = first.putIfAbsent(row.teacherKey, row);
            if (earlier != null && earlier.hasError()) {
                throw new IllegalStateException("a duplicate of an invalid row is ambiguous: " + row.teacherKey);
            }
            if (earlier != null && !row.hasError()) {
                rejected.put(row, "DUPLICATE_TEACHER");
            }
        }
        Map<String, List<DraftRow>> byClass = new HashMap<>();
        for (DraftRow row : roster.dataRows()) {
            if (!row.hasError() && !rejected.containsKey(row)) {
                byClass.computeIfAbsent(row.classKey, k -> new ArrayList<>()).add(row);
            }
        }
        for (DraftRow row : roster.dataRows()) {
            List<DraftRow> sharing = byClass.get(row.classKey);
            if (sharing != null && sharing.size() > 1 && sharing.contains(row)) {
                rejected.put(row, "CLASS_TAKEN");
            }
        }
        return rejected;
    }

    /** Adds TEACHER_IN_MANY_SCHOOLS to every file's map: IDs valid in the rosters of two or more files. */
    static void acrossSchools(Map<SchoolReturn, Map<DraftRow, String>> rejected) {
        Map<String, Set<SchoolReturn>> files = new HashMap<>();
        rejected.forEach((r, codes) -> {
            for (DraftRow row : r.roster.dataRows()) {
                if (!row.hasError() && !codes.containsKey(row)) {
                    files.computeIfAbsent(row.teacherKey, k -> new HashSet<>()).add(r);
                }
            }
        });
        rejected.forEach((r, codes) -> {
            for (DraftRow row : r.roster.dataRows()) {
                if (!row.hasError() && !codes.containsKey(row) && files.get(row.teacherKey).size() > 1) {
                    codes.put(row, "TEACHER_IN_MANY_SCHOOLS");
                }
            }
        });
    }
}
