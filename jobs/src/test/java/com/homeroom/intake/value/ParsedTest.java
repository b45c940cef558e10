package com.homeroom.intake.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedTest {

    @Test
    void okCarriesItsValue() {
        Parsed<String> p = Parsed.ok("T001");
        assertThat(p.isOk()).isTrue();
        assertThat(p.isEmpty()).isFalse();
        assertThat(p.isInvalid()).isFalse();
        assertThat(p.value()).isEqualTo("T001");
    }

    @Test
    void emptyAndInvalidHaveNoValue() {
        Parsed<String> empty = Parsed.empty();
        Parsed<String> invalid = Parsed.invalid("BAD_FORMAT", "应为4至20位字母、数字或连字符");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.value()).isNull();
        assertThat(invalid.isInvalid()).isTrue();
        assertThat(invalid.value()).isNull();
        assertThat(invalid).isEqualTo(new Parsed.Invalid<String>("BAD_FORMAT", "应为4至20位字母、数字或连字符"));
    }
}
