package com.homeroom.publish.report;

import com.homeroom.reports.BulletinData;
import com.homeroom.reports.CommendationListData;
import com.homeroom.reports.ReportDimension;
import com.homeroom.reports.ReportHeader;
import com.homeroom.reports.SchoolReportData;
import com.homeroom.reports.TeacherArchiveData;
import com.homeroom.reports.TierListData;
import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.Scheme;
import com.homeroom.warehouse.Warehouse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.homeroom.publish.report.ReportQuery.date;
import static com.homeroom.publish.report.ReportQuery.integer;
import static com.homeroom.publish.report.ReportQuery.strings;

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

    private final ReportQuery query;
    private final Scheme scheme;
    private final List<ReportDimension> dimensions;

    public ReportInputs(Warehouse warehouse, Scheme scheme) {
        this.query = new ReportQuery(warehouse);
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
        return query.list("report/school-codes", Map.of("period", period), rs -> rs.getString(1));
    }

    /** One school's feedback report: its own teachers, its means against 学区 and district, its problems. */
    public SchoolReportData school(String period, String schoolCode, ReportHeader header) throws SQLException {
        return schoolReports(period, header).load(List.of(schoolCode)).get(0);
    }

    /**
     * The period's school reports, to load a batch of schools at a time; the 学区 and district
     * means are worked out here, once.
     */
    public SchoolReports schoolReports(String period, ReportHeader header) throws SQLException {
        return new SchoolReports(query, dimensions, period, header);
    }

    // ------------------------------------------------------------------------------------------
    // 区级通报

    public BulletinData bulletin(String period, ReportHeader header) throws SQLException {
        Map<String, Object> p = Map.of("period", period);
        List<BulletinData.Summary> summaries = query.list("report/bulletin-summary", p, rs -> new BulletinData.Summary(
                rs.getInt("schools"), rs.getInt("submitted"), rs.getInt("teachers"), rs.getInt("graded"),
                rs.getInt("commended"), rs.getInt("city"), strings(rs.getArray("not_submitted"))));
        BulletinData.Summary summary = summaries.get(0);

        List<BulletinData.GradeCount> byStage = query.list("report/bulletin-grades-by-stage", p, rs ->
                new BulletinData.GradeCount(rs.getString("stage"), rs.getInt("excellent"), rs.getInt("qualified"),
                        rs.getInt("basic"), rs.getInt("failed"), rs.getInt("ungraded")));

        List<BulletinData.GradeCount> byZone = new ArrayList<>();
        List<BulletinData.ZoneMean> zoneMeans = new ArrayList<>();
        query.list("report/bulletin-zones", p, rs -> {
            String zone = rs.getString("zone");
            byZone.add(new BulletinData.GradeCount(zone, rs.getInt("excellent"), rs.getInt("qualified"),
                    rs.getInt("basic"), rs.getInt("failed"), rs.getInt("ungraded")));
            int graded = rs.getInt("graded");
            if (graded > 0) {
                zoneMeans.add(new BulletinData.ZoneMean(zone, graded, mean(rs.getBigDecimal("total_sum"), graded)));
            }
            return null;
        });

        DimensionSums sums = DimensionSums.of(query, period);
        List<BulletinData.StageDimensionMean> dimensionMeans = new ArrayList<>();
        for (String stage : sums.stages()) {
            for (ReportDimension d : dimensions) {
                BigDecimal mean = sums.mean(d.code(), r -> r.stage().equals(stage));
                if (mean != null) {
                    dimensionMeans.add(new BulletinData.StageDimensionMean(stage, d, mean));
                }
            }
        }

        List<BulletinData.SchoolLine> schools = query.list("report/bulletin-schools", p, rs -> new BulletinData.SchoolLine(
                rs.getString("zone"), rs.getString("school_code"), rs.getString("school_name"),
                rs.getString("school_type"), rs.getBoolean("submitted"), rs.getInt("teachers"), rs.getInt("graded"),
                rs.getBigDecimal("mean_total"), rs.getInt("excellent"), rs.getInt("qualified"), rs.getInt("basic"),
                rs.getInt("failed"), rs.getInt("commended"),
                rs.getBoolean("undifferentiated") ? List.of(UNDIFFERENTIATED) : List.of()));

        List<BulletinData.FailedTeacher> mustReplace = query.list("report/must-replace", p, rs ->
                new BulletinData.FailedTeacher(rs.getString("zone"), rs.getString("school_name"), rs.getString("name"),
                        rs.getString("stage"), rs.getString("grade_level"), integer(rs, "class_no"),
                        rs.getBigDecimal("total"), rs.getString("reason")));

        List<BulletinData.AccountabilityCase> accountability = query.list("report/accountability", p, rs ->
                new BulletinData.AccountabilityCase(rs.getString("zone"), rs.getString("school_name"),
                        rs.getString("name"), rs.getString("stage"), rs.getString("grade_level"),
                        integer(rs, "class_no"), date(rs, "incident_date"), rs.getString("summary"),
                        rs.getString("responsibility"), rs.getString("consequence")));

        List<BulletinData.TierChangeCount> tierChanges = query.list("report/tier-changes", p, rs ->
                new BulletinData.TierChangeCount(rs.getString("tier_change"), rs.getInt("primary_count"),
                        rs.getInt("junior_count"), rs.getInt("senior_count")));

        List<BulletinData.SchoolDataQuality> quality = query.list("report/data-quality", p, rs ->
                new BulletinData.SchoolDataQuality(rs.getString("zone"), rs.getString("school_code"),
                        rs.getString("school_name"), rs.getInt("files_accepted"), rs.getInt("files_rejected"),
                        rs.getInt("rows_rejected"), rs.getInt("warnings")));

        List<BulletinData.FlaggedSchool> flagged = query.list("report/flagged-schools", p, rs -> {
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
        List<Row> rows = query.list("report/commended", Map.of("period", period), rs -> new Row(
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
        query.list("report/tier-members", Map.of("period", period), rs -> {
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
        return query.list("report/teachers", Map.of("period", period),
                rs -> new TeacherRef(rs.getString("school_code"), rs.getString("teacher_id")));
    }

    /** One teacher in every period of the warehouse, oldest first (see {@link #archives}). */
    public TeacherArchiveData archive(String teacherId, ReportHeader header) throws SQLException {
        TeacherArchiveData archive = archives(List.of(teacherId), header).get(teacherId);
        if (archive == null) {
            throw new IllegalArgumentException("teacher " + teacherId + " has no assessment in the warehouse");
        }
        return archive;
    }

    /**
     * The listed teachers' archives, keyed by 教师编号 in the order listed, read in a few queries for
     * the whole batch; a teacher with no assessment is left out. Each period's dimensions are the
     * codes its score row holds: label and maximum from the current scheme where the code matches;
     * otherwise the code is the label and the maximum is unknown (zero).
     */
    public Map<String, TeacherArchiveData> archives(Collection<String> teacherIds, ReportHeader header)
            throws SQLException {
        return new TeacherArchives(query, dimensions).load(teacherIds, header);
    }

    // ------------------------------------------------------------------------------------------
    // Means

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

    /** The scheme the inputs align scores to. */
    public Scheme scheme() {
        return scheme;
    }
}
