package com.homeroom.sample;

/**
 * The deliberate problems of the first period: at least one of every kind the intake knows, spread
 * over different schools. Schools missing at a small scale are skipped.
 */
final class FirstPeriodProblems {

    private FirstPeriodProblems() {
    }

    static void plant(Submissions s) {
        FileProblems files = new FileProblems(s);
        files.lastYearsFileToo("凤凰街道新华小学");
        files.unknownSchool("WF-MB-001", "坊城街道育才小学", "坊城学区");
        files.scoresSheetLeftOut("坊安街道王家庄小学");
        files.corrupt("三马路小学");
        files.correctedLater("七马路小学", "（修改）", 8);
        files.neverSent("黄旗堡街道后所小学");
        files.neverSent("坊城街道李家庄小学");

        RowProblems rows = new RowProblems(s);
        rows.roster(s.of("潍坊四中"), "教师编号", a -> a.id().substring(0, 4) + " " + a.id().substring(4),
                Flaw.error("教师编号", "BAD_FORMAT", "编号中间多了空格"));
        rows.roster(s.of("南流中学"), "教师编号", a -> a.id().substring(0, 3),
                Flaw.error("教师编号", "BAD_FORMAT", "编号不完整（少于4位）"));
        rows.roster(s.of("安泰小学"), "担任班主任年限", a -> null,
                Flaw.error("担任班主任年限", "MISSING_VALUE", "必填项为空"));
        rows.copyPastedRosterRow(s.of("龙泉实验小学"));
        rows.rosterRowAgain(s.of("崇文中学"));
        rows.classTaken(s.of("凤凰小学"));
        rows.teacherInTwoSchools(s.of("兴国小学"), s.of("凤凰街道东庄小学"));
        if (s.of("尚文中学") != null) {
            rows.extraTeacher(s.of("尚文中学"), new Post(Stage.PRIMARY, 6, 1))
                    .flag(Flaw.error("学段", "STAGE_NOT_ALLOWED", "初中学校填报了小学学段（五四制预备年级）"));
        }
        if (s.of("九龙中学") != null) {
            rows.extraTeacher(s.of("九龙中学"), new Post(Stage.JUNIOR, 6, 1))
                    .flag(Flaw.error("年级", "GRADE_STAGE_MISMATCH", "六年级不属于初中"));
        }
        rows.roster(s.of("杨庄小学"), "性别", a -> "M", Flaw.warning("性别", "INVALID_OPTIONAL", "性别只能是男/女，值被舍弃"));
        rows.roster(s.of("南流小学"), "出生日期", a -> "2026-02-30",
                Flaw.warning("出生日期", "INVALID_OPTIONAL", "不存在的日期，值被舍弃"));
        rows.roster(s.of("坊城街道中心小学"), "班级学生数", a -> 95,
                Flaw.warning("班级学生数", "INVALID_OPTIONAL", "超出1–80，值被舍弃"));
        rows.roster(s.of("前宁小学"), "联系电话", a -> "12345",
                Flaw.warning("联系电话", "INVALID_OPTIONAL", "不是有效电话，值被舍弃"));
        rows.roster(s.of("黄旗堡实验学校"), "现任梯队", a -> "组长",
                Flaw.warning("现任梯队", "INVALID_OPTIONAL", "不是普通/骨干/首席，按普通"));
        rows.dropScore(s.of("第二实验学校"));
        rows.dropActivity(s.of("潍坊弘信学校"));
        rows.nameMismatch(s.of("工业发展区实验学校"));
        SchoolReturn beihai = s.of("潍坊北海中学");
        if (beihai != null) {
            beihai.basic.put("学校名称", "北海中学");
            beihai.basicFlaws.put("学校名称", Flaw.warning("学校名称", "SCHOOL_NAME_MISMATCH", "名录为潍坊北海中学"));
        }

        rows.score(s.of("实验学校"), "德育工作", 18, "OUT_OF_RANGE", "超出满分15");
        rows.score(s.of("凤凰街道西园小学"), "养成教育", -2, "OUT_OF_RANGE", "负数");
        rows.score(s.of("坊安街道后营小学"), "社会实践", null, "MISSING_VALUE", "必填得分为空");
        rows.score(s.of("黄旗堡中学"), "师德考核结论", "良好", "BAD_CHOICE", "只能是合格/不合格");
        rows.score(s.of("凤凰中学"), "班级管理", "十四", "BAD_NUMBER", "不是数字");
        rows.scoreForStranger(s.of("九龙街道辛庄小学"));
        rows.scoreRowAgain(s.of("黄旗堡街道高家小学"));
        rows.activityRowTwice(s.of("理想小学"));
        rows.activity(s.of("潍坊文华高级中学"), "课题研究级别", "县级",
                Flaw.warning("课题研究级别", "INVALID_OPTIONAL", "不在级别列表中，按无"));
        rows.incidentOutsidePeriod(s.of("实验小学"), s.data.period.start().minusDays(12), "暑假期间学生在家中玩耍时摔伤手臂");
    }
}
