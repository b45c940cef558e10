package com.homeroom.reports;

import static com.homeroom.reports.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommendationListTest {

    private static CommendationListData.Commended commended(String stage, String zone, String school, String name, String total) {
        return new CommendationListData.Commended(stage, zone, school, name, "初中".equals(stage) ? "八年级" : "三年级", 1, d(total));
    }

    private static CommendationListData list() {
        // given: rows in merit order across groups; the document groups them by 学段 then 学区
        CommendationListData.Commended junior = commended("初中", "九龙", "九龙中学", "韩立新", "96.5");
        CommendationListData.Commended phoenix = commended("小学", "凤凰", "凤凰小学", "林雅琴", "98.0");
        CommendationListData.Commended phoenix2 = commended("小学", "凤凰", "前宁小学", "许晓峰", "95.0");
        CommendationListData.Commended fangcheng = commended("小学", "坊城", "理想小学", "宋子涵", "97.5");
        return new CommendationListData(Fixtures.HEADER, "区教体字〔2026〕18号", List.of(junior, phoenix, fangcheng, phoenix2),
                List.of(phoenix, junior));
    }

    @Test
    void isAFormalDocument() {
        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(list()));

        String text = pdf.compact();
        assertThat(pdf.page(1)).startsWith("区教体局　全区加强班主任工作领导小组办公室")
                .contains("区教体字〔2026〕18号", "关于公布2025-2026学年区级优秀班主任表彰名单的通知", "授予以下4名同志");
        assertThat(text).endsWith("2026年7月15日第" + pdf.pageCount() + "页共" + pdf.pageCount()
                + "页数据来源：考核周期2025-2026·方案3f9a1c2b4d5e·输入9b8c7d6e5f4a·区教体局　全区加强班主任工作领导小组办公室");
    }

    @Test
    void groupsByStageThenZoneKeepingMeritOrder() {
        String text = Pdf.read(Fixtures.RENDERER.render(list())).compact();

        assertThat(text).containsSubsequence("小学（3人）", "学区：凤凰（2人）", "1凤凰小学林雅琴三年级1班98.0",
                "2前宁小学许晓峰三年级1班95.0", "学区：坊城（1人）", "1理想小学宋子涵三年级1班97.5", "初中（1人）",
                "学区：九龙（1人）", "1九龙中学韩立新八年级1班96.5", "推荐市级优秀班主任名单（2人）",
                "小学凤凰凤凰小学林雅琴", "初中九龙九龙中学韩立新");
    }
}
