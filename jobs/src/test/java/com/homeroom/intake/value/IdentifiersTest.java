package com.homeroom.intake.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeroom.intake.RawCell;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void teacherIdIsTrimmedHalfWidthAndUpperCased() {
        assertThat(Identifiers.teacherId(RawCell.text(" ｔ００１\u3000")).value()).isEqualTo("T001");
        assertThat(Identifiers.teacherId(RawCell.text("fh-2025-07")).value()).isEqualTo("FH-2025-07");
    }

    @Test
    void teacherIdStoredAsNumberReadsAsItsDigits() {
        assertThat(Identifiers.teacherId(RawCell.number(10023.0)).value()).isEqualTo("10023");
    }

    @Test
    void teacherIdLengthBoundaries() {
        assertThat(Identifiers.teacherId(RawCell.text("A123")).value()).isEqualTo("A123");
        assertThat(Identifiers.teacherId(RawCell.text("A12"))).isEqualTo(badFormat("应为4至20位字母、数字或连字符"));
        assertThat(Identifiers.teacherId(RawCell.text("A".repeat(20))).isOk()).isTrue();
        assertThat(Identifiers.teacherId(RawCell.text("A".repeat(21))).isInvalid()).isTrue();
    }

    @Test
    void teacherIdRejectsOtherCharactersAndOddCells() {
        assertThat(Identifiers.teacherId(RawCell.text("T 001")).isInvalid()).isTrue();
        assertThat(Identifiers.teacherId(RawCell.text("T_001")).isInvalid()).isTrue();
        assertThat(Identifiers.teacherId(RawCell.number(1002.5)).isInvalid()).isTrue();
        assertThat(Identifiers.teacherId(RawCell.bool(true)).isInvalid()).isTrue();
        assertThat(Identifiers.teacherId(RawCell.date(LocalDate.of(2001, 9, 1))).isInvalid()).isTrue();
        assertThat(Identifiers.teacherId(RawCell.text("\u3000")).isEmpty()).isTrue();
    }

    @Test
    void schoolCodeLengthBoundariesAndBothEntryPoints() {
        assertThat(Identifiers.schoolCode("ｆｈ")).isEqualTo(Parsed.ok("FH"));
        assertThat(Identifiers.schoolCode("F").isInvalid()).isTrue();
        assertThat(Identifiers.schoolCode("X".repeat(20)).isOk()).isTrue();
        assertThat(Identifiers.schoolCode("X".repeat(21)).isInvalid()).isTrue();
        assertThat(Identifiers.schoolCode(" ").isEmpty()).isTrue();
        assertThat(Identifiers.schoolCode((String) null).isEmpty()).isTrue();
        assertThat(Identifiers.schoolCode(RawCell.number(110101.0)).value()).isEqualTo("110101");
        assertThat(Identifiers.schoolCode(RawCell.text(" sz-01 ")).value()).isEqualTo("SZ-01");
    }

    @Test
    void personNameLosesAllWhiteSpace() {
        assertThat(Identifiers.personName(RawCell.text("王 熠")).value()).isEqualTo("王熠");
        assertThat(Identifiers.personName(RawCell.text("\u3000王\u3000熠 ")).value()).isEqualTo("王熠");
        assertThat(Identifiers.personName(RawCell.text(" \u3000")).isEmpty()).isTrue();
    }

    @Test
    void personNameLengthBoundaries() {
        assertThat(Identifiers.personName(RawCell.text("王")).value()).isEqualTo("王");
        assertThat(Identifiers.personName(RawCell.text("王".repeat(20))).isOk()).isTrue();
        assertThat(Identifiers.personName(RawCell.text("王".repeat(21)))).isEqualTo(badFormat("超过20个字"));
        // Characters outside the BMP count once each.
        assertThat(Identifiers.personName(RawCell.text("𠀀".repeat(20))).isOk()).isTrue();
    }

    @Test
    void mobilePhone() {
        assertThat(Identifiers.phone(RawCell.number(1.3800138001E10)).value()).isEqualTo("13800138001");
        // 1.38001380013E10 is 13800138001.3: not a phone number.
        assertThat(Identifiers.phone(RawCell.number(1.38001380013E10)).isInvalid()).isTrue();
        assertThat(Identifiers.phone(RawCell.text("１３９１２３４５６７８")).value()).isEqualTo("13912345678");
        assertThat(Identifiers.phone(RawCell.text("12800138001")).isInvalid()).isTrue();
        assertThat(Identifiers.phone(RawCell.text("1380013800")).isInvalid()).isTrue();
        assertThat(Identifiers.phone(RawCell.text("138001380012")).isInvalid()).isTrue();
    }

    @Test
    void landlinePhone() {
        assertThat(Identifiers.phone(RawCell.text("010-12345678")).value()).isEqualTo("010-12345678");
        assertThat(Identifiers.phone(RawCell.text("07551234567")).value()).isEqualTo("07551234567");
        assertThat(Identifiers.phone(RawCell.text("0571-1234567")).value()).isEqualTo("0571-1234567");
        assertThat(Identifiers.phone(RawCell.text("010-123456")).isInvalid()).isTrue();
        assertThat(Identifiers.phone(RawCell.text("01-12345678")).isInvalid()).isTrue();
        assertThat(Identifiers.phone(RawCell.text("010-123456789"))).isEqualTo(badFormat("不是有效的手机号或固定电话"));
    }

    @Test
    void blankPhoneIsEmpty() {
        assertThat(Identifiers.phone(RawCell.BLANK).isEmpty()).isTrue();
    }

    private static Parsed<String> badFormat(String reason) {
        return Parsed.invalid("BAD_FORMAT", reason);
    }
}
