package com.homeroom.intake.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.homeroom.intake.RawCell;
import com.homeroom.intake.value.SchoolTerms.SchoolType;
import com.homeroom.intake.value.SchoolTerms.Stage;
import com.homeroom.intake.value.SchoolTerms.Tier;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolTermsTest {

    @Test
    void stage() {
        assertThat(SchoolTerms.stage(RawCell.text("小学")).value()).isEqualTo(Stage.PRIMARY);
        assertThat(SchoolTerms.stage(RawCell.text(" 初 中\u3000")).value()).isEqualTo(Stage.JUNIOR);
        assertThat(SchoolTerms.stage(RawCell.text("高中")).value()).isEqualTo(Stage.SENIOR);
        assertThat(SchoolTerms.stage(RawCell.text("中学"))).isEqualTo(Parsed.invalid("BAD_CHOICE", "应为小学、初中或高中"));
        assertThat(SchoolTerms.stage(RawCell.BLANK).isEmpty()).isTrue();
        assertThat(Stage.SENIOR.label()).isEqualTo("高中");
    }

    @Test
    void schoolTypeStages() {
        assertThat(SchoolType.PRIMARY.stages()).containsExactly(Stage.PRIMARY);
        assertThat(SchoolType.JUNIOR.stages()).containsExactly(Stage.JUNIOR);
        assertThat(SchoolType.NINE_YEAR.stages()).containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR);
        assertThat(SchoolType.COMPLETE_SECONDARY.stages()).containsExactlyInAnyOrder(Stage.JUNIOR, Stage.SENIOR);
        assertThat(SchoolType.SENIOR.stages()).containsExactly(Stage.SENIOR);
    }

    @Test
    void schoolTypeFromLabel() {
        assertThat(SchoolType.fromLabel("九年一贯制")).contains(SchoolType.NINE_YEAR);
        assertThat(SchoolType.fromLabel(" 完全中学 ")).contains(SchoolType.COMPLETE_SECONDARY);
        assertThat(SchoolType.fromLabel("小学")).contains(SchoolType.PRIMARY);
        assertThat(SchoolType.fromLabel("职业高中")).isEmpty();
        assertThat(SchoolType.fromLabel(null)).isEqualTo(Optional.empty());
        assertThat(SchoolTerms.schoolType(RawCell.text("高中")).value()).isEqualTo(SchoolType.SENIOR);
        assertThat(SchoolTerms.schoolType(RawCell.text("大学")).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"一年级,1", "六年级,6", "七年级,7", "九年级,9", "初一,7", "初三,9", "高一,10", "高三,12",
            "3,3", "3年级,3", "３年级,3", "12,12", "1,1", "' 初 二 ',8"})
    void gradeLevel(String text, int level) {
        assertThat(SchoolTerms.gradeLevel(RawCell.text(text))).isEqualTo(Parsed.ok(level));
    }

    @Test
    void gradeLevelFromANumberCell() {
        assertThat(SchoolTerms.gradeLevel(RawCell.number(3.0))).isEqualTo(Parsed.ok(3));
        assertThat(SchoolTerms.gradeLevel(RawCell.number(3.5)).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13", "十年级", "初四", "高四", "三", "3班", "一年"})
    void badGradeLevel(String text) {
        assertThat(SchoolTerms.gradeLevel(RawCell.text(text))).isEqualTo(Parsed.invalid("BAD_CHOICE", "不是有效的年级"));
    }

    @Test
    void gradeLabelAndStage() {
        assertThat(SchoolTerms.gradeLabel(1)).isEqualTo("一年级");
        assertThat(SchoolTerms.gradeLabel(6)).isEqualTo("六年级");
        assertThat(SchoolTerms.gradeLabel(7)).isEqualTo("七年级");
        assertThat(SchoolTerms.gradeLabel(9)).isEqualTo("九年级");
        assertThat(SchoolTerms.gradeLabel(10)).isEqualTo("高一");
        assertThat(SchoolTerms.gradeLabel(12)).isEqualTo("高三");
        assertThat(SchoolTerms.stageOfGrade(6)).isEqualTo(Stage.PRIMARY);
        assertThat(SchoolTerms.stageOfGrade(7)).isEqualTo(Stage.JUNIOR);
        assertThat(SchoolTerms.stageOfGrade(9)).isEqualTo(Stage.JUNIOR);
        assertThat(SchoolTerms.stageOfGrade(10)).isEqualTo(Stage.SENIOR);
        assertThatThrownBy(() -> SchoolTerms.gradeLabel(13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchoolTerms.stageOfGrade(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"2,2", "2班,2", "(2)班,2", "（２）班,2", "二班,2", "(二)班,2", "（二）,2", "十班,10", "一,1",
            "30,30", "1,1", "02班,2"})
    void classNo(String text, int no) {
        assertThat(SchoolTerms.classNo(RawCell.text(text))).isEqualTo(Parsed.ok(no));
    }

    @Test
    void classNoRange() {
        Parsed<Integer> out = Parsed.invalid("OUT_OF_RANGE", "应为1至30之间的班号");
        assertThat(SchoolTerms.classNo(RawCell.number(2.0))).isEqualTo(Parsed.ok(2));
        assertThat(SchoolTerms.classNo(RawCell.number(30))).isEqualTo(Parsed.ok(30));
        assertThat(SchoolTerms.classNo(RawCell.number(31))).isEqualTo(out);
        assertThat(SchoolTerms.classNo(RawCell.text("31班"))).isEqualTo(out);
        assertThat(SchoolTerms.classNo(RawCell.text("0"))).isEqualTo(out);
        assertThat(SchoolTerms.classNo(RawCell.text("123456789012班"))).isEqualTo(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"十一班", "2.5", "(2班", "2)班", "三年级2班", "班", "A班"})
    void unreadableClassNo(String text) {
        assertThat(SchoolTerms.classNo(RawCell.text(text)).isInvalid()).isTrue();
        assertThat(((Parsed.Invalid<Integer>) SchoolTerms.classNo(RawCell.text(text))).code()).isEqualTo("BAD_FORMAT");
    }

    @Test
    void gender() {
        assertThat(SchoolTerms.gender(RawCell.text(" 男 ")).value()).isEqualTo("男");
        assertThat(SchoolTerms.gender(RawCell.text("女")).value()).isEqualTo("女");
        assertThat(SchoolTerms.gender(RawCell.text("M"))).isEqualTo(Parsed.invalid("BAD_CHOICE", "应为男或女"));
        assertThat(SchoolTerms.gender(RawCell.BLANK).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"普通,REGULAR", "骨干,BACKBONE", "首席,CHIEF", "骨干班主任,BACKBONE", "首席班主任,CHIEF",
            "骨干型班主任,BACKBONE", "' 首 席 ',CHIEF"})
    void tier(String text, Tier tier) {
        assertThat(SchoolTerms.tier(RawCell.text(text))).isEqualTo(Parsed.ok(tier));
    }

    @Test
    void tierBlankAndInvalid() {
        assertThat(SchoolTerms.tier(RawCell.BLANK).isEmpty()).isTrue();
        assertThat(SchoolTerms.tier(RawCell.text("\u3000")).isEmpty()).isTrue();
        assertThat(SchoolTerms.tier(RawCell.text("优秀"))).isEqualTo(Parsed.invalid("BAD_CHOICE", "应为普通、骨干或首席"));
        assertThat(Tier.CHIEF.label()).isEqualTo("首席");
    }

    @Test
    void ethicsVerdict() {
        assertThat(SchoolTerms.ethicsVerdict(RawCell.text("合格")).value()).isEqualTo("合格");
        assertThat(SchoolTerms.ethicsVerdict(RawCell.text("不 合格")).value()).isEqualTo("不合格");
        assertThat(SchoolTerms.ethicsVerdict(RawCell.text("优秀")).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"无", "校级", "学区级", "区级", "市级", "省级", "国家级"})
    void researchLevel(String level) {
        assertThat(SchoolTerms.researchLevel(RawCell.text(level))).isEqualTo(Parsed.ok(level));
    }

    @Test
    void researchLevelInvalid() {
        assertThat(SchoolTerms.researchLevel(RawCell.text("县级")))
                .isEqualTo(Parsed.invalid("BAD_CHOICE", "应为无、校级、学区级、区级、市级、省级或国家级"));
    }

    @Test
    void incidentTerms() {
        assertThat(SchoolTerms.responsibility(RawCell.text("次要责任")).value()).isEqualTo("次要责任");
        assertThat(SchoolTerms.responsibility(RawCell.text("无责任")).value()).isEqualTo("无责任");
        assertThat(SchoolTerms.responsibility(RawCell.text("全部责任")).isInvalid()).isTrue();
        assertThat(SchoolTerms.consequence(RawCell.text("较重")).value()).isEqualTo("较重");
        assertThat(SchoolTerms.consequence(RawCell.text("轻微")))
                .isEqualTo(Parsed.invalid("BAD_CHOICE", "应为一般、较重或严重"));
    }
}
