package com.homeroom.sample;

import com.homeroom.sample.Layout.Quirk;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns what happened in a school during a period into the workbook the school sends. */
final class ReturnBuilder {

    private ReturnBuilder() {
    }

    /** This period's return of a registry school, as the school usually fills it in. */
    static SchoolReturn build(PeriodData d, School school) {
        return build(d, school, d.staffOf(school), d.period, "");
    }

    /**
     * @param labelled the period the file says it is for (another one for a wrong-period file)
     * @param variant  added to the file name, e.g. （修改）
     */
    static SchoolReturn build(PeriodData d, School school, List<Assignment> staff, Period labelled, String variant) {
        SplittableRandom rnd = d.random("return " + school.code());
        Layout layout = d.layouts.getOrDefault(school, Layout.parse("TITLE_ROW SERIAL"));
        SheetDrafts drafts = new SheetDrafts(layout, rnd, d.performance.dimensions());
        SchoolReturn r = new SchoolReturn(school, layout, drafts, staff);
        r.file = Layouts.fileName(school, layout, labelled.code(), variant);
        r.roster = drafts.roster(staff);
        r.scores = drafts.scores(staff, d.scores);
        r.activity = drafts.activity(staff, d.activity);
        Map<String, Assignment> byId = staff.stream().collect(Collectors.toMap(Assignment::id, Function.identity()));
        List<Incident> incidents = d.incidents.stream().filter(i -> byId.containsKey(i.teacherId())).toList();
        if (!incidents.isEmpty() || !layout.has(Quirk.NO_INCIDENT_SHEET)) {
            r.incidents = drafts.incidents(incidents, byId);
        }
        boolean handTyped = layout.has(Quirk.HAND_TYPED);
        r.filed = labelled.on(6, 10 + rnd.nextInt(15));
        r.basic.put("学校代码", handTyped ? school.code().toLowerCase(Locale.ROOT) : school.code());
        r.basic.put("学校名称", school.name());
        r.basic.put("考核周期", layout.has(Quirk.DECORATED_HEADERS) ? labelled.code().replace("-", "—")
                : handTyped ? labelled.code() + " 学年" : labelled.label());
        r.basic.put("填报人", ChineseNames.next(rnd, rnd.nextBoolean()));
        r.basic.put("联系电话", "0536-8" + String.format("%07d", rnd.nextInt(10_000_000)));
        r.basic.put("填报日期", handTyped ? chineseDate(r.filed) : r.filed);
        return r;
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
