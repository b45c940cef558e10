package com.homeroom.sample;

import java.util.EnumSet;
import java.util.Set;

/**
 * How one school fills in its workbook: the quirks of its sheets and how it writes grades, classes,
 * percentages, dates and IDs. Schools keep their habits from one period to the next.
 */
record Layout(Set<Quirk> quirks, GradeForm grades, ClassForm classes, RateForm rates, DateForm dates, IdForm ids) {

    enum Quirk {
        TITLE_ROW, TWO_TITLE_ROWS, DECORATED_HEADERS, SHUFFLED, ALIAS_SHEETS, SPACED_SHEET_NAMES, SERIAL, REMARKS,
        TOTAL_FORMULA, TEMPLATE_ROWS, NOTE_BLOCK, HAND_TYPED, SPACED_NAMES, BLANK_ROWS, MERGE_GRADE, MERGE_CLASS,
        NUMERIC_PHONES, XLS, NO_INCIDENT_SHEET
    }

    /** 三年级 / 初一 / 3 / 3年级 (高中 grades are always written 高一 … 高三 except in DIGIT). */
    enum GradeForm { WORDS, JUNIOR_CHU, DIGIT, DIGIT_NIAN }

    /** 2 / 2班 / (2)班 / （２）班 / 二班. */
    enum ClassForm { NUMBER, BAN, PAREN, FULLWIDTH_PAREN, CHINESE }

    /** 成长档案建档率 as 0.85 / 85 / "85%" / 0.85 in a percent-formatted cell. */
    enum RateForm { FRACTION, PERCENT_NUMBER, PERCENT_TEXT, PERCENT_FORMAT }

    /** 出生日期 as an Excel date or as text 1985-03-12 / 1985.3.12 / 1985/3/12 / 1985年3月12日. */
    enum DateForm { EXCEL, TEXT_ISO, TEXT_DOT, TEXT_SLASH, TEXT_CN }

    /** 教师编号 as issued, in lower case, or in full-width characters. */
    enum IdForm { UPPER, LOWER, FULLWIDTH }

    boolean has(Quirk q) {
        return quirks.contains(q);
    }

    /** A layout from words such as {@code "TITLE_ROW SERIAL BAN PERCENT_FORMAT"}; forms not named take defaults. */
    static Layout parse(String spec) {
        Set<Quirk> quirks = EnumSet.noneOf(Quirk.class);
        GradeForm grades = GradeForm.WORDS;
        ClassForm classes = ClassForm.NUMBER;
        RateForm rates = RateForm.PERCENT_NUMBER;
        DateForm dates = DateForm.EXCEL;
        IdForm ids = IdForm.UPPER;
        for (String word : spec.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (is(Quirk.class, word)) {
                quirks.add(Quirk.valueOf(word));
            } else if (is(GradeForm.class, word)) {
                grades = GradeForm.valueOf(word);
            } else if (is(ClassForm.class, word)) {
                classes = ClassForm.valueOf(word);
            } else if (is(RateForm.class, word)) {
                rates = RateForm.valueOf(word);
            } else if (is(DateForm.class, word)) {
                dates = DateForm.valueOf(word);
            } else if (is(IdForm.class, word)) {
                ids = IdForm.valueOf(word);
            } else {
                throw new IllegalArgumentException("unknown layout word " + word);
            }
        }
        return new Layout(Set.copyOf(quirks), grades, classes, rates, dates, ids);
    }

    private static <E extends Enum<E>> boolean is(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(word)) {
                return true;
            }
        }
        return false;
    }
}
