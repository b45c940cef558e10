package com.homeroom.sample;

import com.homeroom.sample.Layout.Quirk;
import com.homeroom.scoring.Dimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/** Builds one school's data sheets, and single rows of them, the way that school writes them. */
final class SheetDrafts {

    static final List<String> ROSTER = List.of("教师编号", "姓名", "性别", "出生日期", "职称", "学段", "年级", "班级",
            "班级学生数", "担任班主任年限", "现任梯队", "联系电话");
    static final List<String> ACTIVITY = List.of("教师编号", "姓名", "主题班会次数", "家长会次数", "家访次数", "电话家访次数",
            "社会实践活动次数", "成长档案建档率", "区级培训学时", "学区级培训学时", "校级培训学时", "课题研究级别");
    static final List<String> INCIDENTS = List.of("教师编号", "姓名", "发生日期", "事件简述", "责任认定", "后果等级", "处理情况");

    private final Layout layout;
    private final CellForms forms;
    private final SplittableRandom rnd;
    private final List<Dimension> dimensions;
    private final boolean longTiers;

    SheetDrafts(Layout layout, SplittableRandom rnd, List<Dimension> dimensions) {
        this.layout = layout;
        this.forms = new CellForms(layout, rnd);
        this.rnd = rnd;
        this.dimensions = dimensions;
        this.longTiers = rnd.nextBoolean();
    }

    DraftSheet roster(List<Assignment> staff) {
        DraftSheet sheet = sheet(name("班主任名册", "名册"), ROSTER, List.of());
        staff.forEach(a -> sheet.rows.add(rosterRow(a, sheet.rows.size() + 1)));
        return finish(sheet);
    }

    DraftSheet scores(List<Assignment> staff, Map<String, Scores> scores) {
        List<String> columns = new ArrayList<>(List.of("教师编号", "姓名"));
        dimensions.forEach(d -> columns.add(d.column()));
        if (layout.has(Quirk.TOTAL_FORMULA)) {
            columns.add("总分");
        }
        columns.add("师德考核结论");
        DraftSheet sheet = sheet(name("考核评分", "评分"), columns,
                layout.has(Quirk.TOTAL_FORMULA) ? dimensions.stream().map(Dimension::column).toList() : List.of());
        staff.forEach(a -> sheet.rows.add(scoreRow(a, scores.get(a.id()), sheet.rows.size() + 1)));
        return finish(sheet);
    }

    DraftSheet activity(List<Assignment> staff, Map<String, Activity> activity) {
        DraftSheet sheet = sheet(name("工作记录", "工作量"), ACTIVITY, List.of());
        staff.forEach(a -> sheet.rows.add(activityRow(a, activity.get(a.id()), sheet.rows.size() + 1)));
        return finish(sheet);
    }

    DraftSheet incidents(List<Incident> incidents, Map<String, Assignment> byId) {
        DraftSheet sheet = sheet(name("安全事故", "事故"), INCIDENTS, List.of());
        incidents.forEach(i -> sheet.rows.add(incidentRow(i, byId.get(i.teacherId()).teacher().name(),
                sheet.rows.size() + 1)));
        return sheet;
    }

    DraftRow rosterRow(Assignment a, int serial) {
        Teacher t = a.teacher();
        DraftRow row = start(a.id(), serial)
                .put("性别", t.female() ? "女" : "男")
                .put("出生日期", rnd.nextDouble() < 0.05 ? null : forms.date(t.birth()))
                .put("职称", t.title())
                .put("学段", a.post().stage().label)
                .put("年级", forms.grade(a.post()))
                .put("班级", forms.classNo(a.post().classNo()))
                .put("班级学生数", forms.count(a.students(), "人"))
                .put("担任班主任年限", forms.count(a.years(), "年"))
                .put("现任梯队", forms.tier(a.tier(), longTiers))
                .put("联系电话", rnd.nextDouble() < 0.05 ? null : forms.phone(t.phone()))
                .put("备注", a.years() == 0 ? "新任班主任" : null);
        row.put("姓名", forms.name(t.name()));
        row.classKey = a.post().key();
        return row;
    }

