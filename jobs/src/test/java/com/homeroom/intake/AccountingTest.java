package com.homeroom.intake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.homeroom.intake.Rows.activity;
import static com.homeroom.intake.Rows.activityWith;
import static com.homeroom.intake.Rows.incident;
import static com.homeroom.intake.Rows.roster;
import static com.homeroom.intake.Rows.rosterWith;
import static com.homeroom.intake.Rows.score;
import static com.homeroom.intake.Rows.scoreWith;
import static com.homeroom.intake.SchoolWorkbook.ACTIVITY_HEADER;
import static com.homeroom.intake.SchoolWorkbook.INCIDENT_HEADER;
import static com.homeroom.intake.SchoolWorkbook.ROSTER_HEADER;
import static com.homeroom.intake.SchoolWorkbook.SCORE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input contract 4 on a messy folder: for every file, rows read = loaded + rejected per sheet, and
 * the rows rejected are exactly the rows with an error line in rejects.csv; nothing is dropped.
 */
class AccountingTest {

    private static final List<String> KINDS = List.of("roster", "scores", "activity", "incidents");
    private static final Map<String, String> TABLES = Map.of("roster", "roster_row", "scores", "score_row",
            "activity", "activity_row", "incidents", "incident_row");

    @TempDir
    static Path dir;
    static District district;
    /** file → kind → the sheet's name as rejects.csv gives it. */
    static final Map<String, Map<String, String>> SHEETS = new HashMap<>();

