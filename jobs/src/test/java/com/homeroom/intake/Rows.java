package com.homeroom.intake;

import java.util.Arrays;

/** Valid data rows in the column order of {@link SchoolWorkbook}'s headers, and a way to spoil one cell. */
final class Rows {

    private Rows() {
    }

    /** A 小学 roster row with 5 years and every optional column blank. */
    static Object[] roster(Object id, String name, String grade, Object classNo) {
        return roster(id, name, "小学", grade, classNo, 5);
    }

    static Object[] roster(Object id, String name, String stage, String grade, Object classNo, Object years) {
        return new Object[]{id, name, stage, grade, classNo, years, null, null, null, null, null, null};
    }

    static Object[] score(String id, String name) {
        return new Object[]{id, name, 14, 13.5, 9, 14, 9, 9, 9, 14, "合格"};
    }

    static Object[] activity(String id) {
        return new Object[]{id, 32, 8, 10, 12, 2, 5, 10, 3, 0.9, "校级"};
    }

    static Object[] incident(String id, Object date) {
        return new Object[]{id, date, "课间追逐擦伤膝盖", "无责任", "一般"};
    }

    /** A copy of the row with the cell under the header's column replaced. */
    static Object[] with(Object[] header, Object[] row, String column, Object value) {
        int index = Arrays.asList(header).indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        Object[] copy = Arrays.copyOf(row, Math.max(row.length, index + 1));
        copy[index] = value;
        return copy;
    }

    static Object[] rosterWith(Object[] row, String column, Object value) {
        return with(SchoolWorkbook.ROSTER_HEADER, row, column, value);
    }

    static Object[] scoreWith(Object[] row, String column, Object value) {
        return with(SchoolWorkbook.SCORE_HEADER, row, column, value);
    }

    static Object[] activityWith(Object[] row, String column, Object value) {
        return with(SchoolWorkbook.ACTIVITY_HEADER, row, column, value);
    }

    static Object[] incidentWith(Object[] row, String column, Object value) {
        return with(SchoolWorkbook.INCIDENT_HEADER, row, column, value);
    }
}
