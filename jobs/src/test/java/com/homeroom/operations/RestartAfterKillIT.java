package com.homeroom.operations;

import com.homeroom.intake.SchoolWorkbook;
import com.homeroom.intake.TestWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed with SIGKILL in intake (between chunks), in scoring and halfway through the school
 * PDFs (one partition done), then run again with the same inputs, ends with exactly the outputs and
 * warehouse rows of a run that was never interrupted. (Other kill points were tried when the steps
 * were written; three keep the suite's time down.)
 */
class RestartAfterKillIT {

    static final String PERIOD = "2025-2026";

    @TempDir
    static Path dir;
    static Map<String, String> uninterruptedOut;
    static Map<String, String> uninterruptedWarehouse;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        writeInput(dir.resolve("in"));
        Path base = Files.createDirectories(dir.resolve("base"));
        CliProcess.Outcome run = CliProcess.run(base, args());
        assertThat(run.exitCode()).as(run.err()).isZero();
        uninterruptedOut = outputs(base);
        uninterruptedWarehouse = warehouse(base);
    }

    @ParameterizedTest
    @ValueSource(strings = {"intakeStep:chunk", "scoreStep", "schoolReportStep"})
    void killedThenRunAgainEqualsAnUninterruptedRun(String killPoint) throws Exception {
        Path work = Files.createDirectories(dir.resolve(killPoint.replace(':', '-')));
        CliProcess.Running doomed = CliProcess.start(work, List.of("-Dhomeroom.test.pause-at=" + killPoint), args());
        doomed.awaitOutput("TEST PAUSE at " + killPoint, 120);
        doomed.kill();

        CliProcess.Outcome again = CliProcess.run(work, args());

        assertThat(again.exitCode()).as(again.err() + again.out()).isZero();
        assertThat(again.out()).contains("COMPLETED");
        assertThat(outputs(work)).isEqualTo(uninterruptedOut);
        assertThat(warehouse(work)).isEqualTo(uninterruptedWarehouse);
    }

    private static String[] args() {
        return new String[]{"run", "--period", PERIOD, "--input", dir.resolve("in").toString(), "--as-of", "2026-07-01",
                "--no-archives"};
    }

    /** Six schools, so that intake has two chunks and can be killed between them. */
    private static void writeInput(Path input) throws Exception {
        TestWorkbook registry = TestWorkbook.xlsx().sheet("学校名录").row("学校代码", "学校名称", "学区", "学校类型");
        for (int i = 1; i <= 6; i++) {
            registry.row("S-00" + i, "第" + i + "小学", i <= 3 ? "凤凰学区" : "区直", "小学");
        }
        registry.writeTo(input.resolve("学校名录.xlsx"));
        for (int i = 1; i <= 6; i++) {
            SchoolWorkbook school = SchoolWorkbook.twoTeachers();
            school.schoolCode = "S-00" + i;
            school.schoolName = "第" + i + "小学";
            school.fillDate = LocalDate.of(2025, 12, i);
            String suffix = "-" + i;
            for (List<Object[]> rows : List.of(school.roster, school.scores, school.activity)) {
                rows.forEach(r -> r[0] = r[0] + suffix);
            }
            if (i == 4) {
                school.scores.get(0)[3] = 18; // one rejected row, so the reject list is not empty
            }
            school.writeTo(input.resolve("学校" + i + ".xlsx"));
        }
    }

    /** Every published file by relative path, with the SHA-256 of its bytes (PDFs included). */
    private static Map<String, String> outputs(Path work) throws Exception {
        Path period = work.resolve("out").resolve(PERIOD).toRealPath();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(period)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(period.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return files;
    }

    /** Every row of every warehouse table, in a stable order. */
    private static Map<String, String> warehouse(Path work) throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("data/homeroom.duckdb"));
             Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables ORDER BY 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                StringBuilder rows = new StringBuilder();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rows.append(rs.getString(i)).append('|');
                        }
                        rows.append('\n');
                    }
                }
                tables.put(table, rows.toString());
            }
        }
        return tables;
    }
}
