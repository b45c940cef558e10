package com.homeroom.publish.report;

import com.homeroom.reports.BulletinData;
import com.homeroom.reports.CommendationListData;
import com.homeroom.reports.DataProblem;
import com.homeroom.reports.Explanation;
import com.homeroom.reports.PersonalData;
import com.homeroom.reports.ReportDimension;
import com.homeroom.reports.ReportHeader;
import com.homeroom.reports.SchoolReportData;
import com.homeroom.reports.TeacherArchiveData;
import com.homeroom.reports.TierListData;
import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.Scheme;
import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scored period from the warehouse and builds the input records of the reports library:
 * one {@link SchoolReportData} per submitting school, the {@link BulletinData}, the
 * {@link CommendationListData}, the {@link TierListData} and one {@link TeacherArchiveData} per
 * teacher. The SQL is under {@code sql/report/}; no statement reads a phone number or a birth date,
 * and a school's record holds nothing about another school's teachers.
 *
 * <p>Numbers stay exact: totals and scores are the warehouse's DECIMALs; means are exact sums divided
 * once and rounded half-up to two decimals.
 */
public final class ReportInputs {

    /** 学段 in the order documents list them. */
    static final List<String> STAGES = List.of("小学", "初中", "高中");
    static final String NO_CHANGE = "无变化";
    static final String UNSCORED = "未评分";
    static final String UNDIFFERENTIATED = "评分区分度不足";
    private static final int MEAN_SCALE = 2;
    private static final Pattern PERIOD_YEARS = Pattern.compile("(\\d{4})\\D+(\\d{4})");
    private static final Pattern FIRST_YEAR = Pattern.compile("(\\d{4})");

    private final Warehouse warehouse;
    private final Scheme scheme;
    private final List<ReportDimension> dimensions;

    public ReportInputs(Warehouse warehouse, Scheme scheme) {
        this.warehouse = warehouse;
        this.scheme = scheme;
        List<ReportDimension> list = new ArrayList<>();
        for (Dimension d : scheme.dimensions()) {
            list.add(new ReportDimension(d.code(), d.column(), d.max()));
        }
        this.dimensions = List.copyOf(list);
    }

    /** The scheme's dimensions as the reports show them (code, workbook column as label, max). */
    public List<ReportDimension> dimensions() {
        return dimensions;
    }

    // ------------------------------------------------------------------------------------------
    // 学校反馈报告

    /** Registry schools with an accepted file in the period, in code-point order. */
    public List<String> schoolCodes(String period) throws SQLException {
        return query("report/school-codes", Map.of("period", period), rs -> rs.getString(1));
    }

