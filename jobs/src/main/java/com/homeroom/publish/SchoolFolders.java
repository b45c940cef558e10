package com.homeroom.publish;

import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The schools of a period that get a folder: those with an accepted file, in code order. */
public final class SchoolFolders {

    public record SchoolFolder(String code, String zone, String name) {
    }

    private SchoolFolders() {
    }

    public static List<SchoolFolder> of(Warehouse warehouse, String period) throws SQLException {
        try (Connection c = warehouse.connect();
             PreparedStatement s = SqlResource.prepare(c, "publish/school-folders", Map.of("period", period));
             ResultSet rs = s.executeQuery()) {
            List<SchoolFolder> folders = new ArrayList<>();
            while (rs.next()) {
                folders.add(new SchoolFolder(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return folders;
        }
    }
}
