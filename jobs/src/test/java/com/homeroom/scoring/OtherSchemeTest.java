package com.homeroom.scoring;

import com.homeroom.warehouse.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A district's own scheme file (other dimensions, maxima, thresholds, quota) changes results with no code change. */
class OtherSchemeTest {

    static final String PILOT = """
            version: pilot-2027
            name: 试点方案
            total_max: 60
            dimensions:
              - { code: conduct, column: 师德表现, max: 20 }
              - { code: care,    column: 育人实绩, max: 25 }
              - { code: study,   column: 专业发展, max: 15 }
            merit_tiebreak: [care]
            conditions: { meetings_min: 20, training_district_min: 4, training_total_min: 20 }
            grades: { excellent_min: 54, qualified_min: 45, basic_min: 36 }
            commendation: { quota_fraction: 0.5, min_years: 1, city_fraction: 0.2 }
            tiers: { backbone_new_min_years: 3, backbone_new_zone_fraction: 0.2, chief_seat_fraction: 0.03,
                     chief_min_seats: 1, chief_min_years: 5 }
            school_flags: { undifferentiated_min_graded: 5, undifferentiated_sd_below: 1.0,
                            undifferentiated_excellent_share: 0.6 }
            """;

    private static final String P = "2026-2027";
    private Warehouse warehouse;
    private Results results;
    private final Scheme pilot = TestSchemes.parse(PILOT);

    @BeforeEach
    void setUp() throws Exception {
        warehouse = Warehouse.inMemory();
        results = new Results(warehouse, P);
        // 25 meetings and 4 + 8 + 10 = 22 hours meet the pilot's conditions (the default's 30 / 6 / 24 would not).
        IntakeSeed seed = new IntakeSeed(warehouse, P, pilot).school("S1", "凤凰学区", "小学");
        seed.teacher("S1", "A").score("conduct", "20").score("care", "24").score("study", "12").total("56.0")
                .meetings(25).training("4", "8", "10").add();
        seed.teacher("S1", "B").score("conduct", "18").score("care", "25").score("study", "13").total("56.0")
                .meetings(25).training("4", "8", "10").add();
        seed.teacher("S1", "C").score("conduct", "15").score("care", "20").score("study", "10").total("45.0")
                .meetings(25).training("4", "8", "10").add();
        seed.teacher("S1", "D").score("conduct", "10").score("care", "15").score("study", "10").total("35.0")
                .meetings(25).training("4", "8", "10").add();
    }

    @AfterEach
    void tearDown() throws Exception {
        warehouse.close();
    }

    @Test
    void thePilotSchemeDecidesGradesOrderAndQuota() throws Exception {
        new Scoring(warehouse).score(P, pilot);
        // totals 56, 56, 45, 35 against 54 / 45 / 36
        assertThat(results.get("A", "grade")).isEqualTo("优秀");
        assertThat(results.get("B", "grade")).isEqualTo("优秀");
        assertThat(results.get("C", "grade")).isEqualTo("合格");
        assertThat(results.get("D", "grade")).isEqualTo("不合格");
        assertThat(results.gradeReasons("D")).contains("总分35.0，低于36：不合格");
        // tie on 56.0 broken by care: B 25 > A 24 (the default would compare ethics, absent here)
        assertThat(results.meritOrder()).containsExactly("B", "A", "C", "D");
        // Q = floor(0.5 × 4 + 0.5) = 2 seats (the default's 0.10 gives floor(0.9) = 0): A and B;
        // city: c = 2 → floor(0.4 + 0.5) = 0, at least 1: B, first in merit order.
        assertThat(results.where("commended")).containsExactly("A", "B");
        assertThat(results.where("city_recommended")).containsExactly("B");
        assertThat(results.query("SELECT scheme_version FROM scoring_run WHERE period = ?", P))
                .extracting(r -> r.get("scheme_version")).containsExactly("pilot-2027");
    }

    @Test
    void rowsReadWithTheOtherSchemeAreNotScoredWithTheDefault() {
        assertThatThrownBy(() -> new Scoring(warehouse).score(P, SchemeLoader.loadDefault()))
                .isInstanceOf(SchemeException.class).hasMessageContaining("do not have exactly the dimensions");
    }
}