    /** One school's feedback report: its own teachers, its means against 学区 and district, its problems. */
    public SchoolReportData school(String period, String schoolCode, ReportHeader header) throws SQLException {
        Map<String, Object> p = Map.of("period", period, "school_code", schoolCode);
        List<SchoolRow> schools = query("report/school", p, rs -> new SchoolRow(
                new SchoolReportData.School(rs.getString("school_code"), rs.getString("school_name"),
                        rs.getString("zone"), rs.getString("school_type")),
                rs.getBoolean("undifferentiated")));
        if (schools.isEmpty()) {
            throw new IllegalArgumentException("no school " + schoolCode + " in the registry of " + period);
        }
        SchoolRow school = schools.get(0);
        List<SchoolReportData.Teacher> teachers = query("report/school-teachers", p, rs -> new SchoolReportData.Teacher(
                rs.getString("teacher_id"), rs.getString("name"), rs.getString("stage"), rs.getString("grade_level"),
                integer(rs, "class_no"),
                aligned(rs.getString("teacher_id"), rs.getArray("codes"), rs.getArray("dimension_values")),
                rs.getBigDecimal("total"), rs.getString("grade"), integer(rs, "rank_school"),
                integer(rs, "rank_zone_stage"), integer(rs, "rank_district_stage"), rs.getBoolean("commended"),
                rs.getBoolean("city_recommended"), rs.getString("tier"), rs.getString("tier_change")));

        DimensionSums sums = dimensionSums(period);
        String zone = school.school().zone();
        List<SchoolReportData.DimensionComparison> comparison = new ArrayList<>();
        for (ReportDimension d : dimensions) {
            comparison.add(new SchoolReportData.DimensionComparison(d,
                    sums.mean(d.code(), r -> r.schoolCode().equals(schoolCode)),
                    sums.mean(d.code(), r -> r.zone().equals(zone)),
                    sums.mean(d.code(), r -> true)));
        }

        List<Explanation> explanations = new ArrayList<>();
        for (ReasonRow r : query("report/school-explanations", p, rs -> new ReasonRow(null, rs.getString("teacher_id"),
                rs.getString("name"), rs.getString("grade"), rs.getString("total_grade"), rs.getString("tier_change"),
                rs.getString("rule_code"), rs.getString("text")))) {
            String subject = subject(r);
            if (subject != null) {
                explanations.add(new Explanation(r.teacherId(), r.name(), subject, r.text()));
            }
        }

        List<DataProblem> problems = query("report/school-problems", p, rs -> {
            String column = rs.getString("column_name");
            return new DataProblem(rs.getString("file"), rs.getString("sheet"), integer(rs, "row_no"), column,
                    rs.getString("value"), rs.getString("severity"), rs.getString("code"),
                    PersonalData.message(column, rs.getString("message")));
        });

        List<String> flags = school.undifferentiated() ? List.of(UNDIFFERENTIATED) : List.of();
        return new SchoolReportData(header, school.school(), dimensions, teachers, comparison, explanations, problems,
                flags);
    }

    // ------------------------------------------------------------------------------------------
    // 区级通报

