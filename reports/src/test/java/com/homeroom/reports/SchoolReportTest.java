package com.homeroom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class SchoolReportTest {

    @Test
    void showsTitlePeriodIssuerDateAndLineage() {
        SchoolReportData report = Fixtures.stamped(Fixtures.smallSchool());
        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(report));

        String first = pdf.page(1);
        assertThat(first).contains("2025-2026学年班主任考核学校反馈报告", "凤凰小学（学校代码FH01）", "区教体局",
                "全区加强班主任工作领导小组办公室", "生成时间：2026年7月15日");
        // a school's report names the digest of its own data, not the fingerprint of every school's files
        assertThat(pdf.compact()).contains("数据来源：考核周期2025-2026·方案3f9a1c2b4d5e·数据"
                + report.header().dataDigest().substring(0, 12)).doesNotContain("输入9b8c7d6e5f4a");
    }

    @Test
    void holdsExactlyTheSchoolsTeachersWithTheirResults() {
        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(Fixtures.smallSchool()));

        String text = pdf.compact();
        assertThat(text).contains("林雅琴T1001小学三年级2班38.528.027.594.0优秀125区级·推荐市级骨干新晋骨干");
        assertThat(text).contains("周明轩T1002", "吴可馨T1003", "未评分");
        assertThat(teacherIds(text)).containsExactlyInAnyOrder("T1001", "T1002", "T1003");
        assertThat(text).contains("本校班主任3人，已评分2人：优秀1人，合格0人，基本合格0人，不合格1人；未评分1人");
    }

    @Test
    void takesItsDimensionColumnsFromTheData() {
        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(Fixtures.smallSchool()));

        String text = pdf.compact();
        assertThat(text).contains("姓名教师编号学段班级师德师风关爱学生教研成果", "(40)(30)(30)总分等次");
        assertThat(text).doesNotContain("养成教育", "班级管理");
    }

    @Test
    void listsExplanationsProblemsAndFlagsButNoPhoneNumberOrBirthDate() {
        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(Fixtures.smallSchool()));

        String text = pdf.compact();
        assertThat(text).contains("二、等次与梯队说明", "师德考核结论为不合格（一票否决）");
        assertThat(text).contains("四、数据问题（3条", "考核评分第12行「关爱学生」", "第12行「关爱学生」为35，超出满分30");
        assertThat(text).contains("五、学校标记", "评分区分度不足：");
        assertThat(text).doesNotContain("13953600218", "1395360021", "1988-13-05");
        assertThat(text).contains("（个人信息，不显示）");
    }

    @Test
    void repeatsTheTableHeaderAndNumbersEveryPage() {
        SchoolReportData large = SyntheticReports.schoolReport(40, 3);

        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(large));

        assertThat(pdf.pageCount()).isGreaterThan(1);
        for (int page = 1; page <= pdf.pageCount(); page++) {
            assertThat(pdf.page(page)).contains("第" + page + "页共" + pdf.pageCount() + "页");
        }
        assertThat(pdf.page(2)).contains("姓名教师编号学段班级师德师风德育工作", "(15)(15)(10)(15)(10)(10)(10)(15)总分等次");
        assertThat(teacherIds(pdf.compact())).hasSize(40);
    }

    @Test
    void embedsTheChineseFontAsSubsets() {
        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(Fixtures.smallSchool()));

        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
        });
        assertThat(pdf.fonts()).extracting(PDFont::getName).anyMatch(name -> name.endsWith("Bold"));
    }

    private static List<String> teacherIds(String text) {
        return java.util.regex.Pattern.compile("T\\d{4,}").matcher(text).results().map(m -> m.group()).distinct().toList();
    }
}
