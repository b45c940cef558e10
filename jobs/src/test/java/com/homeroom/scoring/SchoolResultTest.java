package com.homeroom.scoring;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** School results and the 评分区分度不足 flag (170-school-results), exact at every boundary. */
class SchoolResultTest extends ScoringStepTest {

    private void school(String code, String... totals) throws Exception {
        seed.school(code, "凤凰学区", "小学");
        for (int i = 0; i < totals.length; i++) {
            seed.teacher(code, code + "-" + i).total(totals[i]).add();
        }
    }

    private Map<String, Object> result(String code) throws Exception {
        return results.query("SELECT * FROM school_result WHERE period = ? AND school_code = ?", P, code).get(0);
    }

    @Test
    void aStandardDeviationOfExactlyOneIsNotBelowOne() throws Exception {
        // deviations from 80: -1.5 -0.5 0 +0.5 +1.5 → Σd² = 2.25 + 0.25 + 0 + 0.25 + 2.25 = 5, variance 5/5 = 1.
        school("SD10", "78.5", "79.5", "80.0", "80.5", "81.5");
        // 81.5 → 81.4, in tenths x: Σx = 3999, Σx² = 3198871; n·Σx² − (Σx)² = 15994355 − 15992001 = 2354
        // < 100 · 1² · 5² = 2500: variance 0.9416, SD ≈ 0.970 < 1.
        school("SD09", "78.5", "79.5", "80.0", "80.5", "81.4");
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(result("SD10")).containsEntry("low_spread", false).containsEntry("undifferentiated", false)
                .containsEntry("mean_total", "80.00");
        assertThat(result("SD09")).containsEntry("low_spread", true).containsEntry("undifferentiated", true)
                .containsEntry("mean_total", "79.98");   // 399.9 / 5
    }

    @Test
    void moreThanSixtyPercentExcellentIsFlaggedExactlySixtyIsNot() throws Exception {
        school("E60", "90.0", "92.0", "94.0", "80.0", "85.0");   // 3 of 5 = 60 %: not more
        school("E80", "90.0", "92.0", "94.0", "96.0", "80.0");   // 4 of 5 = 80 %
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(result("E60")).containsEntry("excellent", 3).containsEntry("too_many_excellent", false)
                .containsEntry("low_spread", false).containsEntry("undifferentiated", false);
        assertThat(result("E80")).containsEntry("excellent", 4).containsEntry("too_many_excellent", true)
                .containsEntry("undifferentiated", true);
    }

    @Test
    void bothClausesNeedFiveGradedTeachers() throws Exception {
        school("G4", "90.0", "90.0", "90.0", "90.0");              // SD 0 and 100 % 优秀, but 4 graded
        seed.teacher("G4", "G4-U").unscored().add();               // a 5th teacher, not graded
        school("G5", "90.0", "90.0", "90.0", "90.0", "90.0");      // 5 graded: both clauses
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(result("G4")).containsEntry("teachers", 5).containsEntry("graded", 4).containsEntry("unscored", 1)
                .containsEntry("low_spread", false).containsEntry("too_many_excellent", false)
                .containsEntry("undifferentiated", false);
        assertThat(result("G5")).containsEntry("low_spread", true).containsEntry("too_many_excellent", true)
                .containsEntry("undifferentiated", true);
    }

    @Test
    void meanTotalIsRoundedHalfUp() throws Exception {
        school("M", "80.1", "80.0", "80.0", "80.0");   // 320.1 / 4 = 80.025 → 80.03 (half-even would say 80.02)
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(result("M")).containsEntry("mean_total", "80.03");
    }

    @Test
    void gradeCountsAndSchoolsWithoutResults() throws Exception {
        school("C", "95.0", "80.0", "65.0", "50.0");
        seed.teacher("C", "C-veto").total("99.0").ethicsVerdict("不合格").add();
        seed.registryOnly("N", "坊城学区", "初中");
        school("U");
        seed.teacher("U", "U-1").unscored().add();
        new Scoring(warehouse).score(P, SchemeLoader.loadDefault());
        assertThat(result("C")).containsEntry("submitted", true).containsEntry("teachers", 5).containsEntry("graded", 5)
                .containsEntry("excellent", 1).containsEntry("qualified", 1).containsEntry("basic", 1)
                .containsEntry("failed", 2).containsEntry("not_submitted", false)
                .containsEntry("mean_total", "77.80");   // (95 + 80 + 65 + 50 + 99) / 5 = 389 / 5
        assertThat(result("N")).containsEntry("submitted", false).containsEntry("not_submitted", true)
                .containsEntry("teachers", 0).containsEntry("graded", 0).containsEntry("mean_total", null)
                .containsEntry("undifferentiated", false).containsEntry("zone", "坊城学区");
        assertThat(result("U")).containsEntry("submitted", true).containsEntry("teachers", 1)
                .containsEntry("graded", 0).containsEntry("mean_total", null);
    }
}