    public BulletinData bulletin(String period, ReportHeader header) throws SQLException {
        Map<String, Object> p = Map.of("period", period);
        List<BulletinData.Summary> summaries = query("report/bulletin-summary", p, rs -> new BulletinData.Summary(
                rs.getInt("schools"), rs.getInt("submitted"), rs.getInt("teachers"), rs.getInt("graded"),
                rs.getInt("commended"), rs.getInt("city"), strings(rs.getArray("not_submitted"))));
        BulletinData.Summary summary = summaries.get(0);

        List<BulletinData.GradeCount> byStage = query("report/bulletin-grades-by-stage", p, rs ->
                new BulletinData.GradeCount(rs.getString("stage"), rs.getInt("excellent"), rs.getInt("qualified"),
                        rs.getInt("basic"), rs.getInt("failed"), rs.getInt("ungraded")));

        List<BulletinData.GradeCount> byZone = new ArrayList<>();
        List<BulletinData.ZoneMean> zoneMeans = new ArrayList<>();
        query("report/bulletin-zones", p, rs -> {
            String zone = rs.getString("zone");
            byZone.add(new BulletinData.GradeCount(zone, rs.getInt("excellent"), rs.getInt("qualified"),
                    rs.getInt("basic"), rs.getInt("failed"), rs.getInt("ungraded")));
            int graded = rs.getInt("graded");
            if (graded > 0) {
                zoneMeans.add(new BulletinData.ZoneMean(zone, graded, mean(rs.getBigDecimal("total_sum"), graded)));
            }
            return null;
        });

        DimensionSums sums = dimensionSums(period);
        List<BulletinData.StageDimensionMean> dimensionMeans = new ArrayList<>();
        for (String stage : sums.stages()) {
            for (ReportDimension d : dimensions) {
                BigDecimal mean = sums.mean(d.code(), r -> r.stage().equals(stage));
                if (mean != null) {
                    dimensionMeans.add(new BulletinData.StageDimensionMean(stage, d, mean));
                }
            }
        }

        List<BulletinData.SchoolLine> schools = query("report/bulletin-schools", p, rs -> new BulletinData.SchoolLine(
                rs.getString("zone"), rs.getString("school_code"), rs.getString("school_name"),
                rs.getString("school_type"), rs.getBoolean("submitted"), rs.getInt("teachers"), rs.getInt("graded"),
                rs.getBigDecimal("mean_total"), rs.getInt("excellent"), rs.getInt("qualified"), rs.getInt("basic"),
                rs.getInt("failed"), rs.getInt("commended"),
                rs.getBoolean("undifferentiated") ? List.of(UNDIFFERENTIATED) : List.of()));

        List<BulletinData.FailedTeacher> mustReplace = query("report/must-replace", p, rs ->
                new BulletinData.FailedTeacher(rs.getString("zone"), rs.getString("school_name"), rs.getString("name"),
                        rs.getString("stage"), rs.getString("grade_level"), integer(rs, "class_no"),
                        rs.getBigDecimal("total"), rs.getString("reason")));

        List<BulletinData.AccountabilityCase> accountability = query("report/accountability", p, rs ->
                new BulletinData.AccountabilityCase(rs.getString("zone"), rs.getString("school_name"),
                        rs.getString("name"), rs.getString("stage"), rs.getString("grade_level"),
                        integer(rs, "class_no"), date(rs, "incident_date"), rs.getString("summary"),
                        rs.getString("responsibility"), rs.getString("consequence")));

        List<BulletinData.TierChangeCount> tierChanges = query("report/tier-changes", p, rs ->
                new BulletinData.TierChangeCount(rs.getString("tier_change"), rs.getInt("primary_count"),
                        rs.getInt("junior_count"), rs.getInt("senior_count")));

        List<BulletinData.SchoolDataQuality> quality = query("report/data-quality", p, rs ->
                new BulletinData.SchoolDataQuality(rs.getString("zone"), rs.getString("school_code"),
                        rs.getString("school_name"), rs.getInt("files_accepted"), rs.getInt("files_rejected"),
                        rs.getInt("rows_rejected"), rs.getInt("warnings")));

        List<BulletinData.FlaggedSchool> flagged = query("report/flagged-schools", p, rs -> {
            int graded = rs.getInt("graded");
            return new BulletinData.FlaggedSchool(rs.getString("zone"), rs.getString("school_code"),
                    rs.getString("school_name"), graded,
                    populationSd(graded, rs.getBigDecimal("sum_x"), rs.getBigDecimal("sum_xx")),
                    graded == 0 ? null : BigDecimal.valueOf(100L * rs.getInt("excellent"))
                            .divide(BigDecimal.valueOf(graded), 1, RoundingMode.HALF_UP));
        });

        return new BulletinData(header, dimensions, summary, byStage, byZone, zoneMeans, dimensionMeans, schools,
                mustReplace, accountability, tierChanges, quality, flagged);
    }

    // ------------------------------------------------------------------------------------------
    // 优秀班主任表彰名单

    /** The commendation list under the default document number {@link #documentNumber(String)}. */
    public CommendationListData commendations(String period, ReportHeader header) throws SQLException {
        return commendations(period, header, documentNumber(period));
    }

    public CommendationListData commendations(String period, ReportHeader header, String documentNumber)
            throws SQLException {
        record Row(CommendationListData.Commended commended, boolean city, int meritNo) {
        }
        List<Row> rows = query("report/commended", Map.of("period", period), rs -> new Row(
                new CommendationListData.Commended(rs.getString("stage"), rs.getString("zone"),
                        rs.getString("school_name"), rs.getString("name"), rs.getString("grade_level"),
                        integer(rs, "class_no"), rs.getBigDecimal("total")),
                rs.getBoolean("city_recommended"), rs.getInt("merit_no")));
        List<CommendationListData.Commended> commended = rows.stream().map(Row::commended).toList();
        List<CommendationListData.Commended> city = rows.stream().filter(Row::city)
                .sorted(Comparator.comparingInt((Row r) -> stageOrder(r.commended().stage()))
                        .thenComparing(r -> r.commended().stage()).thenComparingInt(Row::meritNo))
                .map(Row::commended).toList();
        return new CommendationListData(header, documentNumber, commended, city);
    }

