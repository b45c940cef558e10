package com.homeroom.operations;

import com.homeroom.warehouse.SqlResource;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

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
 * Reads the job repository without starting Spring, for commands that only look: status and the
 * scheduler's "has the inbox changed?". The repository is where a run's configuration puts it
 * ({@code spring.datasource.*} from application.properties, the environment or system
 * properties, resolved by Spring Boot's own config-data loading, with {@code homeroom.data-dir} set
 * to the data folder): by default the H2 file under the data folder, but a shared PostgreSQL one is
 * a change of configuration here too. The caller holds the run lock, so no run has an H2 file open.
 */
final class JobHistory {

    private static final String H2_FILE = "jdbc:h2:file:";

    private final Path data;
    private final Environment settings;

    JobHistory(Path data) {
        this.data = data.toAbsolutePath().normalize();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("homeroom-data",
                Map.of("homeroom.data-dir", this.data.toString())));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        this.settings = environment;
    }

    /** The repository's JDBC URL as a run would use it. */
    String url() {
        return settings.getProperty("spring.datasource.url", H2_FILE + data.resolve("jobrepo/batch"));
    }

    /** False only for an H2 file that no run has created yet; a server database is asked directly. */
    boolean exists() {
        String url = url();
        if (!url.startsWith(H2_FILE)) {
            return true;
        }
        String file = url.substring(H2_FILE.length()).split(";", 2)[0];
        return Files.exists(Path.of(file + ".mv.db"));
    }

    Connection connect() throws SQLException {
        String url = url();
        // never create an empty H2 file by looking
        String opened = url.startsWith(H2_FILE) ? url + ";IFEXISTS=TRUE" : url;
        return DriverManager.getConnection(opened, settings.getProperty("spring.datasource.username", "sa"),
                settings.getProperty("spring.datasource.password", ""));
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
