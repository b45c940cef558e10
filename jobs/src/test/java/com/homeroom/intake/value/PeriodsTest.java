package com.homeroom.intake.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-2026", "2025-2026学年", "2025—2026", "2025–2026", "2025－2026", "2025-2026 学年",
            "２０２５-２０２６", " 2025 - 2026 学年\u3000", "2025~2026学年度"})
    void normalize(String text) {
        assertThat(Periods.normalize(text)).contains("2025-2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-2027", "2025-2025", "2026-2025", "2025", "2025-26", "2025学年", "25-26", ""})
    void notASchoolYear(String text) {
        assertThat(Periods.normalize(text)).isEmpty();
    }

    @Test
    void normalizeNull() {
        assertThat(Periods.normalize(null)).isEmpty();
    }

    @Test
    void cliCode() {
        assertThat(Periods.isValidCode("2025-2026")).isTrue();
        assertThat(Periods.isValidCode("2025-2027")).isFalse();
        assertThat(Periods.isValidCode("2025—2026")).isFalse();
        assertThat(Periods.isValidCode(" 2025-2026")).isFalse();
        assertThat(Periods.isValidCode("2025-2026学年")).isFalse();
        assertThat(Periods.isValidCode(null)).isFalse();
    }

    @Test
    void startAndEnd() {
        assertThat(Periods.start("2025-2026")).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(Periods.end("2025-2026")).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThatThrownBy(() -> Periods.start("2025-2027")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePeriodTurnsOnTheFirstOfSeptember() {
        assertThat(Periods.containing(java.time.LocalDate.of(2025, 8, 31))).isEqualTo("2024-2025");
        assertThat(Periods.containing(java.time.LocalDate.of(2025, 9, 1))).isEqualTo("2025-2026");
        assertThat(Periods.containing(java.time.LocalDate.of(2026, 1, 1))).isEqualTo("2025-2026");
    }
}
