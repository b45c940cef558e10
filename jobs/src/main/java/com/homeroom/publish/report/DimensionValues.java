package com.homeroom.publish.report;

import com.homeroom.reports.ReportDimension;
import com.homeroom.reports.TeacherArchiveData;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A score row's dimension values, which the queries return as two parallel lists (codes, values)
 * from the long-form score_value table, put in the scheme's order.
 */
final class DimensionValues {

    private final List<ReportDimension> dimensions;

    DimensionValues(List<ReportDimension> dimensions) {
        this.dimensions = dimensions;
    }

    /** One teacher's values in the scheme's order; empty when not scored. */
    List<BigDecimal> aligned(String teacherId, Array codes, Array values) throws SQLException {
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
    List<TeacherArchiveData.DimensionScore> archiveScores(Array codes, Array values) throws SQLException {
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
}
