package com.homeroom.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Realistic made-up report data (names invented, schools as in the district) for the benchmark and
 * for looking at pages. Seeded: the same arguments give the same records.
 */
final class SyntheticReports {

    static final List<ReportDimension> DIMENSIONS = List.of(
            dimension("ethics", "师德师风", 15), dimension("moral", "德育工作", 15),
            dimension("habits", "养成教育", 10), dimension("management", "班级管理", 15),
            dimension("practice", "社会实践", 10), dimension("home_school", "家校协同", 10),
            dimension("innovation", "创新评价", 10), dimension("growth", "专业成长", 15));

    static final List<String> ZONES = List.of("凤凰", "坊城", "坊安", "九龙", "黄旗堡", "区直");
    static final List<String> SCHOOLS = List.of("潍坊四中", "北海中学", "崇文中学", "尚文中学", "南流中学",
            "九龙中学", "工业发展区实验学校", "黄旗堡实验学校", "弘信学校", "实验学校", "第二实验学校", "龙泉实验小学",
            "理想小学", "实验小学", "三马路小学", "七马路小学", "凤凰小学", "兴国小学", "前宁小学", "北海学校",
            "南流小学", "杨庄小学", "安泰小学", "坊城小学", "坊安小学", "九龙小学", "黄旗堡小学", "凤凰中学",
            "坊城中学", "坊安中学", "东关小学", "西关小学", "新华小学", "育才小学", "文化路小学", "胜利街小学",
            "樱桃园小学", "虞河小学", "白浪河小学", "北宫小学");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫晨曦雨欣宇航子涵梓萱浩然思远嘉怡佳琪昊天一诺可馨语桐俊熙明轩雅琴淑珍春梅建国志强晓峰海燕丽娟文博立新";
    private static final String[] PRIMARY_GRADES = {"一年级", "二年级", "三年级", "四年级", "五年级", "六年级"};
    private static final String[] JUNIOR_GRADES = {"七年级", "八年级", "九年级"};
    private static final String[] SENIOR_GRADES = {"高一", "高二", "高三"};

    private SyntheticReports() {
    }

    static ReportHeader header() {
        return ReportHeader.of("2025-2026", LocalDate.of(2026, 7, 15),
                "3f9a1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8",
                "9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c");
    }

    static SchoolReportData schoolReport(int teachers, long seed) {
        Random random = new Random(seed);
        SchoolReportData.School school = new SchoolReportData.School("FH-" + (100 + seed % 900), "凤凰小学", "凤凰", "小学");
        List<SchoolReportData.Teacher> rows = new ArrayList<>();
        List<Explanation> explanations = new ArrayList<>();
        for (int i = 0; i < teachers; i++) {
            String name = name(random);
            String id = "T" + (2025_0000 + seed * 100 + i);
            boolean unscored = i == teachers - 1 && teachers > 3;
            List<BigDecimal> scores = unscored ? List.of() : scores(random);
            BigDecimal total = unscored ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            String grade = unscored ? "未评分" : grade(total);
            if (i == 2 && !unscored) {
                grade = "不合格";
                explanations.add(new Explanation(id, name, "不合格", "师德考核结论为不合格（一票否决），不得继续担任班主任"));
            }
            if ("优秀".equals(grade) && i % 5 == 4) {
                grade = "合格";
                explanations.add(new Explanation(id, name, "优秀调整为合格",
                        "总分 " + total.toPlainString() + " 达到优秀，但主题班会 26 次，少于 30 次的要求"));
            }
            String tier = i % 9 == 0 ? "骨干" : "普通";
            String change = i % 9 == 0 ? "保留骨干" : "无变化";
            if (i == 7 && !unscored) {
                grade = "基本合格";
                tier = "普通";
                change = "退出骨干";
                explanations.add(new Explanation(id, name, "退出骨干", "等次为基本合格，骨干型班主任须为优秀或合格且无较重事故"));
            }
            rows.add(new SchoolReportData.Teacher(id, name, "小学", PRIMARY_GRADES[i % 6], i / 6 + 1, scores, total,
                    grade, null, null, null, false, false, tier, change));
        }
        rows = rank(rows);
        List<SchoolReportData.DimensionComparison> comparison = new ArrayList<>();
        for (ReportDimension d : DIMENSIONS) {
            BigDecimal max = d.max();
            comparison.add(new SchoolReportData.DimensionComparison(d, fraction(max, 0.78 + random.nextDouble() * 0.15),
                    fraction(max, 0.80 + random.nextDouble() * 0.08), fraction(max, 0.82 + random.nextDouble() * 0.05)));
        }
        List<DataProblem> problems = List.of(
                new DataProblem("凤凰小学2025-2026班主任考核.xlsx", "考核评分", 12, "德育工作", "18", "error", "OVER_MAX",
                        "第12行「德育工作」为18，超出满分15"),
                new DataProblem("凤凰小学2025-2026班主任考核.xlsx", "班主任名册", 9, "联系电话", "1395360021", "warning",
                        "INVALID_OPTIONAL", "第9行「联系电话」1395360021 少一位，值被舍弃"),
                new DataProblem("凤凰小学2025-2026班主任考核.xlsx", "工作记录", 31, "主题班会次数", "约30", "error",
                        "NOT_A_NUMBER", "第31行「主题班会次数」不是整数"),
                new DataProblem("凤凰小学2025-2026班主任考核.xlsx", "考核评分", null, null, null, "warning", "MISSING_SCORE",
                        "名册中的 1 名班主任没有评分行，等次记为未评分"));
        return new SchoolReportData(header(), school, DIMENSIONS, rows, comparison, explanations, problems,
                List.of("评分区分度不足"));
    }

