package com.homeroom.intake.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.homeroom.intake.RawCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static final NumberRule SCORE_15 = NumberRule.score(new BigDecimal("15"));
    private static final NumberRule YEARS = NumberRule.range(1, BigDecimal.ZERO, new BigDecimal("45"));
    private static final NumberRule COUNT = NumberRule.integerRange(BigDecimal.ZERO, new BigDecimal("200"));
    private static final NumberRule CLASS_SIZE = NumberRule.integerRange(BigDecimal.ONE, new BigDecimal("80"));

    @Test
    void scoreRoundsHalfUpToOneDecimalBeforeTheMaxCheck() {
        assertThat(Numbers.parse(RawCell.number(15.04), SCORE_15)).isEqualTo(ok("15.0"));
        assertThat(Numbers.parse(RawCell.number(15.05), SCORE_15)).isEqualTo(outOfRange("超出满分15"));
        assertThat(Numbers.parse(RawCell.text("15.04"), SCORE_15)).isEqualTo(ok("15.0"));
        assertThat(Numbers.parse(RawCell.text("15.05"), SCORE_15)).isEqualTo(outOfRange("超出满分15"));
        assertThat(Numbers.parse(RawCell.number(18), SCORE_15)).isEqualTo(outOfRange("超出满分15"));
    }

    @Test
    void numericCellIsTakenAsTheShortestDecimal() {
        // 13.35 as a double is 13.3499999...; read naively it would round to 13.3.
        assertThat(Numbers.parse(RawCell.number(13.35), SCORE_15)).isEqualTo(ok("13.4"));
        assertThat(Numbers.parse(RawCell.number(2.675), NumberRule.range(2, BigDecimal.ZERO, BigDecimal.TEN)))
                .isEqualTo(ok("2.68"));
    }

    @Test
    void scoreLowerBoundary() {
        assertThat(Numbers.parse(RawCell.number(0), SCORE_15)).isEqualTo(ok("0.0"));
        assertThat(Numbers.parse(RawCell.number(-0.1), SCORE_15)).isEqualTo(outOfRange("不能为负数"));
        assertThat(Numbers.parse(RawCell.text("-1"), SCORE_15)).isEqualTo(outOfRange("不能为负数"));
    }

    @Test
    void scoreMaxIsPrintedWithoutTrailingZeros() {
        NumberRule rule = NumberRule.score(new BigDecimal("12.50"));
        assertThat(Numbers.parse(RawCell.number(12.6), rule)).isEqualTo(outOfRange("超出满分12.5"));
        assertThat(NumberRule.score(new BigDecimal("15.0")).rangeReason()).isEqualTo("超出满分15");
    }

    @Test
    void textWithFullWidthDigitsAndUnits() {
        assertThat(Numbers.parse(RawCell.text("１４"), SCORE_15)).isEqualTo(ok("14.0"));
        assertThat(Numbers.parse(RawCell.text("14分"), SCORE_15)).isEqualTo(ok("14.0"));
        assertThat(Numbers.parse(RawCell.text("１４ 分"), SCORE_15)).isEqualTo(ok("14.0"));
        assertThat(Numbers.parse(RawCell.text("+14.5"), SCORE_15)).isEqualTo(ok("14.5"));
        assertThat(Numbers.parse(RawCell.text("3年"), YEARS)).isEqualTo(ok("3.0"));
        assertThat(Numbers.parse(RawCell.text("12学时"), YEARS)).isEqualTo(ok("12.0"));
        assertThat(Numbers.parse(RawCell.text("12小时"), YEARS)).isEqualTo(ok("12.0"));
        assertThat(Numbers.parse(RawCell.text("40人"), CLASS_SIZE)).isEqualTo(ok("40"));
        assertThat(Numbers.parse(RawCell.text("5次"), COUNT)).isEqualTo(ok("5"));
    }

    @Test
    void notANumber() {
        Parsed<BigDecimal> bad = Parsed.invalid("BAD_NUMBER", "不是有效的数字");
        assertThat(Numbers.parse(RawCell.text("十四"), SCORE_15)).isEqualTo(bad);
        assertThat(Numbers.parse(RawCell.text("14分5"), SCORE_15)).isEqualTo(bad);
        assertThat(Numbers.parse(RawCell.text("14元"), SCORE_15)).isEqualTo(bad);
        assertThat(Numbers.parse(RawCell.text("1e1"), SCORE_15)).isEqualTo(bad);
        assertThat(Numbers.parse(RawCell.text("1 4"), SCORE_15)).isEqualTo(bad);
        assertThat(Numbers.parse(RawCell.text(".5"), SCORE_15)).isEqualTo(bad);
        assertThat(Numbers.parse(RawCell.error("#DIV/0!"), SCORE_15)).isEqualTo(bad);
        assertThat(Numbers.parse(RawCell.bool(true), SCORE_15)).isEqualTo(bad);
        assertThat(Numbers.parse(RawCell.date(LocalDate.of(2025, 9, 1)), SCORE_15)).isEqualTo(bad);
    }

    @Test
    void emptyCells() {
        assertThat(Numbers.parse(RawCell.BLANK, SCORE_15).isEmpty()).isTrue();
        assertThat(Numbers.parse(RawCell.text("\u3000"), SCORE_15).isEmpty()).isTrue();
        assertThat(Numbers.percentage(RawCell.BLANK).isEmpty()).isTrue();
    }

    @Test
    void yearsRange() {
        assertThat(Numbers.parse(RawCell.text("3.5"), YEARS)).isEqualTo(ok("3.5"));
        assertThat(Numbers.parse(RawCell.number(45), YEARS)).isEqualTo(ok("45.0"));
        assertThat(Numbers.parse(RawCell.number(45.1), YEARS)).isEqualTo(outOfRange("应为0至45之间的数字"));
        assertThat(Numbers.parse(RawCell.number(0), YEARS)).isEqualTo(ok("0.0"));
        assertThat(Numbers.parse(RawCell.number(-0.1), YEARS)).isEqualTo(outOfRange("应为0至45之间的数字"));
    }

    @Test
    void integerRange() {
        assertThat(Numbers.parse(RawCell.number(200), COUNT)).isEqualTo(ok("200"));
        assertThat(Numbers.parse(RawCell.number(201), COUNT)).isEqualTo(outOfRange("应为0至200之间的整数"));
        assertThat(Numbers.parse(RawCell.number(0), COUNT)).isEqualTo(ok("0"));
        assertThat(Numbers.parse(RawCell.number(-1), COUNT)).isEqualTo(outOfRange("应为0至200之间的整数"));
        assertThat(Numbers.parse(RawCell.number(1), CLASS_SIZE)).isEqualTo(ok("1"));
        assertThat(Numbers.parse(RawCell.number(0), CLASS_SIZE)).isEqualTo(outOfRange("应为1至80之间的整数"));
        assertThat(Numbers.parse(RawCell.number(81), CLASS_SIZE)).isEqualTo(outOfRange("应为1至80之间的整数"));
    }

    @Test
    void integerRuleRefusesAFractionButAcceptsPointZero() {
        assertThat(Numbers.parse(RawCell.text("3.5次"), COUNT)).isEqualTo(Parsed.invalid("NOT_INTEGER", "应为整数"));
        assertThat(Numbers.parse(RawCell.number(3.5), COUNT)).isEqualTo(Parsed.invalid("NOT_INTEGER", "应为整数"));
        assertThat(Numbers.parse(RawCell.text("3.0"), COUNT)).isEqualTo(ok("3"));
        assertThat(Numbers.parse(RawCell.number(3.0), COUNT)).isEqualTo(ok("3"));
        assertThat(Numbers.parse(RawCell.number(3.0), COUNT).value().scale()).isZero();
    }

    @Test
    void percentageFromAFraction() {
        assertThat(Numbers.percentage(RawCell.number(0.85))).isEqualTo(ok("85.0"));
        assertThat(Numbers.percentage(RawCell.text("0.85"))).isEqualTo(ok("85.0"));
        assertThat(Numbers.percentage(RawCell.number(0))).isEqualTo(ok("0.0"));
    }

    @Test
    void percentageAlreadyScaled() {
        assertThat(Numbers.percentage(RawCell.number(85))).isEqualTo(ok("85.0"));
        assertThat(Numbers.percentage(RawCell.number(1))).isEqualTo(ok("1.0"));
        assertThat(Numbers.percentage(RawCell.text("85%"))).isEqualTo(ok("85.0"));
        assertThat(Numbers.percentage(RawCell.text("８５％"))).isEqualTo(ok("85.0"));
        assertThat(Numbers.percentage(RawCell.text("0.5%"))).isEqualTo(ok("0.5"));
    }

    @Test
    void percentFormattedCellHoldsTheFraction() {
        assertThat(Numbers.percentage(RawCell.percent(0.85))).isEqualTo(ok("85.0"));
        assertThat(Numbers.percentage(RawCell.percent(1.0))).isEqualTo(ok("100.0"));
        assertThat(Numbers.percentage(RawCell.percent(0.005))).isEqualTo(ok("0.5"));
    }

    @Test
    void percentageRange() {
        Parsed<BigDecimal> out = outOfRange("应为0至100之间");
        assertThat(Numbers.percentage(RawCell.number(100))).isEqualTo(ok("100.0"));
        assertThat(Numbers.percentage(RawCell.number(100.1))).isEqualTo(out);
        assertThat(Numbers.percentage(RawCell.percent(1.01))).isEqualTo(out);
        assertThat(Numbers.percentage(RawCell.text("101%"))).isEqualTo(out);
        assertThat(Numbers.percentage(RawCell.number(-0.1))).isEqualTo(out);
        assertThat(Numbers.percentage(RawCell.text("八成"))).isEqualTo(Parsed.invalid("BAD_NUMBER", "不是有效的数字"));
    }

    private static Parsed<BigDecimal> ok(String value) {
        return Parsed.ok(new BigDecimal(value));
    }

    private static Parsed<BigDecimal> outOfRange(String reason) {
        return Parsed.invalid("OUT_OF_RANGE", reason);
    }
}
