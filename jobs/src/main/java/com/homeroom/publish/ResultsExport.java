package com.homeroom.publish;

import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.Scheme;
import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the scoring stage's machine-readable outputs, district/results.csv and district/schools.csv,
 * as outputs.md specifies. results.csv has one column per dimension of the scheme, in its order.
 */
public final class ResultsExport {

    static final List<String> RESULTS_BEFORE_SCORES = List.of("period", "teacher_id", "name", "school_code",
            "school_name", "zone", "school_type", "stage", "grade_level", "class_no", "years");
    static final List<String> RESULTS_AFTER_SCORES = List.of("total", "grade", "ethics_veto", "incident_veto",
            "capped", "meetings_ok", "training_ok", "must_replace", "accountability", "rank_school", "rank_zone_stage",
            "rank_district_stage", "commended", "city_recommended", "prior_tier", "tier", "tier_change");
    public static final List<String> SCHOOLS_HEADER = List.of("period", "school_code", "school_name", "zone",
            "school_type", "submitted", "teachers", "graded", "mean_total", "excellent", "qualified", "basic", "failed",
            "commended", "undifferentiated");

    private final Warehouse warehouse;

    public ResultsExport(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public static List<String> resultsHeader(Scheme scheme) {
        return Stream.of(RESULTS_BEFORE_SCORES, scheme.dimensions().stream().map(Dimension::code).toList(),
                RESULTS_AFTER_SCORES).flatMap(List::stream).toList();
    }

    public void write(String period, Scheme scheme, Path districtDir) throws IOException, SQLException {
        Map<String, Object> parameters = Map.of("period", period,
                "dimensions", scheme.dimensions().stream().map(Dimension::code).collect(Collectors.joining(",")));
        int dimensions = scheme.dimensions().size();
        try (Connection c = warehouse.connect()) {
            try (PreparedStatement s = SqlResource.prepare(c, "publish/results", parameters);
                 ResultSet rs = s.executeQuery();
                 CsvWriter csv = new CsvWriter(districtDir.resolve("results.csv"), resultsHeader(scheme))) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    int column = 1;
                    for (; column <= RESULTS_BEFORE_SCORES.size(); column++) {
                        row.add(cell(rs.getObject(column)));
                    }
                    row.addAll(scores(rs.getArray(column++), dimensions));
                    for (; column <= rs.getMetaData().getColumnCount(); column++) {
                        row.add(cell(rs.getObject(column)));
                    }
                    csv.row(row);
                }
            }
            try (PreparedStatement s = SqlResource.prepare(c, "publish/schools", Map.of("period", period));
                 ResultSet rs = s.executeQuery();
                 CsvWriter csv = new CsvWriter(districtDir.resolve("schools.csv"), SCHOOLS_HEADER)) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= SCHOOLS_HEADER.size(); column++) {
                        row.add(cell(rs.getObject(column)));
                    }
                    csv.row(row);
                }
            }
        }
    }

    /** One value per dimension; all empty for 未评分 (no score row). */
    private static List<Object> scores(Array values, int dimensions) throws SQLException {
        List<Object> cells = new ArrayList<>();
        Object[] array = values == null ? null : (Object[]) values.getArray();
        if (array != null && array.length != dimensions) {
            throw new IllegalStateException("a score row has " + array.length + " of the scheme's " + dimensions
                    + " dimensions: score the period with the same scheme first");
        }
        for (int i = 0; i < dimensions; i++) {
            cells.add(array == null ? null : cell(array[i]));
        }
        return cells;
    }

    /** DECIMALs keep their scale as plain text (87.5, 90.0, 87.25); booleans print true/false. */
    private static Object cell(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value;
    }
}