    private static List<SchoolReportData.Teacher> rank(List<SchoolReportData.Teacher> teachers) {
        List<SchoolReportData.Teacher> sorted = new ArrayList<>(teachers);
        sorted.sort(Comparator.comparing(SchoolReportData.Teacher::total, Comparator.nullsLast(Comparator.reverseOrder())));
        List<SchoolReportData.Teacher> ranked = new ArrayList<>();
        int commendedSeats = Math.max(1, sorted.size() / 10);
        for (int i = 0; i < sorted.size(); i++) {
            SchoolReportData.Teacher t = sorted.get(i);
            Integer rank = t.total() == null ? null : i + 1;
            boolean commended = "优秀".equals(t.grade()) && commendedSeats-- > 0;
            ranked.add(new SchoolReportData.Teacher(t.teacherId(), t.name(), t.stage(), t.gradeLevel(), t.classNo(),
                    t.scores(), t.total(), t.grade(), rank, rank == null ? null : rank * 2 - 1,
                    rank == null ? null : rank * 5 + 2, commended, commended && i == 0, t.tier(), t.tierChange()));
        }
        return ranked;
    }

    static BulletinData bulletin(int schoolCount) {
        Random random = new Random(7);
        List<BulletinData.SchoolLine> schools = new ArrayList<>();
        List<BulletinData.SchoolDataQuality> quality = new ArrayList<>();
        List<BulletinData.FlaggedSchool> flagged = new ArrayList<>();
        List<String> notSubmitted = new ArrayList<>();
        int teachers = 0;
        int graded = 0;
        for (int i = 0; i < schoolCount; i++) {
            String zone = ZONES.get(i % ZONES.size());
            String name = SCHOOLS.get(i % SCHOOLS.size()) + (i >= SCHOOLS.size() ? "分校" : "");
            String code = String.format("S%03d", i + 1);
            boolean submitted = i % 17 != 16;
            int n = submitted ? 12 + random.nextInt(40) : 0;
            int g = submitted ? n - random.nextInt(2) : 0;
            int excellent = g / 5;
            int failed = g > 20 ? 1 : 0;
            int basic = g / 12;
            int qualified = g - excellent - failed - basic;
            List<String> flags = new ArrayList<>();
            if (i % 11 == 5) {
                flags.add("评分区分度不足");
                flagged.add(new BulletinData.FlaggedSchool(zone, code, name, g, new BigDecimal("0.84"), new BigDecimal("63.6")));
            }
            if (!submitted) {
                notSubmitted.add(name);
            }
            schools.add(new BulletinData.SchoolLine(zone, code, name, i % 3 == 0 ? "初中" : "小学", submitted, n, g,
                    submitted ? BigDecimal.valueOf(7800 + random.nextInt(1200), 2) : null, excellent, qualified, basic,
                    failed, excellent / 2, flags));
            quality.add(new BulletinData.SchoolDataQuality(zone, code, name, submitted ? 1 : 0, i % 13 == 3 ? 1 : 0,
                    random.nextInt(4), random.nextInt(6)));
            teachers += n;
            graded += g;
        }
        schools.sort(Comparator.comparing(BulletinData.SchoolLine::zone).thenComparing(BulletinData.SchoolLine::code));
        quality.sort(Comparator.comparing(BulletinData.SchoolDataQuality::zone).thenComparing(BulletinData.SchoolDataQuality::code));
        List<BulletinData.GradeCount> byStage = List.of(new BulletinData.GradeCount("小学", 120, 430, 52, 6, 3),
                new BulletinData.GradeCount("初中", 64, 231, 30, 4, 1), new BulletinData.GradeCount("高中", 21, 80, 9, 1, 0));
        List<BulletinData.GradeCount> byZone = new ArrayList<>();
        List<BulletinData.ZoneMean> zoneMeans = new ArrayList<>();
        for (String zone : ZONES) {
            byZone.add(new BulletinData.GradeCount(zone, 30 + random.nextInt(15), 110 + random.nextInt(40), 10 + random.nextInt(8),
                    random.nextInt(3), random.nextInt(2)));
            zoneMeans.add(new BulletinData.ZoneMean(zone, 150 + random.nextInt(60), BigDecimal.valueOf(8100 + random.nextInt(600), 2)));
        }
        List<BulletinData.StageDimensionMean> dimensionMeans = new ArrayList<>();
        for (String stage : Labels.STAGES) {
            for (ReportDimension d : DIMENSIONS) {
                dimensionMeans.add(new BulletinData.StageDimensionMean(stage, d, fraction(d.max(), 0.76 + random.nextDouble() * 0.16)));
            }
        }
        List<BulletinData.FailedTeacher> failedTeachers = List.of(
                new BulletinData.FailedTeacher("凤凰", "凤凰小学", "王建国", "小学", "三年级", 2, new BigDecimal("71.5"), "师德考核结论为不合格（一票否决）"),
                new BulletinData.FailedTeacher("九龙", "九龙中学", "李晓峰", "初中", "八年级", 5, new BigDecimal("84.0"), "安全事故：主要责任、后果严重（一票否决）"),
                new BulletinData.FailedTeacher("坊城", "理想小学", "赵丽娟", "小学", "五年级", 1, new BigDecimal("57.5"), "总分低于 60 分"));
        List<BulletinData.AccountabilityCase> cases = List.of(new BulletinData.AccountabilityCase("九龙", "九龙中学", "李晓峰",
                "初中", "八年级", 5, "2026-03-18", "课间活动管理不到位，学生攀爬栏杆坠落骨折", "主要责任", "严重"));
        List<BulletinData.TierChangeCount> tiers = List.of(new BulletinData.TierChangeCount("新晋首席", 2, 1, 1),
                new BulletinData.TierChangeCount("保留首席", 3, 2, 1), new BulletinData.TierChangeCount("首席降为骨干", 1, 0, 0),
                new BulletinData.TierChangeCount("首席降为普通", 0, 1, 0), new BulletinData.TierChangeCount("新晋骨干", 18, 9, 4),
                new BulletinData.TierChangeCount("保留骨干", 52, 27, 10), new BulletinData.TierChangeCount("退出骨干", 7, 3, 1));
        BulletinData.Summary summary = new BulletinData.Summary(schoolCount, schoolCount - notSubmitted.size(), teachers, graded,
                graded / 10, graded / 50, notSubmitted);
        return new BulletinData(header(), DIMENSIONS, summary, byStage, byZone, zoneMeans, dimensionMeans, schools,
                failedTeachers, cases, tiers, quality, flagged);
    }

