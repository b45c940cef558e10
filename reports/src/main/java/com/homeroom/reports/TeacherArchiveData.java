package com.homeroom.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * 一师一档: one teacher across every period in the warehouse, oldest first. Each period carries its own
 * dimensions, since the scheme may change between periods.
 */
public record TeacherArchiveData(ReportHeader header, String teacherId, String name, List<Period> periods,
                                 List<Incident> incidents) implements ReportData {

    public TeacherArchiveData {
        periods = List.copyOf(periods);
        incidents = List.copyOf(incidents);
    }

    /** This record under a header naming the digest of its data (see {@link DataDigest}). */
    public TeacherArchiveData withDataDigest(String digest) {
        return new TeacherArchiveData(header.withDataDigest(digest), teacherId, name, periods, incidents);
    }

    /** The line under the title: the latest post, tier and how often commended. */
    public String profileLine() {
        if (periods.isEmpty()) {
            return "档案中没有考核记录。";
        }
        Period latest = periods.get(periods.size() - 1);
        long commendedTimes = periods.stream().filter(Period::commended).count();
        return "现任：" + latest.schoolName() + "（学区：" + latest.zone() + "）" + latest.classLabel() + "　现梯队："
                + latest.tier() + "　档案学年数：" + periods.size() + "　获区级优秀班主任 " + commendedTimes + " 次";
    }

    /** One explanation row of one period, for the archive's explanation table. */
    record Note(String period, String text) {
    }

    List<Note> notes() {
        List<Note> notes = new java.util.ArrayList<>();
        for (Period period : periods) {
            for (String text : period.explanations()) {
                notes.add(new Note(period.period(), text));
            }
        }
        return notes;
    }

    /**
     * @param scores        empty when the period was 未评分
     * @param commended     区级优秀班主任 that period
     * @param explanations  explanation rows from scoring for that period
     */
    public record Period(String period, String schoolName, String zone, String stage, String gradeLevel,
                         Integer classNo, List<DimensionScore> scores, BigDecimal total, String grade, String tier,
                         String tierChange, boolean commended, boolean cityRecommended, int meetings,
                         BigDecimal trainingDistrict, BigDecimal trainingZone, BigDecimal trainingSchool,
                         List<String> explanations) {

        public Period {
            scores = scores == null ? List.of() : List.copyOf(scores);
            explanations = explanations == null ? List.of() : List.copyOf(explanations);
        }

        public String classLabel() {
            return stage + " " + Labels.classLabel(gradeLevel, classNo);
        }

        public String commendation() {
            return cityRecommended ? "区级优秀班主任·推荐市级" : commended ? "区级优秀班主任" : "";
        }

        public BigDecimal trainingTotal() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal hours : List.of(zeroIfNull(trainingDistrict), zeroIfNull(trainingZone),
                    zeroIfNull(trainingSchool))) {
                sum = sum.add(hours);
            }
            return sum;
        }

        private static BigDecimal zeroIfNull(BigDecimal value) {
            return value == null ? BigDecimal.ZERO : value;
        }
    }

    public record DimensionScore(ReportDimension dimension, BigDecimal value) {
    }

    /** @param responsibility 无责任 / 次要责任 / 主要责任; @param consequence 一般 / 较重 / 严重 */
    public record Incident(String period, String date, String description, String responsibility,
                           String consequence) {
    }
}
