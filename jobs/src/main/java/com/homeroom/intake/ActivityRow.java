package com.homeroom.intake;

import java.math.BigDecimal;

/** A 工作记录 data row; optional counts that were blank or invalid are 0, 课题研究级别 无. */
public record ActivityRow(String file, String sheet, int row, String teacherId, Integer meetings,
                          BigDecimal trainingDistrict, BigDecimal trainingZone, BigDecimal trainingSchool,
                          int parentMeetings, int homeVisits, int phoneVisits, int practiceActivities,
                          BigDecimal archiveRate, String researchLevel, boolean valueOk, String teacherIdRaw) {
}
