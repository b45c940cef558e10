package com.homeroom.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The warehouse tables keyed by period, by the stage that writes them, and the one way a period's
 * rows are removed from them (inside the caller's transaction).
 */
public final class PeriodTables {

    /** Intake's tables with rows of one input file each (keyed by period and file). */
    public static final List<String> FILES = List.of("intake_file", "roster_row", "score_row", "score_value",
            "activity_row", "incident_row", "problem");

    /** Intake's tables: the registry and what the files were read against, then the files' rows. */
    public static final List<String> INTAKE = Stream.concat(Stream.of("school", "intake_basis"), FILES.stream()).toList();

    /** Scoring's tables. */
    public static final List<String> RESULTS = List.of("assessment", "assessment_reason", "commendation_seat",
            "chief_seat", "school_result", "scoring_run");

    /** The report steps' record of each school's and teacher's document (see DocumentReuse). */
    public static final List<String> DOCUMENTS = List.of("document_digest");

    /** Tables whose rows have no key (two alike rows may be there): published by deleting all of them. */
    public static final List<String> WITHOUT_KEY = List.of("problem");

    private PeriodTables() {
    }

    public static void deletePeriod(Connection c, String period, List<String> tables) throws SQLException {
        for (String table : tables) {
            SqlResource.update(c, "warehouse/delete-period-rows", Map.of("table", table), Map.of("period", period));
        }
    }
}
