package com.homeroom.intake;

import java.time.LocalDate;

/** A 安全事故 data row. */
public record IncidentRow(String file, String sheet, int row, String teacherId, LocalDate date, String summary,
                          String responsibility, String consequence, boolean valueOk, String teacherIdRaw) {
}
