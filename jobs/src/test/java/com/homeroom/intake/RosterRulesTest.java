package com.homeroom.intake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static com.homeroom.intake.Rows.roster;
import static com.homeroom.intake.Rows.rosterWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input contract 2.3 and section 5 "Duplicates and clashes" within one roster: required values,
 * value rules against the school type, optional values as warnings, DUPLICATE_TEACHER, CLASS_TAKEN.
 * Score and activity sheets are left with headers only: their MISSING_* warnings are not asserted here.
 */
class RosterRulesTest {

    @TempDir
    static Path dir;
    static District district;

    @BeforeAll
    static void runIntake() throws Exception {
        district = new District(dir);
        requiredValuesMissing();
        invalidValues();
        stagesOfANineYearSchool();
        stagesOfACompleteSecondarySchool();
        optionalValues();
        exactCopy();
        laterOccurrenceWithValueError();
        firstOccurrenceInvalid();
        classTaken();
        district.run();
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    private static void write(SchoolWorkbook w, String file, Object[]... rosterRows) throws Exception {
        w.roster.clear();
        w.roster.addAll(Arrays.asList(rosterRows));
        w.writeTo(district.file(file));
    }

    private static List<String> loaded(String file, String... columns) throws Exception {
        return district.column("SELECT concat_ws('|', " + String.join(", ", columns) + ") FROM roster_row "
                + "WHERE file = ? AND accepted ORDER BY row_no", file);
    }

    // --- required values ------------------------------------------------------------------------

    static void requiredValuesMissing() throws Exception {
        write(district.emptySchool("R01", "小学"), "R01-必填项未填.xlsx",
                roster(null, "缺编号", "三年级", 1),
                roster("R01-03", null, "三年级", 2),
                roster("R01-04", "甲", null, "三年级", 3, 5),
                roster("R01-05", "乙", "小学", null, 4, 5),
                roster("R01-06", "丙", "三年级", null),
                roster("R01-07", "丁", "小学", "三年级", 6, null),
                roster("R01-08", "戊", "小学", "三年级", 7, " \u3000 "));
    }

    @Test
    void eachBlankRequiredValueRejectsItsRow() {
        String file = "R01-必填项未填.xlsx";
        assertThat(district.problems(file)).containsExactly(
                "班主任名册|2|教师编号|MISSING_VALUE|error",
                "班主任名册|3|姓名|MISSING_VALUE|error",
                "班主任名册|4|学段|MISSING_VALUE|error",
                "班主任名册|5|年级|MISSING_VALUE|error",
                "班主任名册|6|班级|MISSING_VALUE|error",
                "班主任名册|7|担任班主任年限|MISSING_VALUE|error",
                "班主任名册|8|担任班主任年限|MISSING_VALUE|error");
        assertThat(district.rejects(file, "MISSING_VALUE")).extracting(r -> r.get("message"))
                .anySatisfy(m -> assertThat(m).startsWith("第3行「姓名」"))
                .anySatisfy(m -> assertThat(m).startsWith("第8行「担任班主任年限」"));
        assertThat(district.intake(file)).containsEntry("roster_read", "7").containsEntry("roster_loaded", "0")
                .containsEntry("roster_rejected", "7");
    }

    // --- value rules ----------------------------------------------------------------------------

    static void invalidValues() throws Exception {
        write(district.emptySchool("R02", "小学"), "R02-名册取值错误.xlsx",
                roster("R02", "甲", "三年级", 1),                              // 2: id of 3 characters
                roster("R02A", "乙", "三年级", 8),                             // 3: id of 4 characters
                roster("R02-ABCDEFGHIJKLMNOP", "丙", "三年级", 3),             // 4: id of 20 characters
                roster("R02-ABCDEFGHIJKLMNOPQ", "丁", "三年级", 4),            // 5: id of 21 characters
                roster("R02-06", "戊", "大学", "三年级", 5, 5),                // 6: no such 学段
                roster("R02-07", "己", "小学", "七年级", 6, 5),                // 7: 年级 of 初中
                roster("R02-08", "庚", "初中", "七年级", 7, 5),                // 8: 小学 school has no 初中
                roster("R02-09", "辛", "三年级", 30),                          // 9: class 30
                roster("R02-10", "壬", "四年级", 31),                          // 10: class 31
                roster("R02-11", "癸", "小学", "四年级", 1, 45),               // 11: 45 years
                roster("R02-12", "子", "小学", "四年级", 2, 45.1),             // 12: 45.1 years
                roster("r02-13", "丑", "小学", "3", "（２）班", "３年"),       // 13: full width, lower case id
                roster(1002, "寅", "小学", "5年级", "二班", "3.5年"),          // 14: id typed as a number
                roster("R02-15", "卯", "三年级", "0班"),                       // 15: class 0
                roster("R02-16", "辰", "小学", "六年级", 1, 0),                // 16: 0 years
                roster("R02-17", "巳", "小学", "六年级", 2, -0.1));            // 17: below 0 years
    }

    @Test
    void invalidRequiredValuesRejectTheRowWithTheRuleCode() {
        assertThat(district.problems("R02-名册取值错误.xlsx")).containsExactly(
                "班主任名册|2|教师编号|BAD_FORMAT|error",
                "班主任名册|5|教师编号|BAD_FORMAT|error",
                "班主任名册|6|学段|BAD_CHOICE|error",
                "班主任名册|7|年级|GRADE_STAGE_MISMATCH|error",
                "班主任名册|8|学段|STAGE_NOT_ALLOWED|error",
                "班主任名册|10|班级|OUT_OF_RANGE|error",
                "班主任名册|12|担任班主任年限|OUT_OF_RANGE|error",
                "班主任名册|15|班级|OUT_OF_RANGE|error",
                "班主任名册|17|担任班主任年限|OUT_OF_RANGE|error");
        assertThat(district.rejects("R02-名册取值错误.xlsx", "STAGE_NOT_ALLOWED")).singleElement()
                .satisfies(r -> assertThat(r.get("message")).contains("初中").contains("小学"));
    }

    @Test
    void boundaryAndFullWidthValuesAreLoadedNormalised() throws Exception {
        assertThat(loaded("R02-名册取值错误.xlsx", "row_no", "teacher_id", "grade_level", "class_no", "years"))
                .containsExactly(
                        "3|R02A|3|8|5.0",
                        "4|R02-ABCDEFGHIJKLMNOP|3|3|5.0",
                        "9|R02-09|3|30|5.0",
                        "11|R02-11|4|1|45.0",
                        "13|R02-13|3|2|3.0",
                        "14|1002|5|2|3.5",
                        "16|R02-16|6|1|0.0");
    }

    static void stagesOfANineYearSchool() throws Exception {
        write(district.emptySchool("R03", "九年一贯制"), "R03-九年一贯制学段.xlsx",
                roster("R03-1", "甲", "小学", "六年级", 1, 5),
                roster("R03-2", "乙", "初中", "初一", 1, 5),
                roster("R03-3", "丙", "初中", "七年级", 2, 5),
                roster("R03-4", "丁", "高中", "高一", 1, 5));
    }

    @Test
    void aNineYearSchoolMayHavePrimaryAndJuniorButNotSenior() throws Exception {
        assertThat(district.problems("R03-九年一贯制学段.xlsx"))
                .containsExactly("班主任名册|5|学段|STAGE_NOT_ALLOWED|error");
        assertThat(loaded("R03-九年一贯制学段.xlsx", "stage", "grade_level", "class_no"))
                .containsExactly("小学|6|1", "初中|7|1", "初中|7|2");
    }

    static void stagesOfACompleteSecondarySchool() throws Exception {
        write(district.emptySchool("R04", "完全中学"), "R04-完全中学学段.xlsx",
                roster("R04-1", "甲", "小学", "六年级", 1, 5),
                roster("R04-2", "乙", "初中", "九年级", 1, 5),
                roster("R04-3", "丙", "高中", "高二", 1, 5),
                roster("R04-4", "丁", "初中", "3", 1, 5),
                roster("R04-5", "戊", "高中", "初三", 2, 5));
    }

    @Test
    void aCompleteSecondarySchoolMayHaveJuniorAndSeniorAndTheGradeMustFitTheStage() {
        assertThat(district.problems("R04-完全中学学段.xlsx")).containsExactly(
                "班主任名册|2|学段|STAGE_NOT_ALLOWED|error",
                "班主任名册|5|年级|GRADE_STAGE_MISMATCH|error",
                "班主任名册|6|年级|GRADE_STAGE_MISMATCH|error");
        assertThat(district.intake("R04-完全中学学段.xlsx")).containsEntry("roster_loaded", "2")
                .containsEntry("roster_rejected", "3");
    }

    // --- optional values --------------------------------------------------------------------------

    static void optionalValues() throws Exception {
        SchoolWorkbook w = district.emptySchool("R05", "小学");
        write(w, "R05-选填项.xlsx",
                new Object[]{"R05-1", "甲", "小学", "三年级", 1, 5, "未知", "2026-02-30", 81, "一级教师", "优秀", "12345"},
                new Object[]{"R05-2", "乙", "小学", "三年级", 2, 5, "女", "2001年9月1日", 80, null, "骨干班主任", "0536-1234567"},
                new Object[]{"R05-3", "丙", "小学", "三年级", 3, 5, " 男 ", "2001.9.1", 1, null, null, 13912345678L},
                new Object[]{"R05-4", "丁", "小学", "三年级", 4, 5, null, null, 0, null, null, null});
    }

    @Test
    void invalidOptionalValuesAreWarningsAndTheRowIsLoadedWithoutThem() throws Exception {
        assertThat(district.problems("R05-选填项.xlsx")).containsExactly(
                "班主任名册|2|性别|INVALID_OPTIONAL|warning",
                "班主任名册|2|出生日期|INVALID_OPTIONAL|warning",
                "班主任名册|2|班级学生数|INVALID_OPTIONAL|warning",
                "班主任名册|2|现任梯队|INVALID_OPTIONAL|warning",
                "班主任名册|2|联系电话|INVALID_OPTIONAL|warning",
                "班主任名册|5|班级学生数|INVALID_OPTIONAL|warning");
        assertThat(loaded("R05-选填项.xlsx", "teacher_id", "coalesce(gender, '-')", "coalesce(CAST(birth_date AS VARCHAR), '-')",
                "coalesce(CAST(class_size AS VARCHAR), '-')", "declared_tier", "coalesce(phone, '-')"))
                .containsExactly(
                        "R05-1|-|-|-|普通|-",
                        "R05-2|女|2001-09-01|80|骨干|0536-1234567",
                        "R05-3|男|2001-09-01|1|普通|13912345678",
                        "R05-4|-|-|-|普通|-");
    }

    // --- DUPLICATE_TEACHER and CLASS_TAKEN ------------------------------------------------------

    static void exactCopy() throws Exception {
        Object[] first = roster("R06-1", "王小明", "三年级", "2班");
        write(district.emptySchool("R06", "小学"), "R06-整行复制.xlsx",
                first, roster("R06-2", "李红", "三年级", "3班"), first.clone());
    }

    @Test
    void anExactCopyOfARowIsOnlyADuplicateNotAClassTaken() {
        assertThat(district.problems("R06-整行复制.xlsx"))
                .containsExactly("班主任名册|4|教师编号|DUPLICATE_TEACHER|error");
        assertThat(district.rejects("R06-整行复制.xlsx", "DUPLICATE_TEACHER")).singleElement()
                .satisfies(r -> assertThat(r.get("message")).contains("第4行", "R06-1", "第2行"));
        assertThat(district.intake("R06-整行复制.xlsx")).containsEntry("roster_read", "3")
                .containsEntry("roster_loaded", "2").containsEntry("roster_rejected", "1");
    }

    static void laterOccurrenceWithValueError() throws Exception {
        Object[] first = roster("R07-1", "王小明", "三年级", "2班");
        write(district.emptySchool("R07", "小学"), "R07-重复行另有取值错误.xlsx",
                first, rosterWith(first, "担任班主任年限", "很多年"));
    }

    @Test
    void aLaterOccurrenceWithItsOwnValueErrorReportsTheValueError() throws Exception {
        assertThat(district.problems("R07-重复行另有取值错误.xlsx"))
                .containsExactly("班主任名册|3|担任班主任年限|BAD_NUMBER|error");
        assertThat(loaded("R07-重复行另有取值错误.xlsx", "row_no")).containsExactly("2");
    }

    static void firstOccurrenceInvalid() throws Exception {
        Object[] valid = roster("R08-1", "王小明", "三年级", "2班");
        write(district.emptySchool("R08", "小学"), "R08-首次出现无效.xlsx",
                rosterWith(valid, "班级", "31班"), valid, roster("R08-2", "李红", "三年级", "3班"));
    }

    @Test
    void aValidRowAfterAnInvalidOccurrenceOfItsIdIsStillADuplicate() throws Exception {
        assertThat(district.problems("R08-首次出现无效.xlsx")).containsExactly(
                "班主任名册|2|班级|OUT_OF_RANGE|error",
                "班主任名册|3|教师编号|DUPLICATE_TEACHER|error");
        assertThat(loaded("R08-首次出现无效.xlsx", "teacher_id")).containsExactly("R08-2");
    }

    static void classTaken() throws Exception {
        write(district.emptySchool("R09", "小学"), "R09-同班两名班主任.xlsx",
                roster("R09-1", "王小明", "小学", "三年级", "2班", 5),
                roster("R09-2", "李红", "小学", "3年级", "（２）班", 3),
                roster("R09-3", "张山", "小学", "四年级", "1班", 5),
                roster("R09-4", "赵四", "小学", "四年级", 1, 50),
                roster("R09-5", "孙五", "小学", "三年级", "3班", 5));
    }

    @Test
    void twoTeachersOnOneClassAreBothRejectedButARowRejectedForAValueHoldsNoClass() throws Exception {
        assertThat(district.problems("R09-同班两名班主任.xlsx")).containsExactly(
                "班主任名册|2|班级|CLASS_TAKEN|error",
                "班主任名册|3|班级|CLASS_TAKEN|error",
                "班主任名册|5|担任班主任年限|OUT_OF_RANGE|error");
        assertThat(district.rejects("R09-同班两名班主任.xlsx", "CLASS_TAKEN")).extracting(r -> r.get("message"))
                .allSatisfy(m -> assertThat(m).contains("三年级", "2班", "第2行", "第3行"));
        assertThat(loaded("R09-同班两名班主任.xlsx", "teacher_id")).containsExactly("R09-3", "R09-5");
    }
}
