package com.homeroom.sample;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * Deliberate problems inside rows of a school's sheets. Each sets the raw value the clerk typed and
 * flags the cell with the rule code the intake must report; consequences in other rows (a rejected
 * roster row leaves its score row NOT_IN_ROSTER, and so on) are derived by {@link Expectations}.
 */
final class RowProblems {

    private final Submissions subs;

    RowProblems(Submissions subs) {
        this.subs = subs;
    }

    void score(SchoolReturn r, String column, Object raw, String code, String note) {
        if (r != null) {
            r.scores.rowOf(subs.pick(r).id()).put(column, raw).flag(Flaw.error(column, code, note));
        }
    }

    void roster(SchoolReturn r, String column, Function<Assignment, Object> raw, Flaw flaw) {
        if (r != null) {
            Assignment a = subs.pick(r, 1);
            DraftRow row = r.roster.rowOf(a.id()).put(column, raw.apply(a)).flag(flaw);
            if (column.equals("教师编号") && flaw.isError()) {
                row.teacherKey = null;
            }
        }
    }

    void activity(SchoolReturn r, String column, Object raw, Flaw flaw) {
        if (r != null) {
            r.activity.rowOf(subs.pick(r).id()).put(column, raw).flag(flaw);
        }
    }

    /** The same roster row pasted twice, one under the other. */
    void copyPastedRosterRow(SchoolReturn r) {
        if (r != null) {
            DraftRow row = r.roster.rowOf(subs.pick(r).id());
            r.roster.insertAfter(row, row.copy());
        }
    }

    /** The teacher listed again at the end, with an updated class size and phone. */
    void rosterRowAgain(SchoolReturn r) {
        if (r != null) {
            DraftRow again = r.roster.rowOf(subs.pick(r).id()).copy();
            Object students = again.cells.get("班级学生数");
            again.put("班级学生数", students instanceof Integer n ? n + 2 : 50).put("联系电话", "13953600218");
            if (again.cells.containsKey("序号")) {
                again.put("序号", r.roster.nextSerial());
            }
            r.roster.append(again);
        }
    }

    /** A second teacher put on the first one's class (学段, 年级, 班级). */
    void classTaken(SchoolReturn r) {
        if (r != null) {
            Assignment a = subs.pick(r);
            Assignment b = subs.data.pick(r.school, x -> x.post().stage() == a.post().stage() && !x.post().equals(a.post()));
            DraftRow first = r.roster.rowOf(a.id());
            DraftRow second = r.roster.rowOf(b.id());
            second.put("年级", first.cells.get("年级")).put("班级", first.cells.get("班级"));
            second.classKey = first.classKey;
        }
    }

    /** A teacher of {@code home} listed also by {@code other}, on a class {@code other} has no teacher for. */
    void teacherInTwoSchools(SchoolReturn home, SchoolReturn other) {
        if (home == null || other == null) {
            return;
        }
        Assignment a = subs.pick(home);
        Stage stage = other.school.type().stages.get(0);
        int extraClass = other.staff.stream().filter(x -> x.post().grade() == stage.first)
                .mapToInt(x -> x.post().classNo()).max().orElse(0) + 1;
        Assignment there = a.at(other.school, new Post(stage, stage.first, extraClass));
        addTeacher(other, there);
    }

    /** A teacher the roster lists on the given class, with score and activity rows; returns the roster row. */
    DraftRow extraTeacher(SchoolReturn r, Post post) {
        Assignment a = subs.staffing.hire(r.school, post, subs.data.period, true);
        subs.data.reserved.add(a.id());
        return addTeacher(r, a);
    }

    private DraftRow addTeacher(SchoolReturn r, Assignment a) {
        PeriodData d = subs.data;
        DraftRow roster = r.drafts.rosterRow(a, r.roster.nextSerial());
        r.roster.append(roster);
        var rnd = d.random(a.id() + "@" + r.school.code());
        if (r.scores != null) {
            r.scores.append(r.drafts.scoreRow(a, d.performance.scores(a.quality(), rnd), r.scores.nextSerial()));
        }
        r.activity.append(r.drafts.activityRow(a, d.performance.activity(rnd), r.activity.nextSerial()));
        return roster;
    }

    /** A score row for someone not in the roster (a substitute teacher the committee scored too). */
    void scoreForStranger(SchoolReturn r) {
        if (r != null) {
            Assignment a = subs.staffing.hire(r.school, r.staff.get(0).post(), subs.data.period, true);
            var scores = subs.data.performance.scores(a.quality(), subs.data.random(a.id()));
            r.scores.append(r.drafts.scoreRow(a, scores, r.scores.nextSerial()));
        }
    }

    void dropScore(SchoolReturn r) {
        if (r != null) {
            r.scores.remove(r.scores.rowOf(subs.pick(r).id()));
        }
    }

    void dropActivity(SchoolReturn r) {
        if (r != null) {
            r.activity.remove(r.activity.rowOf(subs.pick(r).id()));
        }
    }

    /** The score sheet spells the teacher's name with another character. */
    void nameMismatch(SchoolReturn r) {
        if (r != null) {
            Assignment a = subs.pick(r);
            String name = a.teacher().name();
            String other = name.substring(0, name.length() - 1) + (name.endsWith("明") ? "鸣" : "明");
            r.scores.rowOf(a.id()).put("姓名", other).flag(Flaw.warning("姓名", "NAME_MISMATCH", "名册为" + name));
        }
    }

    /** A score row entered twice; the second has different values (the first one stands). */
    void scoreRowAgain(SchoolReturn r) {
        if (r != null) {
            DraftRow again = r.scores.rowOf(subs.pick(r).id()).copy();
            again.put("班级管理", 12.0);
            r.scores.append(again);
        }
    }

    void activityRowTwice(SchoolReturn r) {
        if (r != null) {
            DraftRow row = r.activity.rowOf(subs.pick(r).id());
            r.activity.insertAfter(row, row.copy());
        }
    }

    /** A score row and an activity row for a teacher who left the school during the year. */
    void rowsForLeaver(SchoolReturn r, Assignment leaver) {
        if (r != null && leaver != null) {
            PeriodData d = subs.data;
            var rnd = d.random(leaver.id() + "@left");
            r.scores.append(r.drafts.scoreRow(leaver, d.performance.scores(leaver.quality(), rnd), r.scores.nextSerial()));
            r.activity.append(r.drafts.activityRow(leaver, d.performance.activity(rnd), r.activity.nextSerial()));
        }
    }

    void incidentOutsidePeriod(SchoolReturn r, LocalDate date, String what) {
        if (r != null) {
            Assignment a = subs.pick(r);
            Incident i = new Incident(a.id(), date, what, "无责任", "一般");
            r.incidents.append(r.drafts.incidentRow(i, a.teacher().name(), r.incidents.nextSerial())
                    .flag(Flaw.error("发生日期", "OUTSIDE_PERIOD", "不在考核周期内")));
        }
    }
}
