package com.homeroom.intake.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeroom.intake.RawCell;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    private static final LocalDate SEP_1 = LocalDate.of(2001, 9, 1);
    private static final Parsed<LocalDate> BAD = Parsed.invalid("BAD_DATE", "不是有效的日期");

    @Test
    void excelDate() {
        assertThat(Dates.parse(RawCell.date(SEP_1))).isEqualTo(Parsed.ok(SEP_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001-09-01", "2001-9-1", "2001/9/1", "2001/09/01", "2001.9.1", "2001年9月1日",
            "２００１年９月１日", " 2001-09-01\u3000", "2001年 9月 1日"})
    void textForms(String text) {
        assertThat(Dates.parse(RawCell.text(text))).isEqualTo(Parsed.ok(SEP_1));
    }

    @Test
    void leapDay() {
        assertThat(Dates.parse(RawCell.text("2024年2月29日"))).isEqualTo(Parsed.ok(LocalDate.of(2024, 2, 29)));
        assertThat(Dates.parse(RawCell.text("2025-02-29"))).isEqualTo(BAD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-00-10", "2026-4-31", "01-09-01", "2001-9/1",
            "2001年9月", "20010901", "九月一日", "2001-9-1-1", "2001-123-1"})
    void unreadableText(String text) {
        assertThat(Dates.parse(RawCell.text(text))).isEqualTo(BAD);
    }

    @Test
    void plainNumberIsNotGuessedAsASerialDay() {
        assertThat(Dates.parse(RawCell.number(37135))).isEqualTo(BAD);
        assertThat(Dates.parse(RawCell.bool(false))).isEqualTo(BAD);
        assertThat(Dates.parse(RawCell.error("#VALUE!"))).isEqualTo(BAD);
    }

    @Test
    void emptyCell() {
        assertThat(Dates.parse(RawCell.BLANK).isEmpty()).isTrue();
        assertThat(Dates.parse(RawCell.text("\u3000")).isEmpty()).isTrue();
    }
}
