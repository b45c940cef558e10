package com.homeroom.intake.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "师德师风（15分）|师德师风",
            "师德师风(满分15)|师德师风",
            "* 教师编号|教师编号",
            "＊教师编号|教师编号",
            "德育工作【15分】|德育工作",
            "德育工作[15分]|德育工作",
            "德育工作(15分|德育工作",
            "班 级|班级",
            "成长档案建档率（%）|成长档案建档率",
            "教师编号|教师编号"})
    void key(String header, String key) {
        assertThat(Headers.key(header)).isEqualTo(key);
    }

    @Test
    void keyRemovesLineBreaksAndIdeographicSpace() {
        assertThat(Headers.key("德育工作\n【15分】")).isEqualTo("德育工作");
        assertThat(Headers.key("区级培训\r\n学时\u3000")).isEqualTo("区级培训学时");
        assertThat(Headers.key(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"学校代码：|学校代码", "学校代码:|学校代码", "考核周期 ： |考核周期",
            "学校代码（必填）：|学校代码", "填报日期|填报日期"})
    void labelKey(String label, String key) {
        assertThat(Headers.labelKey(label)).isEqualTo(key);
    }
}
