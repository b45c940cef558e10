package com.homeroom.intake;

import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.Scheme;

import java.util.ArrayList;
import java.util.List;

import static com.homeroom.intake.SheetSpec.optional;
import static com.homeroom.intake.SheetSpec.required;

/** The sheets of a school workbook as the input contract names them; 考核评分 follows the scheme. */
public final class Contract {

    public static final String BASIC_INFO = "基本信息";

    public static final SheetSpec ROSTER = new SheetSpec("班主任名册", List.of("名册"), 1, List.of(
            required("教师编号"), required("姓名"), required("学段"), required("年级"), required("班级"),
            required("担任班主任年限"), optional("性别"), optional("出生日期"), optional("班级学生数"),
            optional("职称"), optional("现任梯队"), optional("联系电话"), optional("序号")));

    public static final SheetSpec ACTIVITY = new SheetSpec("工作记录", List.of("工作量"), 3, List.of(
            required("教师编号"), required("主题班会次数"), required("区级培训学时"), required("学区级培训学时"),
            required("校级培训学时"), optional("家长会次数"), optional("家访次数"), optional("电话家访次数"),
            optional("社会实践活动次数"), optional("成长档案建档率"), optional("课题研究级别"), optional("序号")));

    public static final SheetSpec INCIDENTS = new SheetSpec("安全事故", List.of("事故"), 4, List.of(
            required("教师编号"), required("发生日期"), required("事件简述"), required("责任认定"),
            required("后果等级"), optional("序号")));

    /** 基本信息 is a label/value sheet, not a table: only its place in the reject order is needed. */
    public static final int BASIC_INFO_ORDER = 0;

    private Contract() {
    }

    public static SheetSpec scores(Scheme scheme) {
        List<SheetSpec.Column> columns = new ArrayList<>();
        columns.add(required("教师编号"));
        columns.add(optional("姓名"));
        for (Dimension d : scheme.dimensions()) {
            columns.add(required(d.column()));
        }
        columns.add(required("师德考核结论"));
        columns.add(optional("序号"));
        return new SheetSpec("考核评分", List.of("评分"), 2, List.copyOf(columns));
    }
}
