package com.homeroom.intake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.homeroom.intake.Rows.activity;
import static com.homeroom.intake.Rows.activityWith;
import static com.homeroom.intake.Rows.roster;
import static com.homeroom.intake.Rows.rosterWith;
import static com.homeroom.intake.Rows.score;
import static com.homeroom.intake.Rows.scoreWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input contract 2.4 and 2.5: score values against the scheme's maxima, 师德考核结论, rows that must
 * name an accepted roster teacher, the first accepted row standing, MISSING_SCORE / MISSING_ACTIVITY,
 * counts, hours and 成长档案建档率.
 */
class ScoreAndActivityRulesTest {

    @TempDir
    static Path dir;
    static District district;

    @BeforeAll
    static void runIntake() throws Exception {
        district = new District(dir);
        scoreValues();
        scoreRowsAgainstTheRoster();
        activityValues();
        noActivitySheet();
        district.run();
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    /** A school with teachers {@code <code>-1 … <code>-n}, 三年级 classes 1 … n, named 教师1 … 教师n. */
    private static SchoolWorkbook teachers(String code, int n) {
        SchoolWorkbook w = district.emptySchool(code, "小学");
        for (int i = 1; i <= n; i++) {
            w.roster.add(roster(code + "-" + i, "教师" + i, "三年级", i));
        }
        return w;
    }

    private static String id(String code, int n) {
        return code + "-" + n;
    }

    private static String scoreValue(String file, int row, String dimension) throws Exception {
        return district.column("SELECT value FROM score_value WHERE file = ? AND row_no = ? AND dimension = ?",
                file, row, dimension).get(0);
    }

    // --- 考核评分 values --------------------------------------------------------------------------

    static void scoreValues() throws Exception {
        SchoolWorkbook w = teachers("S01", 8);
        for (int i = 1; i <= 8; i++) {
            w.activity.add(activity(id("S01", i)));
        }
        w.scores.add(scoreWith(score(id("S01", 1), "教师1"), "德育工作", 15.04));              // 2
        w.scores.add(scoreWith(score(id("S01", 2), "教师2"), "德育工作", 15.05));              // 3
        w.scores.add(scoreWith(score(id("S01", 3), "教师3"), "师德师风", -1));                 // 4
        w.scores.add(scoreWith(scoreWith(score(id("S01", 4), "教师4"), "师德师风", 0), "养成教育", 10)); // 5
        w.scores.add(scoreWith(score(id("S01", 5), "教师5"), "养成教育", null));               // 6
        w.scores.add(scoreWith(scoreWith(score(id("S01", 6), "教师6"), "师德师风", "14分"), "德育工作", "１４")); // 7
        w.scores.add(scoreWith(score(id("S01", 7), "教师7"), "师德考核结论", "良好"));         // 8
        w.scores.add(scoreWith(scoreWith(score(id("S01", 8), "教师8"), "师德考核结论", "不合格"), "专业成长", 13.35)); // 9
        w.writeTo(district.file("S01-评分取值.xlsx"));
    }

    @Test
    void aScoreAboveTheMaximumAfterRoundingIsRejectedWithTheClerksMessage() throws Exception {
        assertThat(district.rejects("S01-评分取值.xlsx", "OUT_OF_RANGE")).extracting(r -> r.get("message"))
                .first().isEqualTo("第3行「德育工作」为15.05，超出满分15");
        // the raw values; a CSV cell starting with '-' is written as text (operations.md, formula injection)
        assertThat(district.rejects("S01-评分取值.xlsx", "OUT_OF_RANGE")).extracting(r -> r.get("value"))
                .containsExactly("15.05", "'-1");
        assertThat(scoreValue("S01-评分取值.xlsx", 2, "moral")).isEqualTo("15.0");
    }

    @Test
    void blankNegativeOrOverMaximumScoresAndAnUnknownVerdictRejectTheRow() {
        assertThat(district.problems("S01-评分取值.xlsx")).containsExactly(
                "考核评分|3|德育工作|OUT_OF_RANGE|error",
                "考核评分|4|师德师风|OUT_OF_RANGE|error",
                "考核评分|6|养成教育|MISSING_VALUE|error",
                "考核评分|8|师德考核结论|BAD_CHOICE|error");
        assertThat(district.intake("S01-评分取值.xlsx")).containsEntry("scores_read", "8")
                .containsEntry("scores_loaded", "4").containsEntry("scores_rejected", "4");
    }

    @Test
    void zeroMaximumUnitsAndFullWidthDigitsAreAcceptedAndRoundedHalfUp() throws Exception {
        String file = "S01-评分取值.xlsx";
        assertThat(scoreValue(file, 5, "ethics")).isEqualTo("0.0");
        assertThat(scoreValue(file, 5, "habits")).isEqualTo("10.0");
        assertThat(scoreValue(file, 7, "ethics")).isEqualTo("14.0");
        assertThat(scoreValue(file, 7, "moral")).isEqualTo("14.0");
        assertThat(scoreValue(file, 9, "growth")).isEqualTo("13.4");
        assertThat(district.column("SELECT ethics_verdict FROM score_row WHERE file = ? AND row_no = 9", file))
                .containsExactly("不合格");
    }

    @Test
    void aTeacherWithoutAnAcceptedScoreRowIsWarnedAtTheRosterRow() {
        assertThat(district.rejects("S01-评分取值.xlsx", "MISSING_SCORE")).extracting(District::brief).containsExactly(
                "班主任名册|3|教师编号|MISSING_SCORE|warning",
                "班主任名册|4|教师编号|MISSING_SCORE|warning",
                "班主任名册|6|教师编号|MISSING_SCORE|warning",
                "班主任名册|8|教师编号|MISSING_SCORE|warning");
    }

    // --- 考核评分 rows against the roster -----------------------------------------------------------

    static void scoreRowsAgainstTheRoster() throws Exception {
        SchoolWorkbook w = district.emptySchool("S02", "小学");
        w.roster.add(roster("S02-1", "王熠", "三年级", 1));                                   // 2
        w.roster.add(roster("S02-2", "李红", "三年级", 2));                                   // 3
        w.roster.add(roster("S02-3", "张山", "三年级", 3));                                   // 4
        w.roster.add(roster("S02-4", "赵四", "三年级", 4));                                   // 5
        w.roster.add(roster("S02-5", "孙五", "三年级", 5));                                   // 6
        w.roster.add(rosterWith(roster("S02-6", "周六", "三年级", 6), "担任班主任年限", 99));  // 7
        for (int i = 1; i <= 5; i++) {
            w.activity.add(activity(id("S02", i)));
        }
        w.scores.add(score("S02-9", "无此人"));                                               // 2
        w.scores.add(score("S02-1", "王 熠"));                                                // 3
        w.scores.add(score("S02-1", "王熠熠"));                                               // 4
        w.scores.add(scoreWith(score("S02-2", "李红"), "德育工作", 16));                      // 5
        w.scores.add(score("S02-2", "李红"));                                                 // 6
        w.scores.add(score("S02-3", "张三"));                                                 // 7
        w.scores.add(score("ｓ０２－４", null));                                              // 8
        w.scores.add(score("S02-6", "周六"));                                                 // 9
        w.scores.add(score("S02-9", "无此人"));                                               // 10
        w.writeTo(district.file("S02-评分对照名册.xlsx"));
    }

    @Test
    void scoreRowsMustNameAnAcceptedRosterTeacherAndTheFirstAcceptedRowStands() {
        assertThat(district.problems("S02-评分对照名册.xlsx")).containsExactly(
                "班主任名册|7|担任班主任年限|OUT_OF_RANGE|error",
                "考核评分|2|教师编号|NOT_IN_ROSTER|error",
                "考核评分|4|教师编号|DUPLICATE_SCORE|error",
                "考核评分|5|德育工作|OUT_OF_RANGE|error",
                "考核评分|7|姓名|NAME_MISMATCH|warning",
                "考核评分|9|教师编号|NOT_IN_ROSTER|error",
                "考核评分|10|教师编号|NOT_IN_ROSTER|error");
        assertThat(district.rejects("S02-评分对照名册.xlsx", "DUPLICATE_SCORE")).singleElement()
                .satisfies(r -> assertThat(r.get("message")).contains("第4行", "S02-1", "第3行"));
        assertThat(district.intake("S02-评分对照名册.xlsx")).containsEntry("scores_read", "9")
                .containsEntry("scores_loaded", "4").containsEntry("scores_rejected", "5");
    }

    @Test
    void nameMismatchIsAWarningOnAcceptedRowsWithWhiteSpaceIgnored() {
        assertThat(district.rejects("S02-评分对照名册.xlsx", "NAME_MISMATCH")).singleElement().satisfies(r -> {
            assertThat(r.get("value")).isEqualTo("张三");
            assertThat(r.get("message")).startsWith("第7行「姓名」为张三").contains("张山");
        });
    }

    @Test
    void missingScoreNamesTheTeacherAtTheRosterRow() {
        assertThat(district.rejects("S02-评分对照名册.xlsx", "MISSING_SCORE")).singleElement().satisfies(r -> {
            assertThat(District.brief(r)).isEqualTo("班主任名册|6|教师编号|MISSING_SCORE|warning");
            assertThat(r.get("value")).isEqualTo("S02-5");
            assertThat(r.get("message")).contains("第6行", "孙五", "S02-5", "未评分");
        });
    }

    // --- 工作记录 -----------------------------------------------------------------------------------

    static void activityValues() throws Exception {
        SchoolWorkbook w = teachers("A01", 12);
        for (int i = 1; i <= 12; i++) {
            w.scores.add(score(id("A01", i), "教师" + i));
        }
        w.activity.add(activityWith(activity(id("A01", 1)), "主题班会次数", 3.5));                       // 2
        w.activity.add(activityWith(activityWith(activity(id("A01", 2)), "区级培训学时", 500), "主题班会次数", "30次")); // 3
        w.activity.add(activityWith(activity(id("A01", 3)), "区级培训学时", 500.1));                     // 4
        w.activity.add(activityWith(activity(id("A01", 4)), "成长档案建档率", 0.85));                    // 5
        w.activity.add(activityWith(activity(id("A01", 5)), "成长档案建档率", 85));                      // 6
        w.activity.add(activityWith(activity(id("A01", 6)), "成长档案建档率", "85%"));                   // 7
        w.activity.add(activityWith(activity(id("A01", 7)), "成长档案建档率", new TestWorkbook.Percent(0.85))); // 8
        w.activity.add(new Object[]{id("A01", 8), 30, 6, 8, 10, null, null, null, null, 1, null});      // 9
        w.activity.add(new Object[]{id("A01", 9), 30, 6, 8, 10, 1, 2.5, 0, 0, 101, "县级"});            // 10
        w.activity.add(activity(id("A01", 10)));                                                          // 11
        w.activity.add(activity(id("A01", 10)));                                                          // 12
        w.activity.add(activityWith(activityWith(activity(id("A01", 11)), "区级培训学时", 500.04),
                "成长档案建档率", "0.999"));                                                              // 13
        w.activity.add(activityWith(activityWith(activity(id("A01", 12)), "主题班会次数", 200),
                "成长档案建档率", new TestWorkbook.Percent(1.0)));                                        // 14
        w.activity.add(activityWith(activity(id("A01", 12)), "主题班会次数", "201次"));                  // 15
        w.writeTo(district.file("A01-工作记录取值.xlsx"));
    }

    @Test
    void countsMustBeIntegersAndHoursAtMostFiveHundred() {
        assertThat(district.problems("A01-工作记录取值.xlsx")).containsExactly(
                "工作记录|2|主题班会次数|NOT_INTEGER|error",
                "工作记录|4|区级培训学时|OUT_OF_RANGE|error",
                "工作记录|10|家访次数|INVALID_OPTIONAL|warning",
                "工作记录|10|成长档案建档率|INVALID_OPTIONAL|warning",
                "工作记录|10|课题研究级别|INVALID_OPTIONAL|warning",
                "工作记录|12|教师编号|DUPLICATE_ACTIVITY|error",
                "工作记录|15|主题班会次数|OUT_OF_RANGE|error");
        assertThat(district.intake("A01-工作记录取值.xlsx")).containsEntry("activity_read", "14")
                .containsEntry("activity_loaded", "10").containsEntry("activity_rejected", "4");
        assertThat(district.rejects("A01-工作记录取值.xlsx", "MISSING_ACTIVITY")).extracting(District::brief)
                .containsExactly("班主任名册|2|教师编号|MISSING_ACTIVITY|warning",
                        "班主任名册|4|教师编号|MISSING_ACTIVITY|warning");
    }

    @Test
    void acceptedActivityRowsAreStoredWithBlankAndInvalidOptionalValuesAsZero() throws Exception {
        assertThat(district.column("SELECT concat_ws('|', row_no, meetings, training_district, training_school, "
                + "parent_meetings, home_visits, phone_visits, practice_activities, archive_rate, research_level) "
                + "FROM activity_row WHERE file = ? AND accepted ORDER BY row_no", "A01-工作记录取值.xlsx"))
                .containsExactly(
                        "3|30|500.0|12.0|2|5|10|3|90.0|校级",
                        "5|32|8.0|12.0|2|5|10|3|85.0|校级",
                        "6|32|8.0|12.0|2|5|10|3|85.0|校级",
                        "7|32|8.0|12.0|2|5|10|3|85.0|校级",
                        "8|32|8.0|12.0|2|5|10|3|85.0|校级",
                        "9|30|6.0|10.0|0|0|0|0|1.0|无",
                        "10|30|6.0|10.0|1|0|0|0|0.0|无",
                        "11|32|8.0|12.0|2|5|10|3|90.0|校级",
                        "13|32|500.0|12.0|2|5|10|3|99.9|校级",
                        "14|200|8.0|12.0|2|5|10|3|100.0|校级");
    }

    static void noActivitySheet() throws Exception {
        SchoolWorkbook w = district.school("A02");
        w.withActivitySheet = false;
        w.writeTo(district.file("A02-无工作记录表.xlsx"));
    }

    @Test
    void withoutTheActivitySheetEveryTeacherIsWarnedAndTheFileIsAccepted() {
        assertThat(district.intake("A02-无工作记录表.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_loaded", "2").containsEntry("activity_read", "0");
        assertThat(district.rejects("A02-无工作记录表.xlsx")).extracting(District::brief).containsExactly(
                "班主任名册|2|教师编号|MISSING_ACTIVITY|warning", "班主任名册|3|教师编号|MISSING_ACTIVITY|warning");
        assertThat(district.rejects("A02-无工作记录表.xlsx")).extracting(r -> r.get("message")).satisfiesExactly(
                m -> assertThat(m).contains("第2行", "王小明", "A02-1"),
                m -> assertThat(m).contains("第3行", "李红", "A02-2"));
    }
}