    DraftRow scoreRow(Assignment a, Scores s, int serial) {
        DraftRow row = start(a.id(), serial).put("姓名", forms.name(a.teacher().name()));
        for (int i = 0; i < dimensions.size(); i++) {
            row.put(dimensions.get(i).column(), forms.number(s.values().get(i), "分"));
        }
        return row.put("师德考核结论", s.ethics());
    }

    DraftRow activityRow(Assignment a, Activity x, int serial) {
        return start(a.id(), serial).put("姓名", forms.name(a.teacher().name()))
                .put("主题班会次数", forms.count(x.meetings(), "次"))
                .put("家长会次数", forms.count(x.parentMeetings(), "次"))
                .put("家访次数", forms.count(x.homeVisits(), "次"))
                .put("电话家访次数", forms.count(x.phoneVisits(), "次"))
                .put("社会实践活动次数", forms.count(x.practice(), "次"))
                .put("成长档案建档率", forms.rate(x.archiveRate()))
                .put("区级培训学时", forms.number(BigDecimal.valueOf(x.districtHours()), "学时"))
                .put("学区级培训学时", forms.number(BigDecimal.valueOf(x.zoneHours()), "学时"))
                .put("校级培训学时", forms.number(BigDecimal.valueOf(x.schoolHours()), "学时"))
                .put("课题研究级别", x.research().equals("无") && rnd.nextBoolean() ? null : x.research());
    }

    DraftRow incidentRow(Incident i, String name, int serial) {
        return start(i.teacherId(), serial).put("姓名", name).put("发生日期", forms.date(i.date()))
                .put("事件简述", i.description()).put("责任认定", i.responsibility()).put("后果等级", i.consequence())
                .put("处理情况", i.consequence().equals("一般") ? "已批评教育" : "已通报，班主任作书面检查");
    }

    CellForms forms() {
        return forms;
    }

    private DraftRow start(String id, int serial) {
        DraftRow row = DraftRow.data(id);
        if (layout.has(Quirk.SERIAL)) {
            row.put("序号", serial);
        }
        return row.put("教师编号", forms.id(id));
    }

    private String name(String standard, String alias) {
        String name = layout.has(Quirk.ALIAS_SHEETS) ? alias : standard;
        return layout.has(Quirk.SPACED_SHEET_NAMES) ? name + " " : name;
    }

    private DraftSheet sheet(String name, List<String> contract, List<String> summed) {
        List<String> columns = new ArrayList<>(contract);
        if (layout.has(Quirk.SHUFFLED)) {
            Collections.shuffle(columns.subList(1, columns.size()), new Random(rnd.nextLong()));
        }
        if (layout.has(Quirk.SERIAL)) {
            columns.add(0, "序号");
        }
        if (layout.has(Quirk.REMARKS)) {
            columns.add("备注");
        }
        return new DraftSheet(name, List.copyOf(columns), summed);
    }

    /** Blank rows in the middle and at the end, unfilled template rows. */
    private DraftSheet finish(DraftSheet sheet) {
        if (layout.has(Quirk.BLANK_ROWS) && sheet.rows.size() > 3) {
            sheet.rows.add(sheet.rows.size() * 2 / 5, new DraftRow(DraftRow.Kind.BLANK));
            sheet.rows.add(new DraftRow(DraftRow.Kind.BLANK));
            sheet.rows.add(new DraftRow(DraftRow.Kind.BLANK).put("姓名", " "));
        }
        if (layout.has(Quirk.TEMPLATE_ROWS)) {
            int next = sheet.nextSerial();
            for (int i = 0; i < 5; i++) {
                sheet.rows.add(new DraftRow(DraftRow.Kind.TEMPLATE).put("序号", next + i));
            }
        }
        return sheet;
    }
}