    /** 文号-like line: {@code 区教体发〔2026〕1号} for period 2025-2026 (the year the period ends). */
    public static String documentNumber(String period) {
        Matcher years = PERIOD_YEARS.matcher(period);
        String year;
        if (years.find()) {
            year = years.group(2);
        } else {
            Matcher first = FIRST_YEAR.matcher(period);
            year = first.find() ? first.group(1) : period;
        }
        return "区教体发〔" + year + "〕1号";
    }

    // ------------------------------------------------------------------------------------------
    // 梯队名单

    /**
     * 首席 (by 学校类型, 学段) and 骨干 (by 学区, 学段) with their changes. Teachers who left a tier are
     * listed in the tier they left (首席降为骨干 in both lists). A 未评分 teacher keeps their tier and
     * is listed with 保留首席 / 保留骨干 (grade 未评分), since the warehouse records 无变化 for them.
     */
    public TierListData tiers(String period, ReportHeader header) throws SQLException {
        List<TierListData.Member> chiefs = new ArrayList<>();
        List<TierListData.Member> backbones = new ArrayList<>();
        query("report/tier-members", Map.of("period", period), rs -> {
            String prior = rs.getString("prior_tier");
            String tier = rs.getString("tier");
            String change = rs.getString("tier_change");
            if (change == null || NO_CHANGE.equals(change)) {
                change = "首席".equals(tier) ? "保留首席" : "骨干".equals(tier) ? "保留骨干" : null;
            }
            if (change == null) {
                return null;
            }
            TierListData.Member member = new TierListData.Member(rs.getString("school_type"), rs.getString("zone"),
                    rs.getString("stage"), rs.getString("school_name"), rs.getString("name"),
                    rs.getString("grade_level"), integer(rs, "class_no"), rs.getBigDecimal("total"),
                    rs.getString("grade"), change);
            if ("首席".equals(prior) || "首席".equals(tier)) {
                chiefs.add(member);
            }
            if ("骨干".equals(tier) || ("骨干".equals(prior) && !"首席".equals(tier))) {
                backbones.add(member);
            }
            return null;
        });
        return new TierListData(header, chiefs, backbones);
    }

    // ------------------------------------------------------------------------------------------
    // 一师一档

    /** Every teacher assessed in the period, with their school, by school then 教师编号. */
    public List<TeacherRef> teacherIds(String period) throws SQLException {
        return query("report/teachers", Map.of("period", period),
                rs -> new TeacherRef(rs.getString("school_code"), rs.getString("teacher_id")));
    }

