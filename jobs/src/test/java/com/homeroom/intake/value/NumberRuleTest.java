package com.homeroom.intake.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberRuleTest {

    @Test
    void factories() {
        assertThat(NumberRule.score(new BigDecimal("15")))
                .isEqualTo(new NumberRule(1, BigDecimal.ZERO, new BigDecimal("15"), false, "超出满分15"));
        assertThat(NumberRule.range(1, BigDecimal.ZERO, new BigDecimal("45")).rangeReason())
                .isEqualTo("应为0至45之间的数字");
        NumberRule count = NumberRule.integerRange(BigDecimal.ZERO, new BigDecimal("200"));
        assertThat(count.integer()).isTrue();
        assertThat(count.scale()).isZero();
        assertThat(count.rangeReason()).isEqualTo("应为0至200之间的整数");
    }

    @Test
    void violationNamesTheBrokenSide() {
        NumberRule score = NumberRule.score(new BigDecimal("10"));
        assertThat(score.violation(new BigDecimal("10.0"))).isNull();
        assertThat(score.violation(new BigDecimal("10.1"))).isEqualTo("超出满分10");
        assertThat(score.violation(new BigDecimal("-0.1"))).isEqualTo("不能为负数");
        NumberRule size = NumberRule.integerRange(BigDecimal.ONE, new BigDecimal("80"));
        assertThat(size.violation(BigDecimal.ZERO)).isEqualTo("应为1至80之间的整数");
    }

    @Test
    void refusesAnEmptyRange() {
        assertThatThrownBy(() -> NumberRule.range(1, BigDecimal.TEN, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
