package com.homeroom.publish.report;

import com.homeroom.reports.DataProblem;
import com.homeroom.reports.Explanation;
import com.homeroom.reports.PersonalData;
import com.homeroom.reports.ReportDimension;
import com.homeroom.reports.ReportHeader;
import com.homeroom.reports.SchoolReportData;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 学校反馈报告 records of one period, loaded a batch of schools at a time: four queries per
 * batch whatever its size, and the 学区 and district means worked out once for the period instead
 * of once per school (at city scale the per-school reading of the period's sums was most of the
 * step's time).
 */
public final class SchoolReports {

    private final ReportQuery query;
    private final DimensionValues values;
    private final List<ReportDimension> dimensions;
    private final String period;
    private final ReportHeader header;
    private final Map<String, Map<String, BigDecimal>> schoolMeans;
    private final Map<String, Map<String, BigDecimal>> zoneMeans;
    private final Map<String, BigDecimal> districtMeans;

    SchoolReports(ReportQuery query, List<ReportDimension> dimensions, String period, ReportHeader header)
            throws SQLException {
        this.query = query;
        this.values = new DimensionValues(dimensions);
        this.dimensions = dimensions;
        this.period = period;
        this.header = header;
        DimensionSums sums = DimensionSums.of(query, period);
        this.schoolMeans = sums.meansBy(DimensionSums.SumRow::schoolCode);
        this.zoneMeans = sums.meansBy(DimensionSums.SumRow::zone);
        this.districtMeans = sums.meansBy(r -> "").getOrDefault("", Map.of());
    }

    /** The reports of the listed schools, in that order; a code not in the period's registry fails. */
    public List<SchoolReportData> load(List<String> schoolCodes) throws SQLException {
        Map<String, Object> p = Map.of("period", period, "schools", schoolCodes);
        record SchoolRow(SchoolReportData.School school, boolean undifferentiated) {
        }
        Map<String, SchoolRow> schools = new HashMap<>();
        query.list("report/schools", p, rs -> schools.put(rs.getString("school_code"), new SchoolRow(
                new SchoolReportData.School(rs.getString("school_code"), rs.getString("school_name"),
                        rs.getString("zone"), rs.getString("school_type")),
                rs.getBoolean("undifferentiated"))));
        Map<String, List<SchoolReportData.Teacher>> teachers = new HashMap<>();
        query.list("report/school-teachers", p, rs -> add(teachers, rs.getString("school_code"), teacher(rs)));
        Map<String, List<Explanation>> explanations = new HashMap<>();
        query.list("report/school-explanations", p, rs -> {
            Explanations.ReasonRow r = new Explanations.ReasonRow(null, rs.getString("teacher_id"),
                    rs.getString("name"), rs.getString("grade"), rs.getString("total_grade"),
                    rs.getString("tier_change"), rs.getString("rule_code"), rs.getString("text"));
            String subject = Explanations.subject(r);
            return subject == null ? null : add(explanations, rs.getString("school_code"),
                    new Explanation(r.teacherId(), r.name(), subject, r.text()));
        });
        Map<String, List<DataProblem>> problems = new HashMap<>();
        query.list("report/school-problems", p, rs -> {
            String column = rs.getString("column_name");
            return add(problems, rs.getString("school_code"), new DataProblem(rs.getString("file"),
                    rs.getString("sheet"), ReportQuery.integer(rs, "row_no"), column, rs.getString("value"),
                    rs.getString("severity"), rs.getString("code"),
                    PersonalData.message(column, rs.getString("message"))));
        });

        List<SchoolReportData> reports = new ArrayList<>();
        for (String code : schoolCodes) {
            SchoolRow school = schools.get(code);
            if (school == null) {
                throw new IllegalArgumentException("no school " + code + " in the registry of " + period);
            }
            List<String> flags = school.undifferentiated() ? List.of(ReportInputs.UNDIFFERENTIATED) : List.of();
            reports.add(new SchoolReportData(header, school.school(), dimensions,
                    teachers.getOrDefault(code, List.of()), comparison(school.school()),
                    explanations.getOrDefault(code, List.of()), problems.getOrDefault(code, List.of()), flags));
        }
        return reports;
    }

    private SchoolReportData.Teacher teacher(java.sql.ResultSet rs) throws SQLException {
        return new SchoolReportData.Teacher(rs.getString("teacher_id"), rs.getString("name"), rs.getString("stage"),
                rs.getString("grade_level"), ReportQuery.integer(rs, "class_no"),
                values.aligned(rs.getString("teacher_id"), rs.getArray("codes"), rs.getArray("dimension_values")),
                rs.getBigDecimal("total"), rs.getString("grade"), ReportQuery.integer(rs, "rank_school"),
                ReportQuery.integer(rs, "rank_zone_stage"), ReportQuery.integer(rs, "rank_district_stage"),
                rs.getBoolean("commended"), rs.getBoolean("city_recommended"), rs.getString("tier"),
                rs.getString("tier_change"));
    }

    /** The school's means per dimension against its 学区's and the district's. */
    private List<SchoolReportData.DimensionComparison> comparison(SchoolReportData.School school) {
        Map<String, BigDecimal> own = schoolMeans.getOrDefault(school.code(), Map.of());
        Map<String, BigDecimal> zone = zoneMeans.getOrDefault(school.zone(), Map.of());
        List<SchoolReportData.DimensionComparison> comparison = new ArrayList<>();
        for (ReportDimension d : dimensions) {
            comparison.add(new SchoolReportData.DimensionComparison(d, own.get(d.code()), zone.get(d.code()),
                    districtMeans.get(d.code())));
        }
        return comparison;
    }

    /** Adds to the school's list; returns null so that the query keeps no rows of its own. */
    private static <T> Object add(Map<String, List<T>> bySchool, String code, T item) {
        bySchool.computeIfAbsent(code, k -> new ArrayList<>()).add(item);
        return null;
    }
}
