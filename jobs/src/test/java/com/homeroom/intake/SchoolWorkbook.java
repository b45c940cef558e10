package com.homeroom.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A valid school workbook of the default scheme with a few teachers, that a test then spoils in
 * exactly one way. Rows are Excel rows 2.. under a header in row 1.
 */
public final class SchoolWorkbook {

    public static final Object[] ROSTER_HEADER = {"教师编号", "姓名", "学段", "年级", "班级", "担任班主任年限",
            "性别", "出生日期", "班级学生数", "职称", "现任梯队", "联系电话"};
    public static final Object[] SCORE_HEADER = {"教师编号", "姓名", "师德师风", "德育工作", "养成教育", "班级管理",
            "社会实践", "家校协同", "创新评价", "专业成长", "师德考核结论"};
    public static final Object[] ACTIVITY_HEADER = {"教师编号", "主题班会次数", "区级培训学时", "学区级培训学时",
            "校级培训学时", "家长会次数", "家访次数", "电话家访次数", "社会实践活动次数", "成长档案建档率", "课题研究级别"};
    public static final Object[] INCIDENT_HEADER = {"教师编号", "发生日期", "事件简述", "责任认定", "后果等级"};

    public String schoolCode = "FH-001";
    public String schoolName = "凤凰小学";
    public String period = "2025-2026学年";
    public Object fillDate = LocalDate.of(2025, 12, 1);
    public final List<Object[]> roster = new ArrayList<>();
    public final List<Object[]> scores = new ArrayList<>();
    public final List<Object[]> activity = new ArrayList<>();
    public final List<Object[]> incidents = new ArrayList<>();
    public boolean withActivitySheet = true;

    /** Two primary teachers, each with a valid score and activity row. */
    public static SchoolWorkbook twoTeachers() {
        SchoolWorkbook w = new SchoolWorkbook();
        w.roster.add(new Object[]{"T0001", "王小明", "小学", "三年级", "2班", 5, "男", LocalDate.of(1985, 3, 1), 45, "一级教师", "普通", "13800138001"});
        w.roster.add(new Object[]{"T0002", "李 红", "小学", "四年级", "(1)班", "3年", "女", null, 40, null, "骨干", null});
        w.scores.add(new Object[]{"T0001", "王小明", 14, 13.5, 9, 14, 9, 9, 9, 14, "合格"});
        w.scores.add(new Object[]{"T0002", "李红", 12, 12, 8, 12, 8, 8, 8, 12, "合格"});
        w.activity.add(new Object[]{"T0001", 32, 8, 10, 12, 2, 5, 10, 3, 0.9, "校级"});
        w.activity.add(new Object[]{"T0002", 30, 6, 8, 10, null, null, null, null, null, null});
        return w;
    }

    public TestWorkbook build(TestWorkbook book) {
        book.sheet("基本信息").row("学校代码", schoolCode).row("学校名称", schoolName).row("考核周期", period)
                .row("填报日期", fillDate);
        book.sheet("班主任名册").row(ROSTER_HEADER);
        roster.forEach(book::row);
        book.sheet("考核评分").row(SCORE_HEADER);
        scores.forEach(book::row);
        if (withActivitySheet) {
            book.sheet("工作记录").row(ACTIVITY_HEADER);
            activity.forEach(book::row);
        }
        if (!incidents.isEmpty()) {
            book.sheet("安全事故").row(INCIDENT_HEADER);
            incidents.forEach(book::row);
        }
        return book;
    }

    public Path writeTo(Path file) throws IOException {
        return build(file.toString().endsWith(".xls") ? TestWorkbook.xls() : TestWorkbook.xlsx()).writeTo(file);
    }

    /** The registry the test workbooks refer to: 凤凰小学 (小学), 实验学校 (九年一贯制), 潍坊四中 (完全中学). */
    public static Path writeRegistry(Path inputDir) throws IOException {
        return TestWorkbook.xlsx().sheet("学校名录")
                .row("学校代码", "学校名称", "学区", "学校类型")
                .row("FH-001", "凤凰小学", "凤凰学区", "小学")
                .row("QZ-002", "实验学校", "区直", "九年一贯制")
                .row("QZ-003", "潍坊四中", "区直", "完全中学")
                .writeTo(inputDir.resolve("学校名录.xlsx"));
    }
}
