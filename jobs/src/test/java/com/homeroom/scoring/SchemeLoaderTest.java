package com.homeroom.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scheme validation: every error names the key that is wrong. */
class SchemeLoaderTest {

    @Test
    void theDefaultSchemeLoads() {
        Scheme scheme = SchemeLoader.loadDefault();
        assertThat(scheme.dimensions()).extracting(Dimension::code).containsExactly("ethics", "moral", "habits",
                "management", "practice", "home_school", "innovation", "growth");
        assertThat(scheme.meritTiebreak()).containsExactly("ethics", "moral");
        assertThat(scheme.rule("commendation.quota_fraction")).isEqualByComparingTo("0.10");
        assertThat(scheme.hash()).hasSize(64);
    }

    @Test
    void weightsThatDoNotAddUpToTheTotal() {
        assertThatThrownBy(() -> TestSchemes.defaultWith("column: 专业成长, max: 15", "column: 专业成长, max: 14"))
                .isInstanceOf(SchemeException.class).hasMessageContaining("test.yaml")
                .hasMessageContaining("dimensions[*].max add up to 99").hasMessageContaining("total_max is 100");
    }

    @Test
    void unknownTieBreakCode() {
        assertThatThrownBy(() -> TestSchemes.defaultWith("merit_tiebreak: [ethics, moral]", "merit_tiebreak: [ethics, morals]"))
                .isInstanceOf(SchemeException.class).hasMessageContaining("merit_tiebreak[1] 'morals'")
                .hasMessageContaining("not a dimension code");
    }

    @Test
    void repeatedOrMissingTieBreak() {
        assertThatThrownBy(() -> TestSchemes.defaultWith("merit_tiebreak: [ethics, moral]", "merit_tiebreak: [ethics, ethics]"))
                .hasMessageContaining("merit_tiebreak[1] repeats 'ethics'");
        assertThatThrownBy(() -> TestSchemes.defaultWith("merit_tiebreak: [ethics, moral]", ""))
                .hasMessageContaining("merit_tiebreak must be a list");
        assertThat(TestSchemes.defaultWith("merit_tiebreak: [ethics, moral]", "merit_tiebreak: []").meritTiebreak())
                .isEmpty();
    }

    @Test
    void negativeFraction() {
        assertThatThrownBy(() -> TestSchemes.defaultWith("quota_fraction: 0.10", "quota_fraction: -0.1"))
                .isInstanceOf(SchemeException.class)
                .hasMessageContaining("commendation.quota_fraction must not be negative");
    }

    @Test
    void fractionAboveOne() {
        assertThatThrownBy(() -> TestSchemes.defaultWith("city_fraction: 0.2", "city_fraction: 1.5"))
                .hasMessageContaining("commendation.city_fraction must be between 0 and 1");
    }

    @Test
    void countsMustBeWholeNumbers() {
        assertThatThrownBy(() -> TestSchemes.defaultWith("chief_min_seats: 1", "chief_min_seats: 1.5"))
                .hasMessageContaining("tiers.chief_min_seats must be a whole number");
    }

    @Test
    void gradeThresholdsMustDescend() {
        assertThatThrownBy(() -> TestSchemes.defaultWith("qualified_min: 75", "qualified_min: 95"))
                .hasMessageContaining("grades must satisfy excellent_min ≥ qualified_min ≥ basic_min");
    }

    @Test
    void missingOrNonNumericRules() {
        assertThatThrownBy(() -> TestSchemes.defaultWith("  min_years: 1 ", "  years: 1 "))
                .hasMessageContaining("commendation.min_years must be a number, got null");
        assertThatThrownBy(() -> TestSchemes.defaultWith("meetings_min: 30", "meetings_min: 三十"))
                .hasMessageContaining("conditions.meetings_min must be a number");
    }

    @Test
    void schemeParametersSplitFractionsIntoIntegers() {
        var p = SchemeParameters.of(TestSchemes.defaultWith("chief_seat_fraction: 0.03", "chief_seat_fraction: 1"),
                "2025-2026");
        // YAML reads 0.10 as the number 0.1
        assertThat(p).containsEntry("quota_num", 1L).containsEntry("quota_den", 10L)     // 0.1
                .containsEntry("city_num", 2L).containsEntry("city_den", 10L)            // 0.2
                .containsEntry("chief_num", 1L).containsEntry("chief_den", 1L)           // 1
                .containsEntry("sd_num", 10L).containsEntry("sd_den", 10L)               // 1.0
                .containsEntry("excellent_share_num", 6L).containsEntry("excellent_share_den", 10L)
                .containsEntry("excellent_min", new BigDecimal("90")).containsEntry("excellent_min_text", "90")
                .containsEntry("chief_min_seats", 1L).containsEntry("min_graded", 5L)
                .containsEntry("dimensions", "ethics,moral,habits,management,practice,home_school,innovation,growth")
                .containsEntry("tiebreak", "ethics,moral");
    }
}