    static CommendationListData commendationList(int perGroup) {
        Random random = new Random(11);
        List<CommendationListData.Commended> commended = new ArrayList<>();
        for (String stage : Labels.STAGES) {
            for (String zone : ZONES) {
                int count = "高中".equals(stage) ? Math.max(1, perGroup / 3) : perGroup;
                for (int i = 0; i < count; i++) {
                    String[] grades = "小学".equals(stage) ? PRIMARY_GRADES : "初中".equals(stage) ? JUNIOR_GRADES : SENIOR_GRADES;
                    commended.add(new CommendationListData.Commended(stage, zone, SCHOOLS.get(random.nextInt(SCHOOLS.size())),
                            name(random), grades[random.nextInt(grades.length)], 1 + random.nextInt(8),
                            BigDecimal.valueOf(985 - i * 7 - random.nextInt(5), 1)));
                }
            }
        }
        List<CommendationListData.Commended> city = new ArrayList<>();
        for (int i = 0; i < commended.size(); i += 5) {
            city.add(commended.get(i));
        }
        return new CommendationListData(header(), "区教体字〔2026〕18号", commended, city);
    }

    static TierListData tierList() {
        Random random = new Random(13);
        List<TierListData.Member> chiefs = new ArrayList<>();
        String[][] types = {{"小学", "小学"}, {"初中", "初中"}, {"九年一贯制", "小学"}, {"九年一贯制", "初中"}, {"完全中学", "初中"},
                {"完全中学", "高中"}, {"高中", "高中"}};
        String[] chiefChanges = {"新晋首席", "保留首席", "保留首席", "首席降为骨干"};
        for (String[] type : types) {
            for (int i = 0; i < 3; i++) {
                chiefs.add(member(random, type[0], ZONES.get(random.nextInt(ZONES.size())), type[1], chiefChanges[(i + type[0].length()) % 4]));
            }
        }
        List<TierListData.Member> backbones = new ArrayList<>();
        String[] backboneChanges = {"保留骨干", "新晋骨干", "保留骨干", "首席降为骨干", "退出骨干", "保留骨干"};
        for (String zone : ZONES) {
            for (String stage : List.of("小学", "初中")) {
                for (int i = 0; i < 5; i++) {
                    backbones.add(member(random, stage, zone, stage, backboneChanges[(i + zone.length()) % 6]));
                }
            }
        }
        return new TierListData(header(), chiefs, backbones);
    }

