package com.homeroom.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Deliberate whole-file problems: files that must be rejected whole, superseded or never sent. */
final class FileProblems {

    private final Submissions subs;

    FileProblems(Submissions subs) {
        this.subs = subs;
    }

    /** An old workbook of the school lying in the folder next to this period's. */
    void lastYearsFileToo(String school) {
        SchoolReturn current = subs.of(school);
        if (current != null) {
            Period previous = subs.data.period.previous();
            SchoolReturn old = ReturnBuilder.build(subs.data, current.school, current.staff, previous, "");
            fileFlaw(old, "WRONG_PERIOD", "考核周期为" + previous.label());
            subs.returns.add(old);
        }
    }

    /** This period's data in last year's template: the 考核周期 was never updated. */
    void periodNotUpdated(String school) {
        SchoolReturn r = subs.of(school);
        if (r != null) {
            r.basic.put("考核周期", subs.data.period.previous().label());
            fileFlaw(r, "WRONG_PERIOD", "考核周期仍为" + subs.data.period.previous().label());
        }
    }

    /** A school the registry does not list yet (a new private school) sends a workbook. */
    void unknownSchool(String code, String name, String zone) {
        PeriodData d = subs.data;
        School stranger = new School(code, name, zone, SchoolType.PRIMARY, false);
        List<Assignment> staff = new ArrayList<>();
        for (Post post : Staffing.posts(SchoolType.PRIMARY, 12)) {
            Assignment a = subs.staffing.hire(stranger, post, d.period, true);
            d.scores.put(a.id(), d.performance.scores(a.quality(), d.random(a.id())));
            d.activity.put(a.id(), d.performance.activity(d.random(a.id())));
            staff.add(a);
        }
        SchoolReturn r = ReturnBuilder.build(d, stranger, staff, d.period, "");
        fileFlaw(r, "UNKNOWN_SCHOOL", "学校代码" + code + "不在学校名录中");
        subs.returns.add(r);
    }

    void scoresSheetLeftOut(String school) {
        SchoolReturn r = subs.of(school);
        if (r != null) {
            fileFlaw(r, "SHEET_MISSING", "缺少工作表" + r.scores.reportedName());
            r.scores = null;
        }
    }

    /** Not a file failure: every teacher of the school gets MISSING_ACTIVITY. */
    void activitySheetLeftOut(String school) {
        SchoolReturn r = subs.of(school);
        if (r != null) {
            r.activity = null;
        }
    }

    void corrupt(String school) {
        SchoolReturn r = subs.of(school);
        if (r != null) {
            r.corrupt = true;
            fileFlaw(r, "FILE_CORRUPT", "zip文件头后是随机字节，无法打开");
        }
    }

    /**
     * The school sends a corrected file some days after the first; the first one, which still holds
     * the mistake, is superseded. Returns the first file.
     */
    SchoolReturn correctedLater(String school, String variant, int daysLater) {
        SchoolReturn first = subs.of(school);
        if (first == null) {
            return null;
        }
        SchoolReturn fixed = ReturnBuilder.build(subs.data, first.school, first.staff, subs.data.period, variant);
        fixed.filed = first.filed.plusDays(daysLater);
        if (fixed.basic.get("填报日期") instanceof LocalDate) {
            fixed.basic.put("填报日期", fixed.filed);
        } else {
            fixed.basic.put("填报日期", ReturnBuilder.chineseDate(fixed.filed));
        }
        subs.returns.add(subs.returns.indexOf(first) + 1, fixed);
        DraftRow wrong = first.scores.dataRows().get(first.scores.dataRows().size() / 2);
        wrong.put("德育工作", 18.0);   // the mistake the school corrected; not reported: the file is superseded
        return first;
    }

    void neverSent(String school) {
        subs.returns.removeIf(r -> r.school.name().equals(school));
    }

    private static void fileFlaw(SchoolReturn r, String code, String note) {
        r.fileFlaw = Flaw.error(null, code, note);
    }
}
