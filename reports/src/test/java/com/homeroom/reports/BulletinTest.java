package com.homeroom.reports;

import static com.homeroom.reports.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BulletinTest {

    private static BulletinData bulletin() {
        BulletinData.Summary summary = new BulletinData.Summary(3, 2, 55, 54, 5, 1, List.of("杨庄小学"));
        return new BulletinData(Fixtures.HEADER, Fixtures.THREE_DIMENSIONS, summary,
                List.of(new BulletinData.GradeCount("小学", 10, 30, 8, 2, 1), new BulletinData.GradeCount("初中", 1, 2, 0, 0, 1)),
                List.of(new BulletinData.GradeCount("凤凰", 11, 32, 8, 2, 2)),
                List.of(new BulletinData.ZoneMean("凤凰", 54, d("81.25"))),
                List.of(new BulletinData.StageDimensionMean("小学", Fixtures.THREE_DIMENSIONS.get(0), d("32.00"))),
                List.of(new BulletinData.SchoolLine("凤凰", "FH01", "凤凰小学", "小学", true, 51, 50, d("81.40"), 10, 30, 8, 2, 4,
                                List.of("评分区分度不足")),
                        new BulletinData.SchoolLine("凤凰", "FH02", "前宁小学", "小学", true, 4, 4, d("79.00"), 1, 2, 0, 0, 1, List.of()),
                        new BulletinData.SchoolLine("凤凰", "FH03", "杨庄小学", "小学", false, 0, 0, null, 0, 0, 0, 0, 0, List.of())),
                List.of(new BulletinData.FailedTeacher("凤凰", "凤凰小学", "周明轩", "小学", "三年级", 2, d("70.0"),
                        "师德考核结论为不合格（一票否决）")),
                List.of(),
                List.of(new BulletinData.TierChangeCount("新晋骨干", 3, 1, 0)),
                List.of(new BulletinData.SchoolDataQuality("凤凰", "FH01", "凤凰小学", 1, 0, 2, 5)),
                List.of(new BulletinData.FlaggedSchool("凤凰", "FH01", "凤凰小学", 50, d("0.84"), d("64.0"))));
    }

    @Test
    void summarisesTheDistrict() {
        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(bulletin()));

        String text = pdf.compact();
        assertThat(pdf.page(1)).contains("2025-2026学年全区班主任考核工作通报", "区教体局", "生成时间：2026年7月15日",
                "第1页共" + pdf.pageCount() + "页");
        assertThat(text).contains("本期全区登记学校3所，已报送2所，未报送1所（杨庄小学）", "共有班主任55人，已评分54人");
        assertThat(text).contains("小学1030821" + "51", "初中12001" + "4");
        assertThat(text).contains("各学区平均总分", "各学段各维度平均得分率");
        assertThat(text).contains("数据来源：考核周期2025-2026·方案3f9a1c2b4d5e·输入9b8c7d6e5f4a");
    }

    @Test
    void listsSchoolsFailedTeachersAndFlags() {
        String text = Pdf.read(Fixtures.RENDERER.render(bulletin())).compact();

        assertThat(text).contains("凤凰FH01凤凰小学").contains("凤凰小学小学515081.40103082" + "4评分区分度不足");
        assertThat(text).contains("杨庄小学小学未报送");
        assertThat(text).contains("四、考核不合格、须调整岗位的班主任", "凤凰小学周明轩小学三年级2班70.0师德考核结论为不合格（一票否决）");
        assertThat(text).contains("五、责任追究", "本期没有需要追究责任的安全事故。");
        assertThat(text).contains("六、梯队动态调整", "新晋骨干3104");
        assertThat(text).contains("七、各学校数据质量", "凤凰FH01凤凰小学10257");
        assertThat(text).contains("八、评分区分度不足的学校", "凤凰FH01凤凰小学500.8464.0");
    }

    @Test
    void numbersEveryPageAndRepeatsTableHeadersOfAFortySchoolBulletin() {
        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(SyntheticReports.bulletin(40)));

        assertThat(pdf.pageCount()).isGreaterThan(2);
        for (int page = 1; page <= pdf.pageCount(); page++) {
            assertThat(pdf.page(page)).contains("第" + page + "页共" + pdf.pageCount() + "页");
        }
        // the data-quality table runs over a page break: its header is printed on both pages
        String header = "学区学校代码学校接收文件拒收文件拒收行警告问题合计";
        assertThat(pdf.pages().stream().map(page -> page.replaceAll("\\s+", "")).filter(page -> page.contains(header)))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(pdf.compact()).contains("S040").doesNotContain("S041");
    }
}
