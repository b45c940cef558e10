package com.homeroom.scoring;

import com.homeroom.warehouse.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditions, vetoes, the cap and the grade (010-assess-teachers) with their explanations
 * (140-grade-reasons), both sides of every boundary of the default scheme.
 */
class GradeTest {

    private static final String P = "2025-2026";
    private Warehouse warehouse;
    private IntakeSeed seed;
    private Results results;

    @BeforeEach
    void setUp() throws Exception {
        warehouse = Warehouse.inMemory();
        seed = new IntakeSeed(warehouse, P).school("S1", "凤凰学区", "小学");
        results = new Results(warehouse, P);
    }

    @AfterEach
    void tearDown() throws Exception {
        warehouse.close();
    }

    private void score() throws Exception {
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
    }

    @Test
    void gradeThresholdsByTotal() throws Exception {
        seed.teacher("S1", "T01").total("90.0").add().teacher("S1", "T02").total("89.9").add()
                .teacher("S1", "T03").total("75.0").add().teacher("S1", "T04").total("74.9").add()
                .teacher("S1", "T05").total("60.0").add().teacher("S1", "T06").total("59.9").add();
        score();
        assertThat(results.get("T01", "grade")).isEqualTo("优秀");
        assertThat(results.get("T01", "total")).isEqualTo("90.0");
        assertThat(results.get("T02", "grade")).isEqualTo("合格");
        assertThat(results.get("T03", "grade")).isEqualTo("合格");
        assertThat(results.get("T04", "grade")).isEqualTo("基本合格");
        assertThat(results.get("T05", "grade")).isEqualTo("基本合格");
        assertThat(results.get("T06", "grade")).isEqualTo("不合格");
        assertThat(results.get("T06", "must_replace")).isEqualTo(true);
        assertThat(results.get("T05", "must_replace")).isEqualTo(false);
        assertThat(results.gradeReasons("T01")).containsExactly("总分90.0，不低于90：优秀");
        assertThat(results.gradeReasons("T02")).containsExactly("总分89.9，不低于75：合格");
        assertThat(results.gradeReasons("T04")).containsExactly("总分74.9，不低于60：基本合格");
        assertThat(results.gradeReasons("T06")).containsExactly("总分59.9，低于60：不合格", "等次为不合格：不得继续从事班主任工作");
    }

    @Test
    void totalIsTheExactSumOfTheDimensions() throws Exception {
        // 14.5 + 13.5 + 9.9 + 14.1 + 9.9 + 9.9 + 9.9 + 8.3 = 90.0 exactly; a binary sum would not be.
        seed.teacher("S1", "T01").total("90.0").score("ethics", "14.5").score("moral", "13.5").score("habits", "9.9")
                .score("management", "14.1").score("practice", "9.9").score("home_school", "9.9")
                .score("innovation", "9.9").score("growth", "8.3").add();
        score();
        assertThat(results.get("T01", "total")).isEqualTo("90.0");
        assertThat(results.get("T01", "grade")).isEqualTo("优秀");
    }

    @Test
    void meetingsBelowTheMinimumTurnExcellentIntoQualified() throws Exception {
        seed.teacher("S1", "T30").total("95.0").meetings(30).add()
                .teacher("S1", "T29").total("95.0").meetings(29).add()
                .teacher("S1", "T28").total("89.0").meetings(28).add();
        score();
        assertThat(results.get("T30", "meetings_ok")).isEqualTo(true);
        assertThat(results.get("T30", "grade")).isEqualTo("优秀");
        assertThat(results.get("T29", "meetings_ok")).isEqualTo(false);
        assertThat(results.get("T29", "grade")).isEqualTo("合格");
        assertThat(results.gradeReasons("T29")).containsExactly("总分95.0，不低于90：优秀", "主题班会29次，少于30次：优秀调整为合格");
        // not 优秀 by total: the short meetings decide nothing and are not given as a reason
        assertThat(results.gradeReasons("T28")).containsExactly("总分89.0，不低于75：合格");
    }

    @Test
    void trainingNeedsSixDistrictHoursAndTwentyFourInAll() throws Exception {
        seed.teacher("S1", "D60").total("95.0").training("6.0", "8.0", "10.0").add()   // 6 and 24.0: ok
                .teacher("S1", "D59").total("95.0").training("5.9", "8.1", "10.0").add()  // 5.9 < 6
                .teacher("S1", "A24").total("95.0").training("6.0", "8.0", "10.0").add()  // 24.0: ok
                .teacher("S1", "A23").total("95.0").training("6.0", "8.0", "9.9").add()   // 23.9 < 24
                .teacher("S1", "AB").total("95.0").training("5.0", "8.0", "10.0").add();  // both short
        score();
        assertThat(results.get("D60", "training_ok")).isEqualTo(true);
        assertThat(results.get("D60", "grade")).isEqualTo("优秀");
        assertThat(results.get("D59", "training_ok")).isEqualTo(false);
        assertThat(results.get("D59", "grade")).isEqualTo("合格");
        assertThat(results.get("A24", "grade")).isEqualTo("优秀");
        assertThat(results.get("A23", "training_ok")).isEqualTo(false);
        assertThat(results.get("A23", "grade")).isEqualTo("合格");
        assertThat(results.gradeReasons("D59")).contains("区级培训学时5.9，少于6学时：优秀调整为合格");
        assertThat(results.gradeReasons("A23")).contains("三级培训学时合计23.9，少于24学时：优秀调整为合格");
        assertThat(results.gradeReasons("AB")).contains("区级培训学时5，少于6学时；三级培训学时合计23，少于24学时：优秀调整为合格");
    }