    /**
     * One teacher in every period of the warehouse, oldest first. Each period's dimensions are the
     * codes its score row holds: label and maximum from the current scheme where the code matches;
     * otherwise the code is the label and the maximum is unknown (zero).
     */
    public TeacherArchiveData archive(String teacherId, ReportHeader header) throws SQLException {
        Map<String, Object> p = Map.of("teacher_id", teacherId);
        Map<String, List<String>> explanations = new LinkedHashMap<>();
        for (ReasonRow r : query("report/archive-explanations", p, rs -> new ReasonRow(rs.getString("period"),
                teacherId, null, rs.getString("grade"), rs.getString("total_grade"), rs.getString("tier_change"),
                rs.getString("rule_code"), rs.getString("text")))) {
            if (subject(r) != null) {
                explanations.computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r.text());
            }
        }
        List<String> names = new ArrayList<>();
        List<TeacherArchiveData.Period> periods = query("report/archive-periods", p, rs -> {
            names.add(rs.getString("name"));
            String period = rs.getString("period");
            return new TeacherArchiveData.Period(period, rs.getString("school_name"), rs.getString("zone"),
                    rs.getString("stage"), rs.getString("grade_level"), integer(rs, "class_no"),
                    archiveScores(rs.getArray("codes"), rs.getArray("dimension_values")), rs.getBigDecimal("total"),
                    rs.getString("grade"), rs.getString("tier"), rs.getString("tier_change"),
                    rs.getBoolean("commended"), rs.getBoolean("city_recommended"), rs.getInt("meetings"),
                    rs.getBigDecimal("training_district"), rs.getBigDecimal("training_zone"),
                    rs.getBigDecimal("training_school"), explanations.getOrDefault(period, List.of()));
        });
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("teacher " + teacherId + " has no assessment in the warehouse");
        }
        List<TeacherArchiveData.Incident> incidents = query("report/archive-incidents", p, rs ->
                new TeacherArchiveData.Incident(rs.getString("period"), date(rs, "incident_date"),
                        rs.getString("summary"), rs.getString("responsibility"), rs.getString("consequence")));
        return new TeacherArchiveData(header, teacherId, names.get(names.size() - 1), periods, incidents);
    }

    // ------------------------------------------------------------------------------------------
    // Explanations

    /** One explanation row from scoring with what the report needs to decide whether it shows it. */
    private record ReasonRow(String period, String teacherId, String name, String grade, String totalGrade,
                             String tierChange, String ruleCode, String text) {
    }

    /**
     * What an explanation row explains, or null when reports leave it out: the rows behind 不合格,
     * 优秀调整为合格 (with the total that reached 优秀), a tier lost (首席降为骨干, 首席降为普通,
     * 退出骨干), 未评分 and 追究责任 of a 未评分 teacher. Prior tiers, kept or new tiers and
     * commendation reasons are not explained.
     */
    private static String subject(ReasonRow r) {
        boolean adjusted = "优秀".equals(r.totalGrade()) && "合格".equals(r.grade());
        return switch (r.ruleCode()) {
            case "UNSCORED" -> UNSCORED;
            case "ETHICS_VETO", "MUST_REPLACE" -> "不合格";
            case "INCIDENT_VETO" -> UNSCORED.equals(r.grade()) ? "追究责任" : "不合格";
            case "GRADE_BY_TOTAL" -> "不合格".equals(r.grade()) ? "不合格" : adjusted ? "优秀调整为合格" : null;
            case "CAPPED", "MEETINGS_SHORT", "TRAINING_SHORT" -> "优秀调整为合格";
            case "CHIEF_TO_BACKBONE", "CHIEF_TO_REGULAR", "BACKBONE_EXIT" -> r.tierChange();
            default -> null;
        };
    }

    // ------------------------------------------------------------------------------------------
    // Dimension values and means

    /** One teacher's values in the scheme's order; empty when not scored. */
    private List<BigDecimal> aligned(String teacherId, Array codes, Array values) throws SQLException {
        Map<String, BigDecimal> byCode = byCode(codes, values);
        if (byCode.isEmpty()) {
            return List.of();
        }
        List<BigDecimal> aligned = new ArrayList<>();
        for (ReportDimension d : dimensions) {
            BigDecimal value = byCode.get(d.code());
            if (value == null) {
                throw new IllegalStateException("the score row of " + teacherId + " has no value for " + d.code()
                        + ": score the period with the same scheme first");
            }
            aligned.add(value);
        }
        return aligned;
    }

    /** A period's values as the archive shows them: scheme dimensions first, other codes after. */
    private List<TeacherArchiveData.DimensionScore> archiveScores(Array codes, Array values) throws SQLException {
        Map<String, BigDecimal> byCode = byCode(codes, values);
        List<TeacherArchiveData.DimensionScore> scores = new ArrayList<>();
        for (ReportDimension d : dimensions) {
            if (byCode.containsKey(d.code())) {
                scores.add(new TeacherArchiveData.DimensionScore(d, byCode.remove(d.code())));
            }
        }
        for (Map.Entry<String, BigDecimal> other : byCode.entrySet()) {
            scores.add(new TeacherArchiveData.DimensionScore(
                    new ReportDimension(other.getKey(), other.getKey(), BigDecimal.ZERO), other.getValue()));
        }
        return scores;
    }

    private static Map<String, BigDecimal> byCode(Array codes, Array values) throws SQLException {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        if (codes == null || values == null) {
            return byCode;
        }
        Object[] c = (Object[]) codes.getArray();
        Object[] v = (Object[]) values.getArray();
        for (int i = 0; i < c.length; i++) {
            byCode.put((String) c[i], (BigDecimal) v[i]);
        }
        return byCode;
    }

    private record SumRow(String schoolCode, String zone, String stage, String dimension, BigDecimal sum, int count) {
    }

    /** Per-(school, 学区, 学段, dimension) sums of the graded teachers' values, to add up as needed. */
    private record DimensionSums(List<SumRow> rows) {

        BigDecimal mean(String dimension, java.util.function.Predicate<SumRow> where) {
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (SumRow r : rows) {
                if (r.dimension().equals(dimension) && where.test(r)) {
                    sum = sum.add(r.sum());
                    count += r.count();
                }
            }
            return count == 0 ? null : ReportInputs.mean(sum, count);
        }

        List<String> stages() {
            return rows.stream().map(SumRow::stage).distinct()
                    .sorted(Comparator.comparingInt(ReportInputs::stageOrder).thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
    }

    private DimensionSums dimensionSums(String period) throws SQLException {
        return new DimensionSums(query("report/dimension-sums", Map.of("period", period), rs -> new SumRow(
                rs.getString("school_code"), rs.getString("zone"), rs.getString("stage"), rs.getString("dimension"),
                rs.getBigDecimal("value_sum"), rs.getInt("value_count"))));
    }

    static BigDecimal mean(BigDecimal sum, int count) {
        return sum == null || count == 0 ? null
                : sum.divide(BigDecimal.valueOf(count), MEAN_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Population SD of totals from their sums in tenths (x = 10 × total): sqrt(n·Σx² − (Σx)²) / (10·n),
     * rounded half-up to two decimals.
     */
    static BigDecimal populationSd(int n, BigDecimal sumX, BigDecimal sumXx) {
        if (n == 0 || sumX == null || sumXx == null) {
            return null;
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal spread = count.multiply(sumXx).subtract(sumX.multiply(sumX));
        if (spread.signum() <= 0) {
            return BigDecimal.ZERO.setScale(MEAN_SCALE);
        }
        return spread.sqrt(MathContext.DECIMAL128).divide(count.multiply(BigDecimal.TEN), MathContext.DECIMAL128)
                .setScale(MEAN_SCALE, RoundingMode.HALF_UP);
    }

    static int stageOrder(String stage) {
        int index = STAGES.indexOf(stage);
        return index < 0 ? STAGES.size() : index;
    }

    // ------------------------------------------------------------------------------------------
    // JDBC

    private record SchoolRow(SchoolReportData.School school, boolean undifferentiated) {
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs a {@code sql/<name>.sql} query; rows the mapper maps to null are left out. */
    private <T> List<T> query(String name, Map<String, ?> parameters, RowMapper<T> mapper) throws SQLException {
        try (Connection c = warehouse.connect();
             PreparedStatement s = SqlResource.prepare(c, name, parameters);
             ResultSet rs = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                T row = mapper.map(rs);
                if (row != null) {
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String date(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "";
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        return value.toString();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            strings.add((String) o);
        }
        return strings;
    }

    /** The scheme the inputs align scores to. */
    public Scheme scheme() {
        return scheme;
    }
}
