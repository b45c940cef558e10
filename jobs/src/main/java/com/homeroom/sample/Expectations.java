package com.homeroom.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every problem the intake must report for one period's written files: the planted flaws plus
 * what follows from them by the input contract's rules (a rejected roster row makes the teacher's
 * score row NOT_IN_ROSTER, a rejected score row leaves the teacher MISSING_SCORE, …). It covers
 * only the situations the sample plants and refuses ambiguous combinations.
 */
final class Expectations {

    private static final Map<String, Integer> SHEET_ORDER = Map.of("基本信息", 0, "班主任名册", 1, "名册", 1,
            "考核评分", 2, "评分", 2, "工作记录", 3, "工作量", 3, "安全事故", 4, "事故", 4);

    private final String period;
    private final List<ExpectedProblem> problems = new ArrayList<>();

    private Expectations(String period) {
        this.period = period;
    }

    /** Call after the files were written: row numbers come from the writer. */
    static List<ExpectedProblem> of(Submissions subs) {
        Expectations e = new Expectations(subs.data.period.code());
        List<SchoolReturn> accepted = e.wholeFiles(subs.returns);
        Map<SchoolReturn, Map<DraftRow, String>> rejected = new LinkedHashMap<>();
        accepted.forEach(r -> rejected.put(r, RosterChecks.withinSchool(r.roster)));
        RosterChecks.acrossSchools(rejected);
        for (SchoolReturn r : accepted) {
            e.file(r, rejected.get(r));
        }
        e.problems.sort(Comparator.comparing(ExpectedProblem::file)
                .thenComparing(p -> SHEET_ORDER.getOrDefault(p.sheet(), -1))
                .thenComparingInt(ExpectedProblem::row));
        return e.problems;
    }

    /** Whole-file failures and SUPERSEDED; returns the files that are read row by row. */
    private List<SchoolReturn> wholeFiles(List<SchoolReturn> returns) {
        Map<String, SchoolReturn> latest = new HashMap<>();
        for (SchoolReturn r : returns) {
            if (r.fileFlaw != null) {
                add(r, "", 0, "", "", r.fileFlaw.severity(), r.fileFlaw.code(), "", r.fileFlaw.note());
                continue;
            }
            SchoolReturn other = latest.get(r.school.code());
            if (other != null && other.filed.equals(r.filed)) {
                throw new IllegalStateException("two files of " + r.school.name() + " filed the same day");
            }
            if (other == null || r.filed.isAfter(other.filed)) {
                latest.put(r.school.code(), r);
            }
        }
        List<SchoolReturn> accepted = new ArrayList<>();
        for (SchoolReturn r : returns) {
            if (r.fileFlaw == null && latest.get(r.school.code()) == r) {
                accepted.add(r);
            } else if (r.fileFlaw == null) {
                add(r, "", 0, "", "", "warning", "SUPERSEDED", "", "填报日期" + r.filed + "，被同校填报日期更晚的文件取代");
            }
        }
        return accepted;
    }

    private void file(SchoolReturn r, Map<DraftRow, String> rosterRejects) {
        r.basicFlaws.forEach((label, f) -> add(r, "基本信息", r.basicRows.get(label), label,
                ExpectedProblem.display(r.basic.get(label)), f.severity(), f.code(), "", f.note()));
        Map<String, DraftRow> roster = new LinkedHashMap<>();
        for (DraftRow row : r.roster.dataRows()) {
            String derived = rosterRejects.get(row);
            if (row.hasError() || derived == null) {
                flaws(r, r.roster, row);
            }
            if (derived != null && !row.hasError()) {
                if (!row.flaws.isEmpty()) {
                    throw new IllegalStateException("a warning on a rejected roster row is ambiguous: " + r.file);
                }
                add(r, r.roster, row, derived.equals("CLASS_TAKEN") ? "班级" : "教师编号", "error", derived, "");
            }
            if (derived == null && !row.hasError()) {
                roster.put(row.teacherKey, row);
            }
        }
        Set<String> scored = rows(r, r.scores, roster.keySet(), "DUPLICATE_SCORE");
        Set<String> active = r.activity == null ? Set.of() : rows(r, r.activity, roster.keySet(), "DUPLICATE_ACTIVITY");
        if (r.incidents != null) {
            rows(r, r.incidents, roster.keySet(), null);
        }
        roster.forEach((id, row) -> {
            if (!scored.contains(id)) {
                add(r, r.roster, row, "教师编号", "warning", "MISSING_SCORE", "无有效考核评分行，等次为未评分");
            }
            if (!active.contains(id)) {
                add(r, r.roster, row, "教师编号", "warning", "MISSING_ACTIVITY",
                        r.activity == null ? "文件缺少工作记录表" : "无有效工作记录行");
            }
        });
    }

    /** Score, activity or incident rows; returns the teachers with an accepted row. */
    private Set<String> rows(SchoolReturn r, DraftSheet sheet, Set<String> roster, String duplicateCode) {
        Set<String> accepted = new HashSet<>();
        for (DraftRow row : sheet.dataRows()) {
            boolean inRoster = row.teacherKey != null && roster.contains(row.teacherKey);
            if (row.hasError() && !inRoster) {
                throw new IllegalStateException("value error and NOT_IN_ROSTER together are ambiguous: " + r.file);
            }
            if (row.hasError()) {
                flaws(r, sheet, row);
            } else if (!inRoster) {
                add(r, sheet, row, "教师编号", "error", "NOT_IN_ROSTER", "不在本校有效名册中");
            } else if (duplicateCode != null && accepted.contains(row.teacherKey)) {
                add(r, sheet, row, "教师编号", "error", duplicateCode, "重复行，以第一行为准");
            } else {
                accepted.add(row.teacherKey);
                flaws(r, sheet, row);
            }
        }
        return accepted;
    }

    private void flaws(SchoolReturn r, DraftSheet sheet, DraftRow row) {
        for (Flaw f : row.flaws) {
            add(r, sheet, row, f.column(), f.severity(), f.code(), f.note());
        }
    }

    private void add(SchoolReturn r, DraftSheet sheet, DraftRow row, String column, String severity, String code,
                     String note) {
        add(r, sheet.reportedName(), row.excelRow, column, ExpectedProblem.display(row.cells.get(column)), severity,
                code, row.teacherKey == null ? "" : row.teacherKey, note);
    }

    private void add(SchoolReturn r, String sheet, int row, String column, String value, String severity, String code,
                     String teacher, String note) {
        problems.add(new ExpectedProblem(period, r.file, sheet, row, column, value, severity, code, teacher, note));
    }
}
