package com.homeroom.publish.report;

import com.homeroom.reports.ReportDimension;
import com.homeroom.reports.ReportHeader;
import com.homeroom.reports.TeacherArchiveData;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 一师一档 records for a batch of teachers in three queries (periods, incidents, explanations),
 * whatever the batch's size. Read one teacher at a time, these queries cost more than rendering the
 * page (about 45 ms against 17 ms at city scale, on a busy machine); a batch of 500 reads in about
 * 130 ms at 10,000 schools, a quarter of a millisecond per teacher.
 */
final class TeacherArchives {

    private final ReportQuery query;
    private final DimensionValues values;

    TeacherArchives(ReportQuery query, List<ReportDimension> dimensions) {
        this.query = query;
        this.values = new DimensionValues(dimensions);
    }

    /**
     * Each listed teacher in every period of the warehouse, oldest first, keyed by 教师编号 in the
     * order listed; a teacher with no assessment in any period is left out. Each period's dimensions
     * are the codes its score row holds: label and maximum from the current scheme where the code
     * matches; otherwise the code is the label and the maximum is unknown (zero).
     */
    Map<String, TeacherArchiveData> load(Collection<String> teacherIds, ReportHeader header) throws SQLException {
        Map<String, Object> p = Map.of("teachers", List.copyOf(teacherIds));
        Map<String, Map<String, List<String>>> explanations = new HashMap<>();
        query.list("report/archive-explanations", p, rs -> {
            Explanations.ReasonRow r = new Explanations.ReasonRow(rs.getString("period"), rs.getString("teacher_id"),
                    null, rs.getString("grade"), rs.getString("total_grade"), rs.getString("tier_change"),
                    rs.getString("rule_code"), rs.getString("text"));
            if (Explanations.subject(r) != null) {
                explanations.computeIfAbsent(r.teacherId(), k -> new HashMap<>())
                        .computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r.text());
            }
            return null;
        });
        Map<String, List<TeacherArchiveData.Period>> periods = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        query.list("report/archive-periods", p, rs -> {
            String teacher = rs.getString("teacher_id");
            String period = rs.getString("period");
            names.put(teacher, rs.getString("name")); // rows come oldest first: the latest name stays
            periods.computeIfAbsent(teacher, k -> new ArrayList<>()).add(new TeacherArchiveData.Period(period,
                    rs.getString("school_name"), rs.getString("zone"), rs.getString("stage"),
                    rs.getString("grade_level"), ReportQuery.integer(rs, "class_no"),
                    values.archiveScores(rs.getArray("codes"), rs.getArray("dimension_values")),
                    rs.getBigDecimal("total"), rs.getString("grade"), rs.getString("tier"),
                    rs.getString("tier_change"), rs.getBoolean("commended"), rs.getBoolean("city_recommended"),
                    rs.getInt("meetings"), rs.getBigDecimal("training_district"), rs.getBigDecimal("training_zone"),
                    rs.getBigDecimal("training_school"),
                    explanations.getOrDefault(teacher, Map.of()).getOrDefault(period, List.of())));
            return null;
        });
        Map<String, List<TeacherArchiveData.Incident>> incidents = new HashMap<>();
        query.list("report/archive-incidents", p, rs -> {
            incidents.computeIfAbsent(rs.getString("teacher_id"), k -> new ArrayList<>()).add(
                    new TeacherArchiveData.Incident(rs.getString("period"), ReportQuery.date(rs, "incident_date"),
                            rs.getString("summary"), rs.getString("responsibility"), rs.getString("consequence")));
            return null;
        });

        Map<String, TeacherArchiveData> archives = new LinkedHashMap<>();
        for (String teacher : teacherIds) {
            List<TeacherArchiveData.Period> own = periods.get(teacher);
            if (own != null) {
                archives.put(teacher, new TeacherArchiveData(header, teacher, names.get(teacher), own,
                        incidents.getOrDefault(teacher, List.of())));
            }
        }
        return archives;
    }
}
