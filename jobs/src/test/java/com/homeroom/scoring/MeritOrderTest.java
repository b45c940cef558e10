package com.homeroom.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The merit order (020-merit-order) and the competition ranks (030-ranks). */
class MeritOrderTest extends ScoringStepTest {

    @Test
    void totalThenEthicsThenMoralThenYearsThenTeacherIdInCodePoints() throws Exception {
        seed.school("S1", "凤凰学区", "小学")
                .teacher("S1", "B").total("88.0").score("ethics", "14").score("moral", "15").add()
                .teacher("S1", "A").total("88.0").score("ethics", "15").score("moral", "13").add()
                .teacher("S1", "C").total("88.0").score("ethics", "15").score("moral", "14").add()
                .teacher("S1", "T09").total("88.0").score("ethics", "15").score("moral", "14").years("6").add()
                .teacher("S1", "T-10").total("88.0").score("ethics", "15").score("moral", "14").years("6").add()
                .teacher("S1", "F").total("90.5").score("ethics", "12").score("moral", "12").years("1").add()
                .teacher("S1", "U").unscored().add();
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        // F has the highest total whatever its ethics. Of the five at 88.0: ethics 15 beats B's 14;
        // among ethics 15, moral 14 beats A's 13; among (15, 14), years 6 beats C's 5; between the
        // two with years 6, 'T-10' < 'T09' because '-' (U+002D) < '0' (U+0030). U is not ranked.
        assertThat(results.meritOrder()).containsExactly("F", "T-10", "T09", "C", "A", "B");
        assertThat(results.get("U", "merit_no")).isNull();
    }

    @Test
    void tieBreakDimensionsComeFromTheScheme() throws Exception {
        seed.school("S1", "凤凰学区", "小学")
                .teacher("S1", "E").total("88.0").score("ethics", "15").score("moral", "10").score("growth", "10").add()
                .teacher("S1", "G").total("88.0").score("ethics", "10").score("moral", "10").score("growth", "15").add();
        Scheme growthFirst = TestSchemes.defaultWith("merit_tiebreak: [ethics, moral]", "merit_tiebreak: [growth]");
        new Scoring(warehouse).score(P, growthFirst);
        assertThat(results.meritOrder()).containsExactly("G", "E");
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(results.meritOrder()).containsExactly("E", "G");
    }

    @Test
    void competitionRanksOnTotalAlone() throws Exception {
        // A 九年一贯制 school of 凤凰学区 with two stages, and a 小学 of 坊城学区.
        seed.school("S9", "凤凰学区", "九年一贯制").school("S2", "坊城学区", "小学")
                .teacher("S9", "P1").stage("小学").total("92.0").add()
                .teacher("S9", "P2").stage("小学").total("90.0").score("ethics", "15").add()
                .teacher("S9", "J1").stage("初中").total("90.0").score("ethics", "10").add()
                .teacher("S9", "J2").stage("初中").total("85.0").add()
                .teacher("S9", "U").stage("初中").unscored().add()
                .teacher("S2", "Q").total("90.0").add()
                .teacher("S2", "R").total("80.0").add();
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        // rank_school over the whole school, both stages: 92 → 1, 90 and 90 → 2, 85 → 4
        assertThat(ranks("rank_school", "P1", "P2", "J1", "J2")).containsExactly(1, 2, 2, 4);
        // (学区, 学段): (凤凰, 小学) P1 92, P2 90; (凤凰, 初中) J1 90, J2 85; (坊城, 小学) Q 90, R 80
        assertThat(ranks("rank_zone_stage", "P1", "P2", "J1", "J2", "Q", "R")).containsExactly(1, 2, 1, 2, 1, 2);
        // district 小学: P1 92 → 1, P2 and Q 90 → 2, R 80 → 4; district 初中: J1 1, J2 2
        assertThat(ranks("rank_district_stage", "P1", "P2", "Q", "R", "J1", "J2")).containsExactly(1, 2, 2, 4, 1, 2);
        assertThat(results.teacher("U")).containsEntry("rank_school", null).containsEntry("rank_zone_stage", null)
                .containsEntry("rank_district_stage", null);
    }

    private java.util.List<Object> ranks(String column, String... ids) throws Exception {
        java.util.List<Object> ranks = new java.util.ArrayList<>();
        for (String id : ids) {
            ranks.add(results.get(id, column));
        }
        return ranks;
    }
}
