package com.homeroom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The bench's naive baseline renders the same document: the same pages and text in the embedded
 * font. By default JasperReports draws chart labels as outlines, so only the chart's text is missing.
 */
class NaiveRenderingTest {

    @Test
    void aSchoolReportRenderedTheNaiveWayShowsWhatTheRendererShows() {
        Pdf naive = Pdf.read(NaiveRendering.render(Fixtures.smallSchool()));
        Pdf ours = Pdf.read(Fixtures.RENDERER.render(Fixtures.smallSchool()));

        assertThat(naive.pageCount()).isEqualTo(ours.pageCount());
        assertThat(naive.compact()).contains("凤凰小学（学校代码FH01）", "林雅琴T1001小学三年级2班38.528.027.594.0优秀",
                "师德师风（40）32.0034.0036.00", "第12行「关爱学生」为35，超出满分30", "第2页共2页");
        assertThat(ours.compact()).contains("本校学区全区");
        assertThat(naive.compact()).doesNotContain("本校学区全区");
        assertThat(naive.fonts()).allSatisfy(font -> assertThat(font.getName()).contains("NotoSansSC"));
    }
}
