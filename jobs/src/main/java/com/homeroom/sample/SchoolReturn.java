package com.homeroom.sample;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One workbook file a school sends for a period, before it is written: its 基本信息 values, its
 * data sheets (null when the school left a sheet out) and any deliberate whole-file problem.
 */
final class SchoolReturn {

    /** 基本信息 labels in the order the template has them. */
    static final List<String> LABELS = List.of("学校代码", "学校名称", "考核周期", "填报人", "联系电话", "填报日期");

    final School school;
    final Layout layout;
    final SheetDrafts drafts;
    final List<Assignment> staff;
    /** Path relative to the period folder, with / as separator. */
    String file;
    /** 基本信息 values by label (String, or LocalDate for 填报日期 as a date cell). */
    final Map<String, Object> basic = new LinkedHashMap<>();
    /** When the school filed it: the 填报日期, and the file's modification time. */
    LocalDate filed;
    DraftSheet roster;
    DraftSheet scores;
    DraftSheet activity;
    DraftSheet incidents;
    /** A deliberate whole-file problem. */
    Flaw fileFlaw;
    boolean corrupt;
    final Map<String, Flaw> basicFlaws = new LinkedHashMap<>();
    /** Excel row of each 基本信息 label, filled in by the writer. */
    final Map<String, Integer> basicRows = new LinkedHashMap<>();

    SchoolReturn(School school, Layout layout, SheetDrafts drafts, List<Assignment> staff) {
        this.school = school;
        this.layout = layout;
        this.drafts = drafts;
        this.staff = staff;
    }

    /** A teacher's assignment in this file's staff. */
    Assignment teacher(String id) {
        return staff.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    List<DraftSheet> sheets() {
        return Stream.of(roster, scores, activity, incidents).filter(Objects::nonNull).toList();
    }
}