    private static TierListData.Member member(Random random, String type, String zone, String stage, String change) {
        String[] grades = "小学".equals(stage) ? PRIMARY_GRADES : "初中".equals(stage) ? JUNIOR_GRADES : SENIOR_GRADES;
        String grade = change.startsWith("退出") || change.endsWith("普通") ? "基本合格" : "优秀";
        return new TierListData.Member(type, zone, stage, SCHOOLS.get(random.nextInt(SCHOOLS.size())), name(random),
                grades[random.nextInt(grades.length)], 1 + random.nextInt(10), BigDecimal.valueOf(880 + random.nextInt(110), 1),
                grade, change);
    }

    static TeacherArchiveData teacherArchive(int periodCount) {
        Random random = new Random(17);
        List<TeacherArchiveData.Period> periods = new ArrayList<>();
        String[] tiers = {"普通", "骨干", "骨干", "首席", "首席"};
        String[] changes = {"无变化", "新晋骨干", "保留骨干", "新晋首席", "保留首席"};
        for (int p = 0; p < periodCount; p++) {
            String period = (2021 + p) + "-" + (2022 + p);
            List<BigDecimal> values = scores(random);
            List<TeacherArchiveData.DimensionScore> scores = new ArrayList<>();
            for (int i = 0; i < DIMENSIONS.size(); i++) {
                scores.add(new TeacherArchiveData.DimensionScore(DIMENSIONS.get(i), values.get(i)));
            }
            BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<String> explanations = p == 1 ? List.of("优秀调整为合格：区级培训学时 4，少于 6 学时") : List.of();
            periods.add(new TeacherArchiveData.Period(period, "凤凰小学", "凤凰", "小学", PRIMARY_GRADES[p % 6], 3, scores, total,
                    p == 1 ? "合格" : grade(total), tiers[p % 5], changes[p % 5], p >= 2, p == 3, 32 + random.nextInt(8),
                    new BigDecimal(p == 1 ? "4" : "8"), new BigDecimal("10"), new BigDecimal("12.5"), explanations));
        }
        List<TeacherArchiveData.Incident> incidents = periodCount > 1
                ? List.of(new TeacherArchiveData.Incident(periods.get(1).period(), "2023-04-12", "学生课间追逐擦伤，已及时处置", "次要责任", "一般"))
                : List.of();
        return new TeacherArchiveData(header(), "T20250017", "林雅琴", periods, incidents);
    }

    private static List<BigDecimal> scores(Random random) {
        List<BigDecimal> scores = new ArrayList<>();
        for (ReportDimension d : DIMENSIONS) {
            scores.add(fraction(d.max(), 0.76 + random.nextDouble() * 0.24).setScale(1, RoundingMode.HALF_UP));
        }
        return scores;
    }

    private static String grade(BigDecimal total) {
        double t = total.doubleValue();
        return t >= 90 ? "优秀" : t >= 75 ? "合格" : t >= 60 ? "基本合格" : "不合格";
    }

    private static BigDecimal fraction(BigDecimal max, double share) {
        return max.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int length = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static ReportDimension dimension(String code, String label, int max) {
        return new ReportDimension(code, label, BigDecimal.valueOf(max));
    }
}
