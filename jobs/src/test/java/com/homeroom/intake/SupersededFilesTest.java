package com.homeroom.intake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input contract 2.1 and section 5 "Whole files": of two files of one school for the period, the
 * later 填报日期 wins, then the later modification time; only files that passed every other check
 * take part, and the superseded file is listed once, without its own row problems.
 */
class SupersededFilesTest {

    @TempDir
    static Path dir;
    static District district;

    @BeforeAll
    static void runIntake() throws Exception {
        district = new District(dir);

        // D01: the later 填报日期 wins although the other file was saved later; the loser has row problems
        SchoolWorkbook first = district.school("D01");
        first.fillDate = LocalDate.of(2025, 12, 1);
        first.roster.set(1, Rows.rosterWith(Rows.rosterWith(first.roster.get(1), "担任班主任年限", 99), "性别", "未知"));
        WorkbookFiles.modified(first.writeTo(district.file("D01-第一次报送.xlsx")), "2025-12-20T08:00:00Z");
        SchoolWorkbook corrected = district.school("D01");
        corrected.fillDate = "2025年12月5日";
        WorkbookFiles.modified(corrected.writeTo(district.file("D01-更正后报送.xlsx")), "2025-12-06T08:00:00Z");

        // D02: equal 填报日期: the later modification time wins (the path order would pick the other one)
        WorkbookFiles.modified(district.school("D02").writeTo(district.file("D02-a.xlsx")), "2025-12-02T10:00:00Z");
        WorkbookFiles.modified(district.school("D02").writeTo(district.file("D02-b.xlsx")), "2025-12-02T09:00:00Z");

        // D03: last year's workbook, though filled in later, is WRONG_PERIOD and takes no part
        SchoolWorkbook lastYear = district.school("D03");
        lastYear.period = "2024-2025学年";
        lastYear.fillDate = LocalDate.of(2026, 1, 5);
        lastYear.writeTo(district.file("D03-上学年.xlsx"));
        district.school("D03").writeTo(district.file("D03-本学年.xlsx"));

        // D04: a later file that fails a check does not supersede an earlier good one
        SchoolWorkbook later = district.school("D04");
        later.fillDate = LocalDate.of(2025, 12, 9);
        District.withoutVerdictColumn(later).writeTo(district.file("D04-较新但表头缺列.xlsx"));
        district.school("D04").writeTo(district.file("D04-较早.xlsx"));

        // D05: a file without 填报日期 loses to one with it, whatever the modification times
        SchoolWorkbook undated = district.school("D05");
        undated.fillDate = null;
        WorkbookFiles.modified(undated.writeTo(district.file("D05-未填日期.xlsx")), "2025-12-30T08:00:00Z");
        WorkbookFiles.modified(district.school("D05").writeTo(district.file("D05-填了日期.xlsx")), "2025-12-01T08:00:00Z");

        district.run();
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    @Test
    void theFileWithTheLaterFillDateWinsAndTheOtherIsListedOnceWithoutItsRowProblems() {
        assertThat(district.intake("D01-更正后报送.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_loaded", "2");
        assertThat(district.rejects("D01-更正后报送.xlsx")).isEmpty();
        Map<String, String> superseded = district.intake("D01-第一次报送.xlsx");
        assertThat(superseded).containsEntry("status", "superseded").containsEntry("reason", "SUPERSEDED")
                .containsEntry("school_code", "D01");
        assertThat(List.of("roster_read", "roster_loaded", "roster_rejected", "scores_read", "scores_loaded",
                "scores_rejected", "activity_read", "activity_loaded", "activity_rejected", "incidents_read",
                "incidents_loaded", "incidents_rejected")).allSatisfy(k -> assertThat(superseded.get(k)).isEmpty());
        assertThat(district.rejects("D01-第一次报送.xlsx")).singleElement().satisfies(r -> {
            assertThat(District.brief(r)).isEqualTo("|||SUPERSEDED|warning");
            assertThat(r.get("school_code")).isEqualTo("D01");
            assertThat(r.get("message")).contains("D01-更正后报送.xlsx");
        });
    }

    @Test
    void onEqualFillDatesTheLaterModifiedFileWins() {
        assertThat(district.intake("D02-a.xlsx")).containsEntry("status", "accepted");
        assertThat(district.intake("D02-b.xlsx")).containsEntry("status", "superseded");
        assertThat(district.rejects("D02-b.xlsx")).extracting(District::brief).containsExactly("|||SUPERSEDED|warning");
    }

    @Test
    void lastYearsWorkbookIsWrongPeriodNotSuperseded() {
        assertThat(district.intake("D03-上学年.xlsx")).containsEntry("status", "rejected")
                .containsEntry("reason", "WRONG_PERIOD");
        assertThat(district.intake("D03-本学年.xlsx")).containsEntry("status", "accepted");
        assertThat(district.rejects("D03-本学年.xlsx")).isEmpty();
    }

    @Test
    void aLaterFileFailingAnEarlierCheckDoesNotSupersede() {
        assertThat(district.intake("D04-较新但表头缺列.xlsx")).containsEntry("reason", "HEADER_NOT_FOUND");
        assertThat(district.intake("D04-较早.xlsx")).containsEntry("status", "accepted");
    }

    @Test
    void aFileWithoutFillDateCountsAsTheEarliest() {
        assertThat(district.intake("D05-填了日期.xlsx")).containsEntry("status", "accepted");
        assertThat(district.intake("D05-未填日期.xlsx")).containsEntry("status", "superseded");
    }

    @Test
    void onlyTheLosersOfTwoAcceptableFilesAreSuperseded() throws Exception {
        assertThat(district.result().rejects("SUPERSEDED")).extracting(r -> r.get("file"))
                .containsExactly("D01-第一次报送.xlsx", "D02-b.xlsx", "D05-未填日期.xlsx");
        // accepted files: one per school D01 … D05; rejected: D03-上学年, D04-较新但表头缺列
        assertThat(district.runSummary().subList(0, 4)).containsExactly(5L, 2L, 3L, 0L);
    }
}
