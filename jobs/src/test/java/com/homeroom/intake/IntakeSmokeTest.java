package com.homeroom.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeSmokeTest {

    @TempDir
    Path dir;

    @Test
    void validWorkbookIsAcceptedWithNoProblems() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook.twoTeachers().writeTo(input.resolve("凤凰学区/凤凰小学.xlsx"));

        var result = IntakeHarness.run(input, dir, "2025-2026");

        assertThat(result.rejects()).isEmpty();
        assertThat(result.intakeOf("凤凰学区/凤凰小学.xlsx"))
                .containsEntry("status", "accepted").containsEntry("school_code", "FH-001")
                .containsEntry("roster_read", "2").containsEntry("roster_loaded", "2")
                .containsEntry("scores_loaded", "2").containsEntry("activity_loaded", "2")
                .containsEntry("incidents_read", "0");
    }
}
