package com.homeroom.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * 学校反馈报告: one school's own results. It holds this school's teachers only; the 学区 and district
 * appear as means, never as other schools' teachers.
 *
 * @param dimensions   the scheme's dimensions, in column order
 * @param teachers     the school's roster teachers, in the order to print (merit order is usual)
 * @param comparison   per dimension: this school's mean against the 学区 and district means
 * @param explanations why a grade or tier is what it is (不合格, 降级, 优秀调整为合格), from scoring
 * @param problems     this school's rows of the reject list (errors and warnings)
 * @param flags        the school's flags, e.g. 评分区分度不足; empty when none
 */
public record SchoolReportData(ReportHeader header, School school, List<ReportDimension> dimensions,
                               List<Teacher> teachers, List<DimensionComparison> comparison,
                               List<Explanation> explanations, List<DataProblem> problems, List<String> flags)
        implements ReportData {

    public SchoolReportData {
        dimensions = List.copyOf(dimensions);
        teachers = List.copyOf(teachers);
        comparison = List.copyOf(comparison);
        explanations = List.copyOf(explanations);
        problems = List.copyOf(problems);
        flags = List.copyOf(flags);
        for (Teacher teacher : teachers) {
            if (!teacher.scores().isEmpty() && teacher.scores().size() != dimensions.size()) {
                throw new IllegalArgumentException("teacher " + teacher.teacherId() + " has "
                        + teacher.scores().size() + " scores for " + dimensions.size() + " dimensions");
            }
        }
    }

    /** This record under a header naming the digest of its data (see {@link DataDigest}). */
    public SchoolReportData withDataDigest(String digest) {
        return new SchoolReportData(header.withDataDigest(digest), school, dimensions, teachers, comparison,
                explanations, problems, flags);
    }

    /** One line under the title: head counts by grade and commendations. */
    public String summaryLine() {
        int graded = 0;
        java.util.Map<String, Integer> byGrade = new java.util.LinkedHashMap<>();
        for (String grade : List.of("优秀", "合格", "基本合格", "不合格", "未评分")) {
            byGrade.put(grade, 0);
        }
        int commended = 0;
        int city = 0;
        for (Teacher teacher : teachers) {
            byGrade.merge(teacher.grade() == null ? "未评分" : teacher.grade(), 1, Integer::sum);
            graded += "未评分".equals(teacher.grade()) || teacher.grade() == null ? 0 : 1;
            commended += teacher.commended() ? 1 : 0;
            city += teacher.cityRecommended() ? 1 : 0;
        }
        return "本校班主任 " + teachers.size() + " 人，已评分 " + graded + " 人：优秀 " + byGrade.get("优秀")
                + " 人，合格 " + byGrade.get("合格") + " 人，基本合格 " + byGrade.get("基本合格") + " 人，不合格 "
                + byGrade.get("不合格") + " 人；未评分 " + byGrade.get("未评分") + " 人。区级优秀班主任 " + commended
                + " 人（其中推荐市级 " + city + " 人）。";
    }

    /** The flags as printed, each with what it means; a sentence when there is none. */
    public String flagText() {
        if (flags.isEmpty()) {
            return "本校本期没有被标记。";
        }
        StringBuilder text = new StringBuilder();
        for (String flag : flags) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("· ").append(flag).append(Labels.flagMeaning(flag));
        }
        return text.toString();
    }

    /** @param schoolType 学校类型: 小学, 初中, 九年一贯制, 完全中学, 高中 */
    public record School(String code, String name, String zone, String schoolType) {
    }

    /**
     * One roster teacher's result. For 未评分: {@code scores} empty, {@code total}, ranks null.
     *
     * @param scores    one value per report dimension, same order; empty when not scored
     * @param tier      首席 / 骨干 / 普通
     * @param tierChange 新晋首席, 保留首席, 首席降为骨干, … or 无变化
     */
    public record Teacher(String teacherId, String name, String stage, String gradeLevel, Integer classNo,
                          List<BigDecimal> scores, BigDecimal total, String grade, Integer rankSchool,
                          Integer rankZoneStage, Integer rankDistrictStage, boolean commended,
                          boolean cityRecommended, String tier, String tierChange) {

        public Teacher {
            scores = scores == null ? List.of() : List.copyOf(scores);
        }

        public String classLabel() {
            return stage + " " + Labels.classLabel(gradeLevel, classNo);
        }

        /** 区级 / 区级·推荐市级 / empty. */
        public String commendation() {
            return cityRecommended ? "区级·推荐市级" : commended ? "区级" : "";
        }

        public String tierChangeShown() {
            return tierChange == null || "无变化".equals(tierChange) ? "" : tierChange;
        }
    }

    /** Means per dimension, in points (the chart shows them as % of the dimension's maximum). */
    public record DimensionComparison(ReportDimension dimension, BigDecimal schoolMean, BigDecimal zoneMean,
                                      BigDecimal districtMean) {
    }
}
