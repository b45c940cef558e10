package com.homeroom.scoring;

import com.homeroom.warehouse.PeriodTables;
import com.homeroom.warehouse.SqlResource;
import com.homeroom.warehouse.Warehouse;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a period from its accepted intake rows: grades, vetoes, ranks, commendations, tiers,
 * explanations and school flags, as the SQL steps under {@code sql/scoring/} in the order below.
 * One transaction that first deletes the period's own result rows, so a re-run or a restart
 * gives the same rows and other periods are never touched.
 */
public final class Scoring {

    /** The steps in run order; each is one statement reading what the earlier ones wrote. */
    static final List<String> STEPS = List.of("010-assess-teachers", "020-merit-order", "030-ranks",
            "040-commendation-seats", "050-commend-in-zones", "060-commend-from-pool", "070-recommend-to-city",
            "080-prior-tier", "090-tier-kept", "100-backbone-new", "110-chief-seats", "120-chief-new",
            "130-tier-change", "140-grade-reasons", "150-commendation-reasons", "160-tier-reasons",
            "170-school-results", "180-record-run");

    private final Warehouse warehouse;

    public Scoring(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public void score(String period, Scheme scheme) throws SQLException {
        Map<String, Object> parameters = SchemeParameters.of(scheme, period);
        warehouse.inTransaction(c -> {
            PeriodTables.deletePeriod(c, period, PeriodTables.RESULTS);
            refuseRowsOfAnotherScheme(c, parameters, scheme);
            for (String step : STEPS) {
                SqlResource.update(c, "scoring/" + step, parameters);
            }
            return null;
        });
    }

    /**
     * Periods whose tiers rest on history that changed after they were scored (an earlier period
     * was scored again since): running them again recomputes them with the current history.
     */
    public List<String> stalePeriods() throws SQLException {
        try (Connection c = warehouse.connect();
             PreparedStatement s = SqlResource.prepare(c, "scoring/stale-periods", Map.of());
             ResultSet rs = s.executeQuery()) {
            List<String> periods = new ArrayList<>();
            while (rs.next()) {
                periods.add(rs.getString(1));
            }
            return periods;
        }
    }

    /** A total over other dimensions than the scheme's would be silently wrong: stop instead. */
    private static void refuseRowsOfAnotherScheme(DuckDBConnection c, Map<String, Object> parameters, Scheme scheme)
            throws SQLException {
        try (PreparedStatement s = SqlResource.prepare(c, "scoring/005-score-rows-off-scheme", parameters);
             ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
                throw new SchemeException("score rows of " + parameters.get("period") + " do not have exactly the "
                        + "dimensions of scheme " + scheme.version() + " (e.g. " + rs.getString(1) + " row "
                        + rs.getInt(2) + "): run intake again with this scheme");
            }
        }
    }
}
