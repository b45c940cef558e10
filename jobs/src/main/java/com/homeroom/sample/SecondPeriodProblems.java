package com.homeroom.sample;

import java.util.List;

/**
 * The second period's problems: schools fixed most of last year's; a smaller, different set remains.
 */
final class SecondPeriodProblems {

    private SecondPeriodProblems() {
    }

    static void plant(Submissions s, PeriodData previous) {
        FileProblems files = new FileProblems(s);
        files.periodNotUpdated("坊安街道河东小学");
        files.correctedLater("实验小学", "-更正", 7);
        files.activitySheetLeftOut("九龙街道前埠小学");
        files.neverSent("黄旗堡街道后所小学");
        files.neverSent("九龙街道张家庄小学");

        RowProblems rows = new RowProblems(s);
        rows.copyPastedRosterRow(s.of("坊城街道东关小学"));
        rows.classTaken(s.of("第二实验学校"));
        if (s.of("黄旗堡实验学校") != null) {
            rows.extraTeacher(s.of("黄旗堡实验学校"), new Post(Stage.JUNIOR, 3, 1))
                    .flag(Flaw.error("年级", "GRADE_STAGE_MISMATCH", "三年级不属于初中"));
        }
        rows.roster(s.of("龙泉实验小学"), "性别", a -> "F", Flaw.warning("性别", "INVALID_OPTIONAL", "性别只能是男/女，值被舍弃"));
        rows.roster(s.of("崇文中学"), "联系电话", a -> Long.parseLong(a.teacher().phone().substring(0, 10)),
                Flaw.warning("联系电话", "INVALID_OPTIONAL", "手机号少一位，值被舍弃"));
        rows.roster(s.of("理想小学"), "出生日期", a -> "1988-13-05",
                Flaw.warning("出生日期", "INVALID_OPTIONAL", "不存在的月份，值被舍弃"));
        rows.dropScore(s.of("凤凰中学"));
        rows.nameMismatch(s.of("九龙中学"));
        SchoolReturn shiyan = s.of("实验学校");
        if (shiyan != null) {
            shiyan.basic.put("学校名称", "潍坊市实验学校");
            shiyan.basicFlaws.put("学校名称", Flaw.warning("学校名称", "SCHOOL_NAME_MISMATCH", "名录为实验学校"));
        }

        rows.score(s.of("尚文中学"), "专业成长", 16, "OUT_OF_RANGE", "超出满分15");
        rows.score(s.of("南流小学"), "师德考核结论", "基本合格", "BAD_CHOICE", "只能是合格/不合格");
        rows.rowsForLeaver(s.of("潍坊四中"), leaver(s, previous, "潍坊四中"));
        rows.activityRowTwice(s.of("安泰小学"));
        rows.incidentOutsidePeriod(s.of("杨庄小学"), s.data.period.on(9, 3).plusYears(1), "开学报到时学生在校门口摔伤膝盖");
    }

    /** A teacher of the school last period who is no longer its class teacher. */
    private static Assignment leaver(Submissions s, PeriodData previous, String school) {
        SchoolReturn r = s.of(school);
        if (r == null) {
            return null;
        }
        List<String> now = r.staff.stream().map(Assignment::id).toList();
        return previous.staffOf(previous.school(school)).stream().filter(a -> !now.contains(a.id()))
                .findFirst().orElse(null);
    }
}
