package com.homeroom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void hidesValuesOfPersonalColumns() {
        assertThat(PersonalData.value("联系电话", "13953600218")).isEqualTo(PersonalData.HIDDEN);
        assertThat(PersonalData.value("出生日期", "1988-13-05")).isEqualTo(PersonalData.HIDDEN);
        assertThat(PersonalData.value(" 手机 ", "139")).isEqualTo(PersonalData.HIDDEN);
    }

    @Test
    void masksMobileNumbersAnywhereButKeepsOtherValues() {
        assertThat(PersonalData.value("备注", "请联系139 5360 0218")).doesNotContain("5360").contains("＊＊＊");
        assertThat(PersonalData.value("教师编号", "T2025000123")).isEqualTo("T2025000123");
        assertThat(PersonalData.value("发生日期", "2024-08-01")).isEqualTo("2024-08-01");
        assertThat(PersonalData.message("发生日期", "第5行「发生日期」2024-08-01 不在考核周期内"))
                .contains("2024-08-01");
    }

    @Test
    void masksDigitsInMessagesAboutPersonalColumns() {
        assertThat(PersonalData.message("出生日期", "第10行「出生日期」1988年13月5日 不是有效日期"))
                .isEqualTo("第10行「出生日期」＊＊＊ 不是有效日期");
        assertThat(PersonalData.message("联系电话", "第9行「联系电话」1395360021 少一位")).isEqualTo("第9行「联系电话」＊＊＊ 少一位");
    }
}
