package com.homeroom.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A 班主任名册 data row after the value rules; fields that failed are null. {@code valueOk} is
 * false when a required value failed: such a row is rejected and takes part in no later rule.
 * The raw cells of 教师编号 and 班级 are kept for the reject list of the rules that compare rows.
 */
public record RosterRow(String file, String sheet, int row, String teacherId, String name, String stage,
                        Integer gradeLevel, Integer classNo, BigDecimal years, String gender,
                        LocalDate birthDate, Integer classSize, String title, String declaredTier,
                        String phone, boolean valueOk, String teacherIdRaw, String classRaw) {
}
