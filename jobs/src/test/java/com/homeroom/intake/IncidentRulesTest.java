package com.homeroom.intake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static com.homeroom.intake.Rows.incident;
import static com.homeroom.intake.Rows.incidentWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Input contract 2.6: 安全事故 is optional; dates must fall inside 1 Sep … 31 Aug of the period. */
class IncidentRulesTest {

    @TempDir
    static Path dir;
    static District district;

    @BeforeAll
    static void runIntake() throws Exception {
        district = new District(dir);
        incidents();
        noIncidents("I02", "I02-事故表为空.xlsx", book -> book.sheet("安全事故"));
        noIncidents("I03", "I03-事故表只有表头.xlsx", book -> book.sheet("安全事故").row(SchoolWorkbook.INCIDENT_HEADER));
        noIncidents("I04", "I04-无事故表.xlsx", book -> book);
        district.run();
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    static void incidents() throws Exception {
        SchoolWorkbook w = district.school("I01");
        w.incidents.add(incident("I01-1", LocalDate.of(2025, 9, 1)));                       // 2: first day
        w.incidents.add(incident("I01-1", "2026-08-31"));                                    // 3: last day
        w.incidents.add(incident("I01-2", LocalDate.of(2025, 8, 31)));                      // 4: day before
        w.incidents.add(incident("I01-2", "2026/9/1"));                                      // 5: day after
        w.incidents.add(incident("I01-9", LocalDate.of(2025, 10, 8)));                      // 6: not on the roster
        w.incidents.add(incident("I01-1", "2026-02-30"));                                    // 7: no such day
        w.incidents.add(incidentWith(incident("I01-2", "2026年3月2日"), "责任认定", "全责"));  // 8
        w.writeTo(district.file("I01-安全事故.xlsx"));
    }

    @Test
    void incidentsOutsideThePeriodOrOfTeachersNotOnTheRosterAreRejected() {
        assertThat(district.problems("I01-安全事故.xlsx")).containsExactly(
                "安全事故|4|发生日期|OUTSIDE_PERIOD|error",
                "安全事故|5|发生日期|OUTSIDE_PERIOD|error",
                "安全事故|6|教师编号|NOT_IN_ROSTER|error",
                "安全事故|7|发生日期|BAD_DATE|error",
                "安全事故|8|责任认定|BAD_CHOICE|error");
        assertThat(district.rejects("I01-安全事故.xlsx", "OUTSIDE_PERIOD")).extracting(r -> r.get("message"))
                .satisfiesExactly(m -> assertThat(m).startsWith("第4行「发生日期」").contains("2025-08-31"),
                        m -> assertThat(m).startsWith("第5行「发生日期」").contains("2026-09-01"));
        assertThat(district.rejects("I01-安全事故.xlsx", "OUTSIDE_PERIOD")).extracting(r -> r.get("value"))
                .containsExactly("2025-08-31", "2026/9/1");
        assertThat(district.intake("I01-安全事故.xlsx")).containsEntry("incidents_read", "7")
                .containsEntry("incidents_loaded", "2").containsEntry("incidents_rejected", "5");
    }

    @Test
    void theFirstAndLastDayOfThePeriodAreInside() throws Exception {
        assertThat(district.column("SELECT CAST(incident_date AS VARCHAR) FROM incident_row "
                + "WHERE file = ? AND accepted ORDER BY row_no", "I01-安全事故.xlsx"))
                .containsExactly("2025-09-01", "2026-08-31");
    }

    private interface Sheets {
        TestWorkbook add(TestWorkbook book);
    }

    static void noIncidents(String code, String file, Sheets incidentSheet) throws Exception {
        incidentSheet.add(district.school(code).build(TestWorkbook.xlsx())).writeTo(district.file(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I02-事故表为空.xlsx", "I03-事故表只有表头.xlsx", "I04-无事故表.xlsx"})
    void anEmptyOrAbsentIncidentSheetMeansNone(String file) {
        assertThat(district.rejects(file)).isEmpty();
        assertThat(district.intake(file)).containsEntry("status", "accepted").containsEntry("incidents_read", "0")
                .containsEntry("incidents_loaded", "0").containsEntry("incidents_rejected", "0");
    }
}
