package com.homeroom.warehouse;

import com.homeroom.intake.ActivityRow;
import com.homeroom.intake.FileIntake;
import com.homeroom.intake.IncidentRow;
import com.homeroom.intake.Problem;
import com.homeroom.intake.Registry;
import com.homeroom.intake.RosterRow;
import com.homeroom.intake.ScoreRow;
import org.duckdb.DuckDBConnection;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Writes what intake read into the warehouse with the Appender, one transaction per call. */
public final class IntakeStore {

    private final Warehouse warehouse;

    public IntakeStore(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Stores the period's registry; the school rows any earlier store left are replaced. */
    public void replaceRegistry(String period, Registry registry) throws SQLException {
        warehouse.inTransaction(c -> {
            PeriodTables.deletePeriod(c, period, List.of("school"));
            try (RowAppender a = RowAppender.of(c, "school")) {
                for (Registry.School s : registry.all()) {
                    a.begin().text(period).text(s.code()).text(s.name()).text(s.zone()).text(s.type().label()).end();
                }
            }
            return null;
        });
    }

    /**
     * Stores a chunk of files with all their rows and problems, atomically. Each table gets one
     * Appender per chunk (an Appender per file and table made flushing most of intake's time), and
     * rows of the chunk's files are deleted only where a killed run left some: a DELETE scans the
     * whole table, once per chunk that would grow with the size of the period.
     */
    public void save(String period, List<FileIntake> files) throws SQLException {
        warehouse.inTransaction(c -> {
            removeLeftovers(c, period, files);
            files(c, period, files);
            roster(c, period, files);
            scores(c, period, files);
            activity(c, period, files);
            incidents(c, period, files);
            problems(c, period, files);
            return null;
        });
    }

    private static void removeLeftovers(DuckDBConnection c, String period, List<FileIntake> files) throws SQLException {
        List<String> names = files.stream().map(FileIntake::file).toList();
        Map<String, Object> chunk = Map.of("period", period, "files", names);
        boolean stored;
        try (PreparedStatement s = SqlResource.prepare(c, "warehouse/stored-chunk-files", chunk);
             ResultSet rs = s.executeQuery()) {
            stored = rs.next();
        }
        if (stored) {
            for (String table : PeriodTables.FILES) {
                SqlResource.update(c, "warehouse/delete-files-rows", Map.of("table", table), chunk);
            }
        }
    }

    private static void files(DuckDBConnection c, String period, List<FileIntake> files) throws SQLException {
        try (RowAppender a = RowAppender.of(c, "intake_file")) {
            for (FileIntake f : files) {
                a.begin().text(period).text(f.file()).text(f.sha256()).bigint(f.bytes())
                        .timestamp(LocalDateTime.ofInstant(f.modified(), ZoneOffset.UTC)).text(f.schoolCode())
                        .date(f.fillDate()).text(f.failureCode()).text(f.failureMessage()).text(null).end();
            }
        }
    }

    private static void roster(DuckDBConnection c, String period, List<FileIntake> files) throws SQLException {
        try (RowAppender a = RowAppender.of(c, "roster_row")) {
            for (FileIntake f : files) {
                for (RosterRow r : f.roster()) {
                    a.begin().text(period).text(r.file()).text(r.sheet()).integer(r.row()).text(f.schoolCode())
                            .text(r.teacherId()).text(r.name()).text(r.stage()).integer(r.gradeLevel())
                            .integer(r.classNo()).decimal(r.years()).text(r.gender()).date(r.birthDate())
                            .integer(r.classSize()).text(r.title()).text(r.declaredTier()).text(r.phone())
                            .bool(r.valueOk()).bool(false).text(r.teacherIdRaw()).text(r.classRaw()).end();
                }
            }
        }
    }

    private static void scores(DuckDBConnection c, String period, List<FileIntake> files) throws SQLException {
        try (RowAppender rows = RowAppender.of(c, "score_row"); RowAppender values = RowAppender.of(c, "score_value")) {
            for (FileIntake f : files) {
                for (ScoreRow r : f.scores()) {
                    rows.begin().text(period).text(r.file()).text(r.sheet()).integer(r.row()).text(f.schoolCode())
                            .text(r.teacherId()).text(r.name()).text(r.ethicsVerdict()).bool(r.valueOk()).bool(false)
                            .text(r.teacherIdRaw()).end();
                    for (Map.Entry<String, BigDecimal> v : r.values().entrySet()) {
                        values.begin().text(period).text(r.file()).integer(r.row()).text(v.getKey()).decimal(v.getValue()).end();
                    }
                }
            }
        }
    }

    private static void activity(DuckDBConnection c, String period, List<FileIntake> files) throws SQLException {
        try (RowAppender a = RowAppender.of(c, "activity_row")) {
            for (FileIntake f : files) {
                for (ActivityRow r : f.activity()) {
                    a.begin().text(period).text(r.file()).text(r.sheet()).integer(r.row()).text(f.schoolCode())
                            .text(r.teacherId()).integer(r.meetings()).decimal(r.trainingDistrict())
                            .decimal(r.trainingZone()).decimal(r.trainingSchool()).integer(r.parentMeetings())
                            .integer(r.homeVisits()).integer(r.phoneVisits()).integer(r.practiceActivities())
                            .decimal(r.archiveRate()).text(r.researchLevel()).bool(r.valueOk()).bool(false)
                            .text(r.teacherIdRaw()).end();
                }
            }
        }
    }

    private static void incidents(DuckDBConnection c, String period, List<FileIntake> files) throws SQLException {
        try (RowAppender a = RowAppender.of(c, "incident_row")) {
            for (FileIntake f : files) {
                for (IncidentRow r : f.incidents()) {
                    a.begin().text(period).text(r.file()).text(r.sheet()).integer(r.row()).text(f.schoolCode())
                            .text(r.teacherId()).date(r.date()).text(r.summary()).text(r.responsibility())
                            .text(r.consequence()).bool(r.valueOk()).bool(false).text(r.teacherIdRaw()).end();
                }
            }
        }
    }

    /** The rows' problems, then the file's own failure as a whole-file problem. */
    private static void problems(DuckDBConnection c, String period, List<FileIntake> files) throws SQLException {
        try (RowAppender a = RowAppender.of(c, "problem")) {
            for (FileIntake f : files) {
                for (Problem p : f.problems()) {
                    problem(a, period, p);
                }
                if (f.failed()) {
                    problem(a, period, Problem.wholeFile(f.file(), f.schoolCode(), Problem.Severity.ERROR,
                            f.failureCode(), f.failureMessage()));
                }
            }
        }
    }

    private static void problem(RowAppender a, String period, Problem p) throws SQLException {
        a.begin().text(period).text(p.file()).text(p.schoolCode()).text(p.sheet()).integer(p.sheetOrder())
                .integer(p.row()).text(p.column()).integer(p.columnOrder()).text(p.value())
                .text(p.severity().csv()).text(p.code()).text(p.message()).text("intake").end();
    }
}
