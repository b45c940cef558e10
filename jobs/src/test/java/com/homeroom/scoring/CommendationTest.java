package com.homeroom.scoring;

import com.homeroom.warehouse.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * District commendation: seats per 学段 and per (学区, 学段) by largest remainder
 * (040-commendation-seats), zone fill (050), the district pool (060) and the city
 * recommendation (070). 凤凰 (U+51E4) sorts before 坊城 (U+574A) in code points, though
 * 坊城 (fang) would come first in pinyin order.
 */
class CommendationTest {

    private static final String P = "2025-2026";
    private Warehouse warehouse;
    private IntakeSeed seed;
    private Results results;

    @BeforeEach
    void setUp() throws Exception {
        warehouse = Warehouse.inMemory();
        seed = new IntakeSeed(warehouse, P).school("FH", "凤凰学区", "小学").school("FC", "坊城学区", "小学");
        results = new Results(warehouse, P);
    }

    @AfterEach
    void tearDown() throws Exception {
        warehouse.close();
    }

    private void fillers(String school, String prefix, int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            seed.teacher(school, prefix + i).total("80.0").add();
        }
    }

    private Map<String, Object> seats(String zone) throws Exception {
        return results.query("SELECT * FROM commendation_seat WHERE period = ? AND zone = ?", P, zone).get(0);
    }

    @ParameterizedTest(name = "n = {0} graded → Q = {1}")
    @CsvSource({"4, 0", "5, 1", "14, 1", "15, 2", "25, 3"})
    void seatsPerStageRoundHalfUp(int n, int q) throws Exception {
        // Q = floor(0.10 × n + 0.5): 0.9 → 0, 1.0 → 1, 1.9 → 1, 2.0 → 2, 3.0 → 3
        fillers("FH", "T", n);
        seed.teacher("FH", "U").unscored().add();   // not graded: not counted in n
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(seats("凤凰学区")).containsEntry("n_stage", n).containsEntry("seats_stage", q).containsEntry("seats", q);
    }

    @Test
    void equalRemaindersGoToTheLargerZone() throws Exception {
        // n = 20 → Q = floor(2.0 + 0.5) = 2. 坊城 share 2 × 15 / 20 = 1 + 10/20; 凤凰 2 × 5 / 20 = 0 + 10/20.
        // One seat left, equal remainders: the larger zone (坊城, 15) wins although 凤凰 sorts first.
        seed.teacher("FC", "W01").total("95.0").add().teacher("FC", "W02").total("94.0").add()
                .teacher("FC", "W03").total("93.0").add().teacher("FH", "F01").total("99.0").add();
        fillers("FC", "WF", 12);
        fillers("FH", "FF", 4);
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(seats("坊城学区")).containsEntry("n_zone", 15).containsEntry("share_floor", 1)
                .containsEntry("share_remainder", 10).containsEntry("extra_seat", true).containsEntry("seats", 2);
        assertThat(seats("凤凰学区")).containsEntry("n_zone", 5).containsEntry("share_floor", 0)
                .containsEntry("share_remainder", 10).containsEntry("extra_seat", false).containsEntry("seats", 0);
        // 坊城's seats go in merit order; 凤凰's best (99.0) has no seat and the pool is empty
        assertThat(results.where("commended")).containsExactly("W01", "W02");
        assertThat(results.get("W01", "commended_seat")).isEqualTo("zone");
        assertThat(results.reasons("W01")).contains("坊城学区小学分配区级优秀班主任名额2名，按综合排序获评区级优秀班主任");
        assertThat(results.reasons("F01")).contains("等次为优秀，但凤凰学区小学名额0名及全区统筹名额已按综合排序用完：未获评区级优秀班主任");
    }

    @Test
    void equalRemaindersAndSizesGoByZoneNameInCodePoints() throws Exception {
        // n = 10 → Q = 1; both shares 1 × 5 / 10 = 0 + 5/10; equal n_zone: 凤凰 before 坊城.
        seed.teacher("FH", "F1").total("91.0").add().teacher("FC", "W1").total("99.0").add();
        fillers("FH", "FF", 4);
        fillers("FC", "WF", 4);
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(seats("凤凰学区")).containsEntry("seats", 1).containsEntry("extra_seat", true);
        assertThat(seats("坊城学区")).containsEntry("seats", 0);
        assertThat(results.where("commended")).containsExactly("F1");
    }

    @Test
    void seatsAZoneCannotFillGoToTheDistrictPool() throws Exception {
        // As above, 凤凰 gets the one seat, but its only 优秀 teacher has 0.9 years (< 1): not
        // eligible. The seat goes to the pool, taken by 坊城's best eligible in merit order.
        seed.teacher("FH", "F1").total("99.0").years("0.9").add()
                .teacher("FC", "W1").total("93.0").years("1").add()
                .teacher("FC", "W2").total("92.0").add();
        fillers("FH", "FF", 4);
        fillers("FC", "WF", 3);
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(results.where("commended")).containsExactly("W1");
        assertThat(results.get("W1", "commended_seat")).isEqualTo("pool");
        assertThat(results.reasons("W1")).contains("各学区未用完的名额转入全区小学统筹，按综合排序获评区级优秀班主任");
        assertThat(results.reasons("F1")).contains("担任班主任年限0.9年，不足1年：不参评区级优秀班主任");
    }

    @Test
    void aPoolLargerThanTheRemainingEligibleLeavesSeatsEmpty() throws Exception {
        // quota 0.5, n = 10 → Q = floor(5 + 0.5) = 5; shares 2 + 5/10 each; the extra seat goes to
        // 凤凰 (name): 凤凰 3, 坊城 2. 凤凰 has 1 eligible (F1), 坊城 3 (W1 97, W2 96, W3 91).
        // Zones take F1, W1, W2; the pool is 5 - 3 = 2 seats and only W3 is left: 4 commended.
        Scheme half = TestSchemes.defaultWith("quota_fraction: 0.10", "quota_fraction: 0.5");
        seed.teacher("FH", "F1").total("95.0").add()
                .teacher("FC", "W1").total("97.0").add().teacher("FC", "W2").total("96.0").add()
                .teacher("FC", "W3").total("91.0").add();
        fillers("FH", "FF", 4);
        fillers("FC", "WF", 2);
        new Scoring(warehouse).score(P, half);
        assertThat(seats("凤凰学区")).containsEntry("seats", 3);
        assertThat(seats("坊城学区")).containsEntry("seats", 2);
        assertThat(results.where("commended_seat = 'zone'")).containsExactly("F1", "W1", "W2");
        assertThat(results.where("commended_seat = 'pool'")).containsExactly("W3");
    }

    @Test
    void cityRecommendationIsAtLeastOne() throws Exception {
        // n = 5 → Q = 1 → c = 1: floor(0.2 × 1 + 0.5) = 0, raised to 1.
        seed.teacher("FH", "F1").total("95.0").add().teacher("FH", "F2").total("94.0").add();
        fillers("FH", "FF", 3);
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(results.where("commended")).containsExactly("F1");
        assertThat(results.where("city_recommended")).containsExactly("F1");
    }

    @Test
    void cityRecommendationPerStageInMeritOrder() throws Exception {
        // quota 1: every eligible teacher is commended, so c is the number of 优秀 teachers.
        // 小学 c = 8: floor(1.6 + 0.5) = 2. 初中 c = 7: floor(1.4 + 0.5) = 1. 高中 c = 2: floor(0.9) = 0 → 1.
        Scheme all = TestSchemes.defaultWith("quota_fraction: 0.10", "quota_fraction: 1");
        seed.school("CZ", "凤凰学区", "初中").school("GZ", "凤凰学区", "高中");
        for (int i = 1; i <= 8; i++) {
            seed.teacher(i % 2 == 0 ? "FH" : "FC", "P" + i).total(String.valueOf(90 + i)).add();
        }
        for (int i = 1; i <= 7; i++) {
            seed.teacher("CZ", "J" + i).total(String.valueOf(90 + i)).add();
        }
        seed.teacher("GZ", "G1").total("91.0").add().teacher("GZ", "G2").total("92.0").add();
        new Scoring(warehouse).score(P, all);
        assertThat(results.where("commended")).hasSize(17);
        assertThat(results.where("city_recommended")).containsExactlyInAnyOrder("P8", "P7", "J7", "G2");
    }

    @Test
    void noGradedTeachersMeansNoSeats() throws Exception {
        seed.teacher("FH", "U").unscored().add();
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(results.query("SELECT * FROM commendation_seat WHERE period = ?", P)).isEmpty();
        assertThat(results.where("commended")).isEqualTo(List.of());
    }
}
