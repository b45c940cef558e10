package com.homeroom.operations;

import com.homeroom.warehouse.SqlResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the job repository (the H2 file under the data folder) without starting Spring, for
 * commands that only look: status and the scheduler's "has the inbox changed?". The caller holds
 * the run lock, so no run has the file open.
 */
final class JobHistory {

    private final Path data;

    JobHistory(Path data) {
        this.data = data.toAbsolutePath().normalize();
    }

    boolean exists() {
        return Files.exists(data.resolve("jobrepo/batch.mv.db"));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("jobrepo/batch") + ";IFEXISTS=TRUE", "sa", "");
    }

    Optional<String> lastCompletedFingerprint(String period) throws SQLException {
        if (!exists()) {
            return Optional.empty();
        }
        try (Connection c = connect();
             PreparedStatement s = SqlResource.prepare(c, "operations/last-completed-fingerprint", Map.of("period", period));
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }
}