    @Test
    void ethicsVerdictVetoes() throws Exception {
        seed.teacher("S1", "T01").total("98.0").ethicsVerdict("不合格").add();
        score();
        assertThat(results.get("T01", "ethics_veto")).isEqualTo(true);
        assertThat(results.get("T01", "grade")).isEqualTo("不合格");
        assertThat(results.get("T01", "must_replace")).isEqualTo(true);
        assertThat(results.get("T01", "accountability")).isEqualTo(false);
        assertThat(results.gradeReasons("T01")).containsExactly("师德考核结论为不合格：一票否决，等次为不合格",
                "等次为不合格：不得继续从事班主任工作");
    }

    @Test
    void incidentsVetoOrCap() throws Exception {
        seed.teacher("S1", "VETO").total("95.0").incident("主要责任", "严重").incident("次要责任", "严重").add()
                .teacher("S1", "CAP1").total("95.0").incident("主要责任", "较重").add()
                .teacher("S1", "CAP2").total("95.0").incident("次要责任", "严重").add()
                .teacher("S1", "MINOR").total("95.0").incident("次要责任", "较重").incident("主要责任", "一般")
                .incident("无责任", "严重").add()
                .teacher("S1", "CAPLOW").total("80.0").incident("主要责任", "较重").add();
        score();
        assertThat(results.teacher("VETO")).containsEntry("incident_veto", true).containsEntry("accountability", true)
                .containsEntry("capped", false).containsEntry("grade", "不合格").containsEntry("must_replace", true);
        assertThat(results.gradeReasons("VETO")).containsExactly("安全事故负主要责任、后果严重：一票否决，等次为不合格，追究责任",
                "等次为不合格：不得继续从事班主任工作");
        assertThat(results.teacher("CAP1")).containsEntry("capped", true).containsEntry("grade", "合格")
                .containsEntry("incident_veto", false).containsEntry("accountability", false);
        assertThat(results.gradeReasons("CAP1")).containsExactly("总分95.0，不低于90：优秀",
                "安全事故负主要责任、后果较重，或负次要责任、后果严重：优秀调整为合格");
        assertThat(results.teacher("CAP2")).containsEntry("capped", true).containsEntry("grade", "合格");
        assertThat(results.teacher("MINOR")).containsEntry("capped", false).containsEntry("grade", "优秀");
        // capped but not 优秀 by total: the grade stays, the cap still counts for tiers
        assertThat(results.teacher("CAPLOW")).containsEntry("capped", true).containsEntry("grade", "合格");
    }

    @Test
    void unscoredTeacherKeepsTheirOwnConditionsButNoGrade() throws Exception {
        seed.teacher("S1", "U1").unscored().meetings(29).incident("主要责任", "严重").add()
                .teacher("S1", "U2").unscored().incident("次要责任", "严重").add();
        score();
        assertThat(results.teacher("U1")).containsEntry("grade", "未评分").containsEntry("total", null)
                .containsEntry("meetings_ok", false).containsEntry("training_ok", true)
                .containsEntry("incident_veto", true).containsEntry("accountability", true)
                .containsEntry("capped", false).containsEntry("ethics_veto", false)
                .containsEntry("must_replace", false).containsEntry("score_row", null);
        assertThat(results.gradeReasons("U1")).startsWith("没有有效的考核评分：等次为未评分", "安全事故负主要责任、后果严重：追究责任");
        assertThat(results.teacher("U2")).containsEntry("capped", true).containsEntry("grade", "未评分");
    }

    @Test
    void missingActivityCountsAsZero() throws Exception {
        seed.teacher("S1", "T01").total("95.0").noActivity().add();
        score();
        assertThat(results.teacher("T01")).containsEntry("meetings", 0).containsEntry("training_total", "0.0")
                .containsEntry("meetings_ok", false).containsEntry("training_ok", false)
                .containsEntry("grade", "合格").containsEntry("activity_row", null);
    }

    @Test
    void keepsTheSourceRowsForTraceability() throws Exception {
        seed.teacher("S1", "T01").add();
        score();
        assertThat(results.teacher("T01")).containsEntry("file", "S1.xlsx").containsEntry("roster_sheet", "班主任名册")
                .containsEntry("roster_row", 2).containsEntry("score_sheet", "考核评分").containsEntry("score_row", 2)
                .containsEntry("activity_sheet", "工作记录").containsEntry("zone", "凤凰学区")
                .containsEntry("school_type", "小学");
    }
}
