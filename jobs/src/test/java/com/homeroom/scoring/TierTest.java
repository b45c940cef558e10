package com.homeroom.scoring;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four tier steps (090-tier-kept, 100-backbone-new, 110-chief-seats, 120-chief-new),
 * tier_change (130) and the tier explanations (160). No history here: prior_tier is the roster's
 * 现任梯队 (HistoryTest covers history).
 */
class TierTest extends ScoringStepTest {

    private void score() throws Exception {
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
    }

    private void assertTier(String id, String prior, String tier, String change) throws Exception {
        assertThat(results.teacher(id)).as(id).containsEntry("prior_tier", prior).containsEntry("tier", tier)
                .containsEntry("tier_change", change);
    }

    @Test
    void stepsOneAndTwoKeepOrDemote() throws Exception {
        seed.school("S1", "凤凰学区", "小学")
                .teacher("S1", "C1").declared("首席").total("95.0").add()
                .teacher("S1", "C2").declared("首席").total("80.0").add()
                .teacher("S1", "C3").declared("首席").total("65.0").add()
                .teacher("S1", "C4").declared("首席").total("95.0").incident("主要责任", "较重").add()
                .teacher("S1", "B1").declared("骨干").total("80.0").add()
                .teacher("S1", "B2").declared("骨干").total("95.0").ethicsVerdict("不合格").add()
                .teacher("S1", "B3").declared("骨干").total("80.0").incident("次要责任", "严重").add()
                .teacher("S1", "B4").declared("骨干").total("70.0").add()
                .teacher("S1", "R1").declared("普通").total("80.0").add()
                .teacher("S1", "U1").declared("首席").unscored().add()
                .teacher("S1", "U2").declared("骨干").unscored().add();
        score();
        assertTier("C1", "首席", "首席", "保留首席");
        assertTier("C2", "首席", "骨干", "首席降为骨干");
        assertTier("C3", "首席", "普通", "首席降为普通");
        assertTier("C4", "首席", "普通", "首席降为普通");          // 优秀 capped to 合格, and capped
        assertTier("B1", "骨干", "骨干", "保留骨干");
        assertTier("B2", "骨干", "普通", "退出骨干");             // vetoed: 不合格
        assertTier("B3", "骨干", "普通", "退出骨干");             // 合格 but capped
        assertTier("B4", "骨干", "普通", "退出骨干");             // 基本合格
        assertTier("R1", "普通", "普通", "无变化");
        assertTier("U1", "首席", "首席", "无变化");               // 未评分 keeps the prior tier
        assertTier("U2", "骨干", "骨干", "无变化");
        assertThat(results.reasons("C2")).contains("无上期考核结果，按名册现任梯队：首席", "上期为首席、本期等次为合格：首席降为骨干");
        assertThat(results.reasons("C4")).contains(
                "上期为首席、本期等次为合格，但有安全事故负主要责任、后果较重或负次要责任、后果严重：首席降为普通");
        assertThat(results.reasons("B4")).contains("上期为骨干、本期等次为基本合格：退出骨干");
        assertThat(results.reasons("U1")).contains("本期未评分：梯队保持为首席，不计入首席名额");
    }

    @Test
    void stepThreeCountsVetoedTeachersInThePosition() throws Exception {
        // 凤凰 小学, n = 5 graded → cutoff ceil(0.2 × 5) = 1. V (99.0, vetoed) holds position 1, so N1 at 2 is out.
        // 坊城 小学, n = 6 → cutoff ceil(1.2) = 2: V2 at 1, N2 at 2 is in, N3 at 3 is out.
        // 区直 小学, n = 5 → cutoff 1: N4 is first but has 2.9 years (< 3); N5 with 3 years in 区直 初中 (n = 1).
        seed.school("FH", "凤凰学区", "小学").school("FC", "坊城学区", "小学").school("QZ", "区直", "九年一贯制")
                .teacher("FH", "V").total("99.0").ethicsVerdict("不合格").add()
                .teacher("FH", "N1").total("95.0").years("3").add()
                .teacher("FC", "V2").total("99.0").ethicsVerdict("不合格").add()
                .teacher("FC", "N2").total("95.0").years("3.0").add()
                .teacher("FC", "N3").total("94.0").years("3").add()
                .teacher("QZ", "N4").total("95.0").years("2.9").add()
                .teacher("QZ", "N5").stage("初中").total("90.0").years("3").add()
                .teacher("QZ", "U").unscored().add();   // not graded: not in n
        for (int i = 1; i <= 3; i++) {
            seed.teacher("FH", "FF" + i).total("80.0").add().teacher("FC", "WF" + i).total("80.0").add()
                    .teacher("QZ", "QF" + i).total("80.0").add();
        }
        seed.teacher("QZ", "QF4").total("80.0").add();
        score();
        assertThat(results.teacher("N1")).containsEntry("zone_stage_size", 5).containsEntry("zone_stage_position", 2)
                .containsEntry("backbone_cutoff", 1);
        assertTier("N1", "普通", "普通", "无变化");
        assertTier("N2", "普通", "骨干", "新晋骨干");
        assertTier("N3", "普通", "普通", "无变化");
        assertTier("N4", "普通", "普通", "无变化");
        assertTier("N5", "普通", "骨干", "新晋骨干");
        assertThat(results.reasons("N1")).contains("上期为普通、本期等次为优秀，但在凤凰学区小学综合排序第2名，不在前1名：仍为普通");
        assertThat(results.reasons("N2")).contains("上期为普通、本期等次为优秀，担任班主任3年，在坊城学区小学综合排序第2名（前2名）：新晋骨干");
        assertThat(results.reasons("N4")).contains("上期为普通、本期等次为优秀，但担任班主任年限2.9年，不足3年：仍为普通");
    }

