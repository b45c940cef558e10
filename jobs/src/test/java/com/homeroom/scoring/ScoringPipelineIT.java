package com.homeroom.scoring;

import com.homeroom.intake.IntakeHarness;
import com.homeroom.intake.SchoolWorkbook;
import com.homeroom.publish.ResultsExport;
import com.homeroom.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real workbooks → intake → validation → scoring → results.csv / schools.csv, on a DuckDB file. */
class ScoringPipelineIT {

    private static final String P = "2025-2026";

    @TempDir
    Path dir;

    @Test
    void scoresWhatIntakeAccepted() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook book = SchoolWorkbook.twoTeachers();
        // A third teacher whose score row is rejected (德育工作 16 > 15): kept, graded 未评分.
        book.roster.add(new Object[]{"T0003", "周敏", "小学", "五年级", "3班", 8, "女", null, 42, null, "首席班主任", null});
        book.scores.add(new Object[]{"T0003", "周敏", 14, 16, 9, 14, 9, 9, 9, 14, "合格"});
        book.activity.add(new Object[]{"T0003", 25, 8, 10, 12, null, null, null, null, null, null});
        book.writeTo(input.resolve("凤凰学区/凤凰小学.xlsx"));
        Scheme scheme = SchemeLoader.loadDefault();

        IntakeHarness.Result intake = IntakeHarness.run(input, dir, P, scheme);
        try (Warehouse warehouse = intake.warehouse()) {
            new Scoring(warehouse).score(P, scheme);
            new ResultsExport(warehouse).write(P, scheme, dir.resolve("district"));
        }

        List<Map<String, String>> results = IntakeHarness.readCsv(dir.resolve("district/results.csv"));
        assertThat(results).extracting(r -> r.get("teacher_id")).containsExactly("T0001", "T0002", "T0003");
        // T0001: 14 + 13.5 + 9 + 14 + 9 + 9 + 9 + 14 = 91.5, 32 meetings, 8 + 10 + 12 hours → 优秀;
        // (凤凰学区, 小学) has 2 graded → ceil(0.2 × 2) = 1 and T0001 is first: 普通 → 骨干.
        assertThat(results.get(0)).containsEntry("name", "王小明").containsEntry("grade_level", "三年级")
                .containsEntry("class_no", "2").containsEntry("years", "5").containsEntry("moral", "13.5")
                .containsEntry("total", "91.5").containsEntry("grade", "优秀").containsEntry("rank_school", "1")
                .containsEntry("commended", "false").containsEntry("tier_change", "新晋骨干");
        // T0002: 12 + 12 + 8 + 12 + 8 + 8 + 8 + 12 = 80.0 → 合格; declared 骨干 → 保留骨干.
        assertThat(results.get(1)).containsEntry("name", "李红").containsEntry("years", "3")
                .containsEntry("total", "80.0").containsEntry("grade", "合格").containsEntry("rank_school", "2")
                .containsEntry("prior_tier", "骨干").containsEntry("tier", "骨干").containsEntry("tier_change", "保留骨干");
        assertThat(results.get(2)).containsEntry("grade", "未评分").containsEntry("total", "").containsEntry("ethics", "")
                .containsEntry("meetings_ok", "false").containsEntry("rank_school", "")
                .containsEntry("prior_tier", "首席").containsEntry("tier", "首席").containsEntry("tier_change", "无变化");

        assertThat(IntakeHarness.readCsv(dir.resolve("district/schools.csv")))
                .extracting(s -> String.join(",", s.values())).containsExactly(
                        // (91.5 + 80.0) / 2 = 85.75
                        "2025-2026,FH-001,凤凰小学,凤凰学区,小学,true,3,2,85.75,1,1,0,0,0,false",
                        "2025-2026,QZ-002,实验学校,区直,九年一贯制,false,0,0,,0,0,0,0,0,false",
                        "2025-2026,QZ-003,潍坊四中,区直,完全中学,false,0,0,,0,0,0,0,0,false");
    }
}
