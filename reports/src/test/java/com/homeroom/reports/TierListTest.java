package com.homeroom.reports;

import static com.homeroom.reports.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TierListTest {

    private static TierListData.Member member(String type, String zone, String stage, String name, String grade, String change) {
        return new TierListData.Member(type, zone, stage, "凤凰小学", name, "三年级", 2, d("93.0"), grade, change);
    }

    @Test
    void groupsChiefsByTypeAndStageAndBackbonesByZoneAndStageWithTheirChange() {
        TierListData tiers = new TierListData(Fixtures.HEADER,
                List.of(member("九年一贯制", "坊城", "初中", "冯海燕", "合格", "首席降为骨干"),
                        member("小学", "凤凰", "小学", "林雅琴", "优秀", "新晋首席"),
                        member("小学", "坊城", "小学", "郑立新", "优秀", "保留首席")),
                List.of(member("小学", "坊城", "小学", "宋子涵", "基本合格", "退出骨干"),
                        member("小学", "坊城", "小学", "白文博", "优秀", "新晋骨干"),
                        member("小学", "凤凰", "小学", "许晓峰", "合格", "保留骨干")));

        Pdf pdf = Pdf.read(Fixtures.RENDERER.render(tiers));

        String text = pdf.compact();
        assertThat(pdf.page(1)).contains("2025-2026学年首席班主任、骨干型班主任梯队名单", "第1页共" + pdf.pageCount() + "页");
        assertThat(text).contains("首席21110", "骨干21101");
        assertThat(text).containsSubsequence("首席班主任（3人次）", "学校类型：小学　学段：小学",
                "林雅琴三年级2班优秀93.0新晋首席", "郑立新三年级2班优秀93.0保留首席",
                "学校类型：九年一贯制　学段：初中", "冯海燕三年级2班合格93.0降级骨干",
                "骨干型班主任（3人次）", "学区：凤凰　学段：小学", "许晓峰三年级2班合格93.0保留骨干",
                "学区：坊城　学段：小学", "白文博三年级2班优秀93.0新晋骨干",
                "宋子涵三年级2班基本合格93.0退出普通");
    }
}
