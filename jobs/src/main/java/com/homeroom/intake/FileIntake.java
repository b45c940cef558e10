package com.homeroom.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything intake learned from one workbook: its identity, its 基本信息, the whole-file failure
 * if any, and every data row of every sheet with the problems its cells raised.
 */
public record FileIntake(String file, String sha256, long bytes, Instant modified, String schoolCode,
                         LocalDate fillDate, String failureCode, String failureMessage,
                         List<RosterRow> roster, List<ScoreRow> scores, List<ActivityRow> activity,
                         List<IncidentRow> incidents, List<Problem> problems) {

    public boolean failed() {
        return failureCode != null;
    }
}
