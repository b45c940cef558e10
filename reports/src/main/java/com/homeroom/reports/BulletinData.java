package com.homeroom.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * 区级通报: the district-wide bulletin the leadership group reads.
 *
 * @param dimensions     the scheme's dimensions (chart categories, in order)
 * @param gradesByStage  grade distribution per 学段
 * @param gradesByZone   grade distribution per 学区
 * @param zoneMeans      mean total per 学区 (bar chart)
 * @param dimensionMeans mean score per (学段, dimension) (chart, shown as % of the dimension maximum)
 * @param schools        every registry school, submitted or not, in print order
 * @param mustReplace    teachers graded 不合格 (不得继续从事班主任工作)
 * @param accountability incidents with 主要责任 and 严重 consequences (追究责任)
 * @param tierChanges    counts per tier change
 * @param dataQuality    per school: files and rows rejected, warnings
 * @param undifferentiated schools flagged 评分区分度不足
 */
public record BulletinData(ReportHeader header, List<ReportDimension> dimensions, Summary summary,
                           List<GradeCount> gradesByStage, List<GradeCount> gradesByZone, List<ZoneMean> zoneMeans,
                           List<StageDimensionMean> dimensionMeans, List<SchoolLine> schools,
                           List<FailedTeacher> mustReplace, List<AccountabilityCase> accountability,
                           List<TierChangeCount> tierChanges, List<SchoolDataQuality> dataQuality,
                           List<FlaggedSchool> undifferentiated) implements ReportData {

    public BulletinData {
        dimensions = List.copyOf(dimensions);
        gradesByStage = List.copyOf(gradesByStage);
        gradesByZone = List.copyOf(gradesByZone);
        zoneMeans = List.copyOf(zoneMeans);
        dimensionMeans = List.copyOf(dimensionMeans);
        schools = List.copyOf(schools);
        mustReplace = List.copyOf(mustReplace);
        accountability = List.copyOf(accountability);
        tierChanges = List.copyOf(tierChanges);
        dataQuality = List.copyOf(dataQuality);
        undifferentiated = List.copyOf(undifferentiated);
    }

    /**
     * @param schools      schools in the registry
     * @param submitted    schools with an accepted file
     * @param teachers     class teachers on accepted rosters
     * @param graded       teachers with a grade other than 未评分
     * @param commended    区级优秀班主任
     * @param cityRecommended 推荐市级
     * @param notSubmitted names of the schools that did not submit (未报送)
     */
    public record Summary(int schools, int submitted, int teachers, int graded, int commended, int cityRecommended,
                          List<String> notSubmitted) {

        public Summary {
            notSubmitted = List.copyOf(notSubmitted);
        }

        public int notSubmittedCount() {
            return schools - submitted;
        }

        /** The opening paragraph of the bulletin. */
        public String paragraph() {
            String missing = notSubmitted.isEmpty() ? "" : "（" + String.join("、", notSubmitted) + "）";
            return "本期全区登记学校 " + schools + " 所，已报送 " + submitted + " 所，未报送 " + notSubmittedCount() + " 所"
                    + missing + "。已报送学校共有班主任 " + teachers + " 人，已评分 " + graded + " 人；评选区级优秀班主任 "
                    + commended + " 人，其中推荐市级优秀班主任 " + cityRecommended + " 人。";
        }
    }

    /** @param group a 学段 or a 学区 */
    public record GradeCount(String group, int excellent, int qualified, int basic, int failed, int ungraded) {

        public int total() {
            return excellent + qualified + basic + failed + ungraded;
        }
    }

    public record ZoneMean(String zone, int graded, BigDecimal meanTotal) {
    }

    public record StageDimensionMean(String stage, ReportDimension dimension, BigDecimal mean) {

        public BigDecimal percent() {
            return dimension.percentOf(mean);
        }
    }

    /** @param meanTotal null for a school that did not submit */
    public record SchoolLine(String zone, String code, String name, String schoolType, boolean submitted, int teachers,
                             int graded, BigDecimal meanTotal, int excellent, int qualified, int basic, int failed,
                             int commended, List<String> flags) {

        public SchoolLine {
            flags = List.copyOf(flags);
        }

        public String flagText() {
            List<String> all = new java.util.ArrayList<>(flags);
            if (!submitted && !all.contains("未报送")) {
                all.add(0, "未报送");
            }
            return String.join("、", all);
        }
    }

    public record FailedTeacher(String zone, String schoolName, String teacherName, String stage, String gradeLevel,
                                Integer classNo, BigDecimal total, String reason) {

        public String classLabel() {
            return stage + " " + Labels.classLabel(gradeLevel, classNo);
        }
    }

    public record AccountabilityCase(String zone, String schoolName, String teacherName, String stage,
                                     String gradeLevel, Integer classNo, String date, String description,
                                     String responsibility, String consequence) {

        public String classLabel() {
            return stage + " " + Labels.classLabel(gradeLevel, classNo);
        }
    }

    /** @param change 新晋首席, 保留首席, 首席降为骨干, 首席降为普通, 新晋骨干, 保留骨干, 退出骨干 */
    public record TierChangeCount(String change, int primary, int junior, int senior) {

        public int total() {
            return primary + junior + senior;
        }
    }

    public record SchoolDataQuality(String zone, String code, String name, int filesAccepted, int filesRejected,
                                    int rowsRejected, int warnings) {
    }

    /** @param stdDev population standard deviation of totals; @param excellentShare percent 优秀 */
    public record FlaggedSchool(String zone, String code, String name, int graded, BigDecimal stdDev,
                                BigDecimal excellentShare) {
    }
}
