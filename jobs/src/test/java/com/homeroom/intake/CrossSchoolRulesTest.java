package com.homeroom.intake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static com.homeroom.intake.Rows.activity;
import static com.homeroom.intake.Rows.roster;
import static com.homeroom.intake.Rows.rosterWith;
import static com.homeroom.intake.Rows.score;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input contract 2.3 TEACHER_IN_MANY_SCHOOLS and section 5: one 教师编号 on the otherwise-valid
 * rosters of accepted files of two or more schools rejects all of those rows, in every school.
 */
class CrossSchoolRulesTest {

    @TempDir
    static Path dir;
    static District district;

    @BeforeAll
    static void runIntake() throws Exception {
        district = new District(dir);
        // X-01 is on the rosters of 城东小学 and 城西小学 (both accepted) and of 城北小学 (superseded file).
        // Y-01 is on 城东小学 and on 城南小学, whose file is rejected (last year's period).
        // Z-01 is on 城东小学 and on 城西小学, but 城西小学's row breaks a value rule.
        write("C01", "城东小学", "C01-城东小学.xlsx", null,
                roster("X-01", "跨校甲", "三年级", 1), roster("Y-01", "跨校乙", "三年级", 2),
                roster("Z-01", "跨校丙", "三年级", 3), roster("C01-1", "本校丁", "三年级", 4));
        write("C02", "城西小学", "C02-城西小学.xlsx", null,
                roster("X-01", "跨校甲", "四年级", 1), rosterWith(roster("Z-01", "跨校丙", "四年级", 2), "班级", 31),
                roster("C02-1", "本校戊", "四年级", 3));
        write("C03", "城南小学", "C03-城南小学-上学年.xlsx", "2024-2025学年", roster("Y-01", "跨校乙", "五年级", 1));
        write("C04", "城北小学", "C04-城北小学-第一次.xlsx", null, roster("X-01", "跨校甲", "六年级", 1));
        SchoolWorkbook later = write("C04", "城北小学", null, null, roster("C04-1", "本校己", "六年级", 1));
        later.fillDate = LocalDate.of(2025, 12, 10);
        later.writeTo(district.file("C04-城北小学-更正.xlsx"));
        district.registerOnly("C05");
        district.run();
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    private static SchoolWorkbook write(String code, String name, String file, String period, Object[]... rows)
            throws Exception {
        SchoolWorkbook w = district.school(code, name, "小学");
        w.roster.clear();
        w.scores.clear();
        w.activity.clear();
        for (Object[] row : rows) {
            w.roster.add(row);
            w.scores.add(score((String) row[0], (String) row[1]));
            w.activity.add(activity((String) row[0]));
        }
        if (period != null) {
            w.period = period;
        }
        if (file != null) {
            w.writeTo(district.file(file));
        }
        return w;
    }

    @Test
    void aTeacherOnTheRostersOfTwoSchoolsIsRejectedInEveryOneOfThem() {
        assertThat(district.rejects("C01-城东小学.xlsx", "TEACHER_IN_MANY_SCHOOLS")).singleElement().satisfies(r -> {
            assertThat(District.brief(r)).isEqualTo("班主任名册|2|教师编号|TEACHER_IN_MANY_SCHOOLS|error");
            assertThat(r.get("value")).isEqualTo("X-01");
            assertThat(r.get("message")).startsWith("第2行").contains("城东小学").contains("城西小学")
                    .doesNotContain("城北小学").doesNotContain("城南小学");
        });
        assertThat(district.rejects("C02-城西小学.xlsx", "TEACHER_IN_MANY_SCHOOLS")).singleElement()
                .satisfies(r -> assertThat(District.brief(r))
                        .isEqualTo("班主任名册|2|教师编号|TEACHER_IN_MANY_SCHOOLS|error"));
    }

    @Test
    void theTeachersOtherRowsThenNameNoAcceptedRosterTeacher() {
        assertThat(district.problems("C01-城东小学.xlsx")).containsExactly(
                "班主任名册|2|教师编号|TEACHER_IN_MANY_SCHOOLS|error",
                "考核评分|2|教师编号|NOT_IN_ROSTER|error",
                "工作记录|2|教师编号|NOT_IN_ROSTER|error");
        assertThat(district.intake("C01-城东小学.xlsx")).containsEntry("roster_read", "4")
                .containsEntry("roster_loaded", "3").containsEntry("roster_rejected", "1");
    }

    @Test
    void rowsOfRejectedOrSupersededFilesAndRowsBreakingAValueRuleDoNotCount() throws Exception {
        // Y-01 (other school's file rejected) and Z-01 (other school's row invalid) stay in 城东小学
        assertThat(district.column("SELECT teacher_id FROM roster_row WHERE file = ? AND accepted ORDER BY row_no",
                "C01-城东小学.xlsx")).containsExactly("Y-01", "Z-01", "C01-1");
        assertThat(district.problems("C02-城西小学.xlsx")).contains("班主任名册|3|班级|OUT_OF_RANGE|error")
                .noneMatch(p -> p.startsWith("班主任名册|3|教师编号"));
        assertThat(district.intake("C03-城南小学-上学年.xlsx")).containsEntry("reason", "WRONG_PERIOD");
        assertThat(district.intake("C04-城北小学-第一次.xlsx")).containsEntry("status", "superseded");
    }

    @Test
    void aRegistrySchoolWithNoAcceptedFileIsNotSubmitted() throws Exception {
        // accepted: C01, C02, C04; not submitted: C03 (its only file rejected) and C05 (no file)
        assertThat(district.runSummary().get(3)).isEqualTo(2L);
    }
}