    @Test
    void stepFourSeatsNeverGoBelowZero() throws Exception {
        // (小学, 小学): n = 5 → S = max(1, floor(0.15 + 0.5)) = 1; two 首席 kept → 1 - 2 → 0 seats.
        seed.school("S1", "凤凰学区", "小学")
                .teacher("S1", "K1").declared("首席").total("95.0").add()
                .teacher("S1", "K2").declared("首席").total("94.0").add()
                .teacher("S1", "G1").declared("骨干").total("96.0").years("6").add()
                .teacher("S1", "F1").total("80.0").add().teacher("S1", "F2").total("80.0").add();
        score();
        assertThat(chiefSeats("小学", "小学")).containsEntry("n", 5).containsEntry("base_seats", 1)
                .containsEntry("kept", 2).containsEntry("seats", 0);
        assertTier("G1", "骨干", "骨干", "保留骨干");
        assertThat(results.reasons("G1")).contains("符合新晋首席条件，但小学（小学）本期新增首席名额0名，按综合排序为候选第1名：保留骨干");
    }

    @Test
    void stepFourUnscoredChiefKeepsTheTierButIsNotCountedAsKept() throws Exception {
        // (九年一贯制, 小学): U (首席, 未评分) keeps 首席 but is not kept: S = 1, kept 0 → 1 seat.
        // Candidates (prior 骨干, 优秀, meetings ≥ 30, years ≥ 5) in merit order: G2 (93.0), G5 (91.0).
        // G3 (29 meetings) and G4 (4.9 years) are no candidates. The group ends with 2 首席.
        seed.school("S9", "凤凰学区", "九年一贯制")
                .teacher("S9", "U").declared("首席").unscored().add()
                .teacher("S9", "G2").declared("骨干").total("93.0").meetings(30).years("5.0").add()
                .teacher("S9", "G5").declared("骨干").total("91.0").years("8").add()
                .teacher("S9", "G3").declared("骨干").total("99.0").meetings(29).add()
                .teacher("S9", "G4").declared("骨干").total("98.0").years("4.9").add()
                .teacher("S9", "J1").stage("初中").declared("骨干").total("97.0").add();   // another group
        score();
        assertThat(chiefSeats("九年一贯制", "小学")).containsEntry("n", 4).containsEntry("kept", 0).containsEntry("seats", 1);
        assertTier("U", "首席", "首席", "无变化");
        assertTier("G2", "骨干", "首席", "新晋首席");
        assertTier("G5", "骨干", "骨干", "保留骨干");
        assertTier("G3", "骨干", "骨干", "保留骨干");     // 99.0 but meetings 29 → 合格, no candidate
        assertTier("G4", "骨干", "骨干", "保留骨干");
        assertTier("J1", "骨干", "首席", "新晋首席");     // its own group (九年一贯制, 初中), S = 1
        assertThat(results.where("tier = '首席' AND stage = '小学'")).containsExactly("G2", "U");
        assertThat(results.get("G5", "chief_position")).isEqualTo(2);
        assertThat(results.reasons("G2")).contains(
                "上期为骨干、本期等次为优秀，主题班会30次，担任班主任5年，在九年一贯制（小学）本期新增首席名额1名中按综合排序为第1名：新晋首席");
    }

    @Test
    void stepFourSeatsGrowWithTheGroup() throws Exception {
        // S = max(1, floor(0.03 × n + 0.5)): n = 50 → floor(2.0) = 2; n = 49 → floor(1.97) = 1.
        seed.school("CZ", "凤凰学区", "初中").school("GZ", "凤凰学区", "高中");
        for (int i = 1; i <= 50; i++) {
            seed.teacher("CZ", "J" + i).total("80.0").add();
        }
        for (int i = 1; i <= 49; i++) {
            seed.teacher("GZ", "G" + i).total("80.0").add();
        }
        score();
        assertThat(chiefSeats("初中", "初中")).containsEntry("n", 50).containsEntry("base_seats", 2);
        assertThat(chiefSeats("高中", "高中")).containsEntry("n", 49).containsEntry("base_seats", 1);
    }

    private Map<String, Object> chiefSeats(String type, String stage) throws Exception {
        return results.query("SELECT * FROM chief_seat WHERE period = ? AND school_type = ? AND stage = ?", P, type, stage)
                .get(0);
    }
}