    @BeforeAll
    static void runIntake() throws Exception {
        district = new District(dir);
        messyAliasedWorkbook();
        secondSchoolSharingATeacher();
        supersededAndRejectedFiles();
        district.run();
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    private static final Map<String, String> DEFAULT_SHEETS = Map.of("roster", "班主任名册", "scores", "考核评分",
            "activity", "工作记录", "incidents", "安全事故");

    static void messyAliasedWorkbook() throws Exception {
        district.school("M01");
        Object[] first = roster("M01-1", "王小明", "三年级", 1);
        TestWorkbook book = District.basicInfo(TestWorkbook.xlsx(), "M01", "2025-2026学年");
        book.sheet(" 名册").row("M01学校班主任名册").mergeAcross(1, 0, 11)
                .at(3).row(ROSTER_HEADER)
                .row(first)                                                              // 4: CLASS_TAKEN with 9
                .row(roster("M01-2", "李红", "三年级", 2))                                // 5: loaded
                .row(rosterWith(roster("M01-3", "张山", "三年级", 3), "担任班主任年限", 99)) // 6: value
                .row()                                                                   // 7: blank
                .row(first)                                                              // 8: DUPLICATE_TEACHER
                .row(roster("M01-4", "赵四", "三年级", "1班"))                            // 9: CLASS_TAKEN with 4
                .row(roster("SHARE-01", "钱七", "三年级", 5))                             // 10: in M02 too
                .row(rosterWith(roster("M01-5", "孙五", "三年级", 6), "性别", "男性"))      // 11: loaded, warned
                .row("填表说明：年级填一年级至六年级")                                     // 12
                .row("M01-6", "周八", "小学", "三年级", 7, 5);                            // 13: ignored
        book.sheet("评分 ").row(SCORE_HEADER)
                .row(score("M01-1", "王小明"))                                            // 2: NOT_IN_ROSTER
                .row(score("M01-2", "李红"))                                              // 3: loaded
                .row(score("M01-2", "李红"))                                              // 4: DUPLICATE_SCORE
                .row(scoreWith(score("M01-5", "孙五"), "德育工作", "十五"))                 // 5: value
                .row(score("M01-5", "孙 五"))                                             // 6: loaded
                .row(score("M01-9", "无此人"))                                            // 7: NOT_IN_ROSTER
                .row()                                                                   // 8: blank
                .row(score("SHARE-01", "钱七"));                                          // 9: NOT_IN_ROSTER
        book.sheet("工作量").row(ACTIVITY_HEADER)
                .row(activity("M01-2"))                                                  // 2: loaded
                .row(activityWith(activity("M01-5"), "主题班会次数", 3.5))                 // 3: value
                .row(activity("M01-5"));                                                 // 4: loaded
        book.sheet("事故").row(INCIDENT_HEADER)
                .row(incident("M01-2", LocalDate.of(2025, 10, 1)))                       // 2: loaded
                .row(incident("M01-5", LocalDate.of(2025, 8, 31)))                       // 3: OUTSIDE_PERIOD
                .row(incident("M01-3", LocalDate.of(2025, 11, 3)));                      // 4: NOT_IN_ROSTER
        book.writeTo(district.file("第一学区/M01-杂乱.xlsx"));
        SHEETS.put("第一学区/M01-杂乱.xlsx", Map.of("roster", "名册", "scores", "评分", "activity", "工作量",
                "incidents", "事故"));
    }

    static void secondSchoolSharingATeacher() throws Exception {
        SchoolWorkbook w = district.emptySchool("M02", "小学");
        w.withActivitySheet = false;
        w.roster.add(roster("SHARE-01", "钱七", "三年级", 1));                          // 2: TEACHER_IN_MANY_SCHOOLS
        w.roster.add(roster("M02-1", "吴九", "三年级", 2));                             // 3: loaded
        w.roster.add(roster("M02-2", "郑十", "三年级", "31"));                          // 4: value
        w.roster.add(new Object[]{" "});                                                // 5: blank
        w.scores.add(score("M02-1", "吴九"));                                           // 2: loaded
        w.scores.add(score("SHARE-01", "钱七"));                                        // 3: NOT_IN_ROSTER
        w.scores.add(score("M02-2", "郑十"));                                           // 4: NOT_IN_ROSTER
        w.writeTo(district.file("第二学区/M02.xlsx"));
        SHEETS.put("第二学区/M02.xlsx", DEFAULT_SHEETS);
    }

    static void supersededAndRejectedFiles() throws Exception {
        SchoolWorkbook old = district.school("M03");
        old.fillDate = LocalDate.of(2025, 11, 1);
        old.roster.add(rosterWith(roster("M03-9", "旧表", "五年级", 1), "班级", 40));
        old.writeTo(district.file("第二学区/M03-旧.xlsx"));
        district.school("M03").writeTo(district.file("第二学区/M03-新.xlsx"));
        SHEETS.put("第二学区/M03-新.xlsx", DEFAULT_SHEETS);
        SchoolWorkbook lastYear = district.school("M04");
        lastYear.period = "2024-2025";
        lastYear.writeTo(district.file("M04-上学年.xlsx"));
        Files.writeString(district.file("M05-说明.docx"), "不是工作簿");
    }

    @Test
    void everyFileOfTheFolderIsListedInIntakeCsv() {
        assertThat(district.result().intake()).extracting(r -> r.get("file")).containsExactly(
                "M04-上学年.xlsx", "M05-说明.docx", "第一学区/M01-杂乱.xlsx", "第二学区/M02.xlsx",
                "第二学区/M03-新.xlsx", "第二学区/M03-旧.xlsx");
    }

    @Test
    void rowsReadAreRowsLoadedPlusRowsRejectedForEverySheetOfEveryAcceptedFile() {
        for (Map<String, String> file : district.result().intake()) {
            if (!file.get("status").equals("accepted")) {
                continue;
            }
            for (String kind : KINDS) {
                assertThat(Integer.parseInt(file.get(kind + "_read")))
                        .as("%s %s", file.get("file"), kind)
                        .isEqualTo(Integer.parseInt(file.get(kind + "_loaded")) + Integer.parseInt(file.get(kind + "_rejected")));
            }
        }
    }

    @Test
    void theRowsRejectedAreExactlyTheRowsWithAnErrorLine() throws Exception {
        for (Map.Entry<String, Map<String, String>> file : SHEETS.entrySet()) {
            for (String kind : KINDS) {
                String sheet = file.getValue().get(kind);
                Set<Integer> rejected = new TreeSet<>(district.column("SELECT row_no FROM " + TABLES.get(kind)
                        + " WHERE file = ? AND NOT accepted", file.getKey()).stream().map(Integer::valueOf).toList());
                Set<Integer> withError = district.rejects(file.getKey()).stream()
                        .filter(r -> r.get("severity").equals("error") && r.get("sheet").equals(sheet))
                        .map(r -> Integer.valueOf(r.get("row"))).collect(Collectors.toCollection(TreeSet::new));
                assertThat(withError).as("%s %s", file.getKey(), sheet).isEqualTo(rejected);
                assertThat(district.intake(file.getKey())).as("%s %s", file.getKey(), kind)
                        .containsEntry(kind + "_rejected", String.valueOf(rejected.size()));
            }
        }
    }

    @Test
    void theMessyWorkbookCountsAsWorkedOutByHand() {
        assertThat(counts("第一学区/M01-杂乱.xlsx")).isEqualTo("7/2/5 7/2/5 3/2/1 3/1/2");
        assertThat(counts("第二学区/M02.xlsx")).isEqualTo("3/1/2 3/1/2 0/0/0 0/0/0");
        assertThat(counts("第二学区/M03-新.xlsx")).isEqualTo("2/2/0 2/2/0 2/2/0 0/0/0");
        assertThat(district.rejects("第一学区/M01-杂乱.xlsx")).filteredOn(r -> r.get("severity").equals("error"))
                .extracting(r -> r.get("sheet") + "|" + r.get("row") + "|" + r.get("code")).containsExactly(
                        "名册|4|CLASS_TAKEN", "名册|6|OUT_OF_RANGE", "名册|8|DUPLICATE_TEACHER", "名册|9|CLASS_TAKEN",
                        "名册|10|TEACHER_IN_MANY_SCHOOLS",
                        "评分|2|NOT_IN_ROSTER", "评分|4|DUPLICATE_SCORE", "评分|5|BAD_NUMBER", "评分|7|NOT_IN_ROSTER",
                        "评分|9|NOT_IN_ROSTER",
                        "工作量|3|NOT_INTEGER",
                        "事故|3|OUTSIDE_PERIOD", "事故|4|NOT_IN_ROSTER");
    }

    private static String counts(String file) {
        Map<String, String> row = district.intake(file);
        return KINDS.stream().map(k -> row.get(k + "_read") + "/" + row.get(k + "_loaded") + "/" + row.get(k + "_rejected"))
                .collect(Collectors.joining(" "));
    }

    @Test
    void aFileNotAcceptedHasNoCountsAndOneLine() {
        for (String file : List.of("M04-上学年.xlsx", "M05-说明.docx", "第二学区/M03-旧.xlsx")) {
            Map<String, String> row = district.intake(file);
            assertThat(KINDS.stream().flatMap(k -> Stream.of(k + "_read", k + "_loaded", k + "_rejected")).map(row::get))
                    .as(file).allMatch(String::isEmpty);
            assertThat(district.rejects(file)).as(file).hasSize(1);
        }
    }
}
