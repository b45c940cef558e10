package com.homeroom.intake.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeroom.intake.RawCell;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void textIsFoldedToHalfWidthAndStripped() {
        assertThat(CellText.normalized(RawCell.text("  １８ "))).isEqualTo("18");
        assertThat(CellText.normalized(RawCell.text("\u3000王 熠\u3000"))).isEqualTo("王 熠");
        assertThat(CellText.normalized(RawCell.text("（２）班"))).isEqualTo("(2)班");
    }

    @Test
    void whiteSpaceOnlyIsEmpty() {
        assertThat(CellText.normalized(RawCell.text("\u3000 \t"))).isNull();
        assertThat(CellText.isEmpty(RawCell.text("\u3000"))).isTrue();
        assertThat(CellText.isEmpty(RawCell.text(""))).isTrue();
        assertThat(CellText.isEmpty(RawCell.BLANK)).isTrue();
        assertThat(CellText.isEmpty(RawCell.text("\u3000x"))).isFalse();
        assertThat(CellText.isEmpty(RawCell.number(0))).isFalse();
    }

    @Test
    void numbersReadAsTheirShortestPlainDecimal() {
        assertThat(CellText.normalized(RawCell.number(12345.0))).isEqualTo("12345");
        assertThat(CellText.normalized(RawCell.number(1.3800138001E10))).isEqualTo("13800138001");
        assertThat(CellText.normalized(RawCell.number(1.38001380013E10))).isEqualTo("13800138001.3");
        assertThat(CellText.normalized(RawCell.number(13.35))).isEqualTo("13.35");
        assertThat(CellText.normalized(RawCell.number(0.0))).isEqualTo("0");
        assertThat(CellText.normalized(RawCell.number(-2.5))).isEqualTo("-2.5");
    }

    @Test
    void aLongValueIsQuotedCutWithItsLengthAndAShortOneWhole() {
        String name = "王".repeat(30) + "😀".repeat(40);

        assertThat(CellText.quoted(RawCell.text(" " + name + " "))).isEqualTo("王".repeat(30) + "😀".repeat(20) + "…（共70字）");
        assertThat(CellText.quoted(RawCell.text(" 王 熠 "))).isEqualTo("王 熠");
        assertThat(CellText.display(RawCell.text(name))).isEqualTo(name);
    }

    @Test
    void otherKinds() {
        assertThat(CellText.normalized(RawCell.date(LocalDate.of(2001, 9, 1)))).isEqualTo("2001-09-01");
        assertThat(CellText.normalized(RawCell.bool(true))).isEqualTo("TRUE");
        assertThat(CellText.normalized(RawCell.error("#DIV/0!"))).isEqualTo("#DIV/0!");
        assertThat(CellText.normalized(RawCell.BLANK)).isNull();
    }

    @Test
    void displayKeepsWhatTheClerkTypedApartFromOuterSpace() {
        assertThat(CellText.display(RawCell.text(" １８\u3000"))).isEqualTo("１８");
        assertThat(CellText.display(RawCell.text("王 熠"))).isEqualTo("王 熠");
        assertThat(CellText.display(RawCell.number(1.3800138001E10))).isEqualTo("13800138001");
        assertThat(CellText.display(RawCell.number(18.0))).isEqualTo("18");
        assertThat(CellText.display(RawCell.date(LocalDate.of(2026, 3, 5)))).isEqualTo("2026-03-05");
        assertThat(CellText.display(RawCell.BLANK)).isEmpty();
        assertThat(CellText.display(RawCell.error("#N/A"))).isEqualTo("#N/A");
    }

    @Test
    void invisibleSpacesFromPastedTextAreStripped() {
        assertThat(CellText.normalized(RawCell.text("\u00A0T001\u200B"))).isEqualTo("T001");
        assertThat(CellText.normalized(RawCell.text("\uFEFF"))).isNull();
    }
}
