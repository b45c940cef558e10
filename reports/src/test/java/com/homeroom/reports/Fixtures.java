package com.homeroom.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small handcrafted report records whose every value a test can name. */
final class Fixtures {

    /** One renderer for the whole suite: templates and fonts are prepared once. */
    static final ReportRenderer RENDERER = new ReportRenderer();

    static final ReportHeader HEADER = ReportHeader.of("2025-2026", LocalDate.of(2026, 7, 15),
            "3f9a1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8",
            "9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c");

    /** What a build of Homeroom would pass as its render identity. */
    static final String BUILD = "2026-07-01T08:00:00Z";

    static final List<ReportDimension> THREE_DIMENSIONS = List.of(
            new ReportDimension("ethics", "师德师风", new BigDecimal("40")),
            new ReportDimension("care", "关爱学生", new BigDecimal("30")),
            new ReportDimension("research", "教研成果", new BigDecimal("30")));

    private Fixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static SchoolReportData.Teacher teacher(String id, String name, String grade, String total, String... scores) {
        List<BigDecimal> values = java.util.Arrays.stream(scores).map(BigDecimal::new).toList();
        return new SchoolReportData.Teacher(id, name, "小学", "三年级", 2, values, total == null ? null : d(total), grade,
                total == null ? null : 1, total == null ? null : 3, total == null ? null : 9, false, false, "普通", "无变化");
    }

    /** The school report as a run renders it: its lineage names the digest of its own data. */
    static SchoolReportData stamped(SchoolReportData report) {
        return report.withDataDigest(DataDigest.of(report, BUILD, null));
    }

    static TeacherArchiveData stamped(TeacherArchiveData archive) {
        return archive.withDataDigest(DataDigest.of(archive, BUILD, null));
    }

    /** 凤凰小学 with three teachers on a three-dimension scheme. */
    static SchoolReportData smallSchool() {
        List<SchoolReportData.Teacher> teachers = List.of(
                new SchoolReportData.Teacher("T1001", "林雅琴", "小学", "三年级", 2, List.of(d("38.5"), d("28.0"), d("27.5")),
                        d("94.0"), "优秀", 1, 2, 5, true, true, "骨干", "新晋骨干"),
                teacher("T1002", "周明轩", "不合格", "70.0", "20.0", "25.0", "25.0"),
                teacher("T1003", "吴可馨", "未评分", null));
        List<SchoolReportData.DimensionComparison> means = THREE_DIMENSIONS.stream()
                .map(dim -> new SchoolReportData.DimensionComparison(dim, dim.max().multiply(d("0.8")),
                        dim.max().multiply(d("0.85")), dim.max().multiply(d("0.9"))))
                .toList();
        return new SchoolReportData(HEADER, new SchoolReportData.School("FH01", "凤凰小学", "凤凰", "小学"),
                THREE_DIMENSIONS, teachers, means,
                List.of(new Explanation("T1002", "周明轩", "不合格", "师德考核结论为不合格（一票否决）")),
                List.of(new DataProblem("凤凰小学.xlsx", "班主任名册", 9, "联系电话", "13953600218", "warning",
                                "INVALID_OPTIONAL", "第9行「联系电话」13953600218 不是有效号码"),
                        new DataProblem("凤凰小学.xlsx", "班主任名册", 10, "出生日期", "1988-13-05", "warning",
                                "INVALID_OPTIONAL", "第10行「出生日期」1988-13-05 不是有效日期"),
                        new DataProblem("凤凰小学.xlsx", "考核评分", 12, "关爱学生", "35", "error", "OVER_MAX",
                                "第12行「关爱学生」为35，超出满分30")),
                List.of("评分区分度不足"));
    }
}
