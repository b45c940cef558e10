package com.homeroom.reports;

import static com.homeroom.reports.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TeacherArchiveTest {

    private static TeacherArchiveData.Period period(String period, List<ReportDimension> dimensions, String total,
                                                    String grade, String tier, List<String> explanations) {
        List<TeacherArchiveData.DimensionScore> scores = dimensions.stream()
                .map(dim -> new TeacherArchiveData.DimensionScore(dim, dim.max().multiply(d("0.9")).setScale(1)))
                .toList();
        return new TeacherArchiveData.Period(period, "凤凰小学", "凤凰", "小学", "三年级", 2, scores, d(total), grade, tier,
                "无变化", "优秀".equals(grade), false, 34, d("8"), d("10"), d("12.5"), explanations);
    }

    @Test
    void showsOneTeacherAcrossPeriodsWithTrend() {
        TeacherArchiveData archive = new TeacherArchiveData(Fixtures.HEADER, "T1001", "林雅琴",
                List.of(period("2024-2025", SyntheticReports.DIMENSIONS.subList(0, 2), "27.0", "合格", "普通",
                                List.of("优秀调整为合格：主题班会 26 次，少于 30 次")),
                        period("2025-2026", Fixtures.THREE_DIMENSIONS, "90.0", "优秀", "骨干", List.of())),
                List.of(new TeacherArchiveData.Incident("2024-2025", "2025-03-02", "课间追逐擦伤，已及时处置", "次要责任", "一般")));

        TeacherArchiveData stamped = Fixtures.stamped(archive);
        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(stamped));

        String text = pdf.compact();
        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(text).contains("一师一档·班主任工作档案", "林雅琴（教师编号T1001）", "第1页共1页",
                "数据来源：考核周期2025-2026·方案3f9a1c2b4d5e·数据" + stamped.header().dataDigest().substring(0, 12));
        assertThat(text).doesNotContain("输入9b8c7d6e5f4a");
        assertThat(text).contains("师德师风", "德育工作", "关爱学生", "教研成果");
        assertThat(text).contains("2024-202513.513.527.0合格普通", "2025-202636.027.027.090.0优秀骨干");
        assertThat(text).contains("2025-2026凤凰小学小学三年级2班34810" + "12.530.5区级优秀班主任");
        assertThat(text).contains("2024-20252025-03-02课间追逐擦伤，已及时处置次要责任一般");
        assertThat(text).contains("2024-2025优秀调整为合格：主题班会26次，少于30次");
        assertThat(text).contains("五、总分趋势");
    }

    @Test
    void leavesTheTrendOutWithASinglePeriod() {
        TeacherArchiveData archive = new TeacherArchiveData(Fixtures.HEADER, "T1001", "林雅琴",
                List.of(period("2025-2026", Fixtures.THREE_DIMENSIONS, "90.0", "优秀", "骨干", List.of())), List.of());

        String text = Pdf.read(Fixtures.RENDERER.render(archive)).compact();

        assertThat(text).doesNotContain("总分趋势").contains("档案期间没有安全事故记录。", "档案期间没有需要说明的等次或梯队变化。");
    }
}
