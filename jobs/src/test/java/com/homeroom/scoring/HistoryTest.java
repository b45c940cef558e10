package com.homeroom.scoring;

import com.homeroom.warehouse.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** prior_tier from history (080-prior-tier), re-runs that replace only their own period, staleness. */
class HistoryTest {

    private static final String P1 = "2023-2024";
    private static final String P2 = "2024-2025";
    private static final String P3 = "2025-2026";
    private static final List<String> TABLES = List.of("assessment", "assessment_reason", "commendation_seat",
            "chief_seat", "school_result", "scoring_run");
    private Warehouse warehouse;
    private Scoring scoring;
    private final Scheme scheme = SchemeLoader.loadDefault();

    @BeforeEach
    void setUp() throws Exception {
        warehouse = Warehouse.inMemory();
        scoring = new Scoring(warehouse);
        // P1: H1 declared 骨干, 合格 → stays 骨干. H2 普通. H4 declared 首席, 合格 → 骨干.
        new IntakeSeed(warehouse, P1).school("S1", "凤凰学区", "小学")
                .teacher("S1", "H1").declared("骨干").total("80.0").add()
                .teacher("S1", "H2").declared("普通").total("80.0").add()
                .teacher("S1", "H4").declared("首席").total("80.0").add();
        // P2: the school now declares H1 普通 (history says 骨干); H3 is new; H2 is gone; H4 is 未评分.
        new IntakeSeed(warehouse, P2).school("S1", "凤凰学区", "小学")
                .teacher("S1", "H1").declared("普通").total("80.0").add()
                .teacher("S1", "H3").declared("骨干").total("80.0").add()
                .teacher("S1", "H4").declared("普通").unscored().add();
        // P3: H2 is back and declared 首席; the latest earlier period (P2) does not have them.
        new IntakeSeed(warehouse, P3).school("S1", "凤凰学区", "小学")
                .teacher("S1", "H1").declared("普通").total("80.0").add()
                .teacher("S1", "H2").declared("首席").total("95.0").add()
                .teacher("S1", "H4").declared("普通").total("80.0").add();
    }

    @AfterEach
    void tearDown() throws Exception {
        warehouse.close();
    }

    @Test
    void historyWinsOverTheRosterAndAbsenceFallsBackToIt() throws Exception {
        scoring.score(P1, scheme);
        scoring.score(P2, scheme);
        scoring.score(P3, scheme);
        Results p2 = new Results(warehouse, P2);
        assertThat(p2.teacher("H1")).containsEntry("prior_period", P1).containsEntry("prior_tier", "骨干")
                .containsEntry("tier", "骨干").containsEntry("tier_change", "保留骨干");
        assertThat(p2.teacher("H3")).containsEntry("prior_period", null).containsEntry("prior_tier", "骨干");
        // H4: 首席 → 骨干 in P1; 未评分 in P2 keeps 骨干 (not the roster's 普通)
        assertThat(p2.teacher("H4")).containsEntry("prior_tier", "骨干").containsEntry("tier", "骨干")
                .containsEntry("tier_change", "无变化");
        assertThat(p2.reasons("H1")).contains("上期（2023-2024）梯队：骨干");
        Results p3 = new Results(warehouse, P3);
        // H2 was 普通 in P1, but P2 is the latest earlier period and has no H2: the roster's 首席.
        assertThat(p3.teacher("H2")).containsEntry("prior_period", null).containsEntry("prior_tier", "首席")
                .containsEntry("tier", "首席").containsEntry("tier_change", "保留首席");
        assertThat(p3.teacher("H4")).containsEntry("prior_period", P2).containsEntry("prior_tier", "骨干");
    }

    @Test
    void aPeriodUsesOnlyEarlierPeriods() throws Exception {
        scoring.score(P3, scheme);   // nothing earlier yet: the roster
        assertThat(new Results(warehouse, P3).get("H1", "prior_tier")).isEqualTo("普通");
        scoring.score(P2, scheme);   // P3 exists but is later: P2 has no history either
        assertThat(new Results(warehouse, P2).get("H1", "prior_tier")).isEqualTo("普通");
        assertThat(scoring.stalePeriods()).containsExactly(P3);
        scoring.score(P3, scheme);   // running a stale period recomputes it with the current history
        assertThat(new Results(warehouse, P3).teacher("H1")).containsEntry("prior_period", P2);
        assertThat(scoring.stalePeriods()).isEmpty();
    }

    @Test
    void reRunningAPeriodReplacesOnlyItsOwnRows() throws Exception {
        scoring.score(P1, scheme);
        scoring.score(P2, scheme);
        Map<String, List<Map<String, Object>>> p2Before = snapshot(P2);
        Map<String, List<Map<String, Object>>> p1Before = snapshot(P1);
        assertThat(scoring.stalePeriods()).isEmpty();

        scoring.score(P1, scheme);

        assertThat(snapshot(P1)).isEqualTo(p1Before);   // same rows, no duplicates
        assertThat(snapshot(P2)).isEqualTo(p2Before);   // untouched
        assertThat(scoring.stalePeriods()).containsExactly(P2);
        assertThat(new Results(warehouse, P1).query("SELECT seq FROM scoring_run ORDER BY period"))
                .extracting(r -> r.get("seq")).containsExactly(3, 2);
    }

    @Test
    void aFailedRunLeavesThePeriodAsItWas() throws Exception {
        scoring.score(P1, scheme);
        Map<String, List<Map<String, Object>>> before = snapshot(P1);
        Scheme other = TestSchemes.defaultWith("  - { code: growth,      column: 专业成长, max: 15 }",
                "  - { code: research,    column: 课题研究, max: 15 }");
        // the score rows carry growth, not research: refused, and the transaction rolled back
        assertThatThrownBy(() -> scoring.score(P1, other)).isInstanceOf(SchemeException.class)
                .hasMessageContaining("2023-2024").hasMessageContaining("S1.xlsx");
        assertThat(snapshot(P1)).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> snapshot(String period) throws Exception {
        Results r = new Results(warehouse, period);
        Map<String, List<Map<String, Object>>> tables = new java.util.LinkedHashMap<>();
        for (String table : TABLES) {
            // seq changes with every run by design; everything else must be the same
            String columns = table.equals("scoring_run") ? "period, scheme_hash, prior_period" : "*";
            tables.put(table, r.query("SELECT " + columns + " FROM " + table + " WHERE period = ? ORDER BY ALL", period));
        }
        return tables;
    }
}
