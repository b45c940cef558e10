package com.homeroom.intake;

import java.math.BigDecimal;
import java.util.Map;

/** A 考核评分 data row: the dimension values by scheme code (in scheme order) and 师德考核结论. */
public record ScoreRow(String file, String sheet, int row, String teacherId, String name,
                       Map<String, BigDecimal> values, String ethicsVerdict, boolean valueOk, String teacherIdRaw) {
}
