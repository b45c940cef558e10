package com.homeroom.publish;

import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the intake stage's machine-readable outputs: district/rejects.csv and district/intake.csv. */
public final class IntakeExport {

    public static final List<String> REJECTS_HEADER = List.of("period", "file", "school_code", "sheet", "row",
            "column", "value", "severity", "code", "message");
    public static final List<String> INTAKE_HEADER = List.of("period", "file", "school_code", "status", "reason",
            "roster_read", "roster_loaded", "roster_rejected", "scores_read", "scores_loaded", "scores_rejected",
            "activity_read", "activity_loaded", "activity_rejected", "incidents_read", "incidents_loaded",
            "incidents_rejected");

    private final Warehouse warehouse;

    public IntakeExport(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public void write(String period, Path districtDir) throws IOException, SQLException {
        export(period, "publish/rejects", districtDir.resolve("rejects.csv"), REJECTS_HEADER);
        export(period, "publish/intake", districtDir.resolve("intake.csv"), INTAKE_HEADER);
    }

    private void export(String period, String sql, Path file, List<String> header) throws IOException, SQLException {
        try (Connection c = warehouse.connect();
             PreparedStatement s = SqlResource.prepare(c, sql, Map.of("period", period));
             ResultSet rs = s.executeQuery();
             CsvWriter csv = new CsvWriter(file, header)) {
            int columns = rs.getMetaData().getColumnCount();
            List<Object> row = new ArrayList<>(columns);
            while (rs.next()) {
                row.clear();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                csv.row(row);
            }
        }
    }
}
