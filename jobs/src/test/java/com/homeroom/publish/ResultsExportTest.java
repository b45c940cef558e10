package com.homeroom.publish;

import com.homeroom.scoring.Scheme;
import com.homeroom.scoring.SchemeLoader;
import com.homeroom.scoring.Scoring;
import com.homeroom.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** results.csv and schools.csv byte for byte, as outputs.md specifies. */
class ResultsExportTest {

    private static final String P = "2025-2026";

    @TempDir
    Path dir;

    @Test
    void writesResultsAndSchoolsAsTheContractSays() throws Exception {
        Scheme scheme = SchemeLoader.loadDefault();
        try (Warehouse warehouse = Warehouse.inMemory()) {
            seed(warehouse);
            new Scoring(warehouse).score(P, scheme);
            new ResultsExport(warehouse).write(P, scheme, dir);
        }
        List<String> results = lines("results.csv");
        assertThat(results.get(0)).isEqualTo("period,teacher_id,name,school_code,school_name,zone,school_type,stage,"
                + "grade_level,class_no,years,ethics,moral,habits,management,practice,home_school,innovation,growth,"
                + "total,grade,ethics_veto,incident_veto,capped,meetings_ok,training_ok,must_replace,accountability,"
                + "rank_school,rank_zone_stage,rank_district_stage,commended,city_recommended,prior_tier,tier,tier_change");
        // Ordered by school_code, then teacher_id. T1: 90.0 with 30 meetings and 6 + 18 hours → 优秀.
        // (凤凰学区, 小学) has T1 and T3 graded: 小学 n = 2 → Q = floor(0.2 + 0.5) = 0, nobody commended;
        // T1 (普通, 16 years) is at position 1 ≤ ceil(0.2 × 2) = 1: 新晋骨干. T2 未评分: empty scores, total
        // and ranks, keeps 骨干. T3 80.0 合格 ranks 2 in its zone and 学段. T4: 12 meetings, 2 + 2 hours.
        assertThat(results.subList(1, results.size())).containsExactly(
                "2025-2026,T1,王一,FH-001,凤凰小学,凤凰学区,小学,小学,三年级,2,16,14.5,13.0,10.0,15.0,10.0,10.0,10.0,7.5,90.0,"
                        + "优秀,false,false,false,true,true,false,false,1,1,1,false,false,普通,骨干,新晋骨干",
                "2025-2026,T2,李二,FH-001,凤凰小学,凤凰学区,小学,小学,六年级,1,3.5,,,,,,,,,,"
                        + "未评分,false,false,false,true,true,false,false,,,,false,false,骨干,骨干,无变化",
                "2025-2026,T3,张三,QZ-002,实验学校,凤凰学区,九年一贯制,小学,一年级,3,0.5,10.0,10.0,10.0,10.0,10.0,10.0,10.0,10.0,80.0,"
                        + "合格,false,false,false,true,true,false,false,1,2,2,false,false,普通,普通,无变化",
                "2025-2026,T4,赵四,QZ-003,潍坊四中,区直,完全中学,高中,高二,1,10,14.0,14.0,8.0,10.0,8.0,8.0,8.0,10.0,80.0,"
                        + "合格,false,false,false,false,false,false,false,1,1,1,false,false,普通,普通,无变化");
        assertThat(lines("schools.csv")).containsExactly(
                "period,school_code,school_name,zone,school_type,submitted,teachers,graded,mean_total,excellent,"
                        + "qualified,basic,failed,commended,undifferentiated",
                "2025-2026,FH-001,凤凰小学,凤凰学区,小学,true,2,1,90.00,1,0,0,0,0,false",
                "2025-2026,QZ-002,实验学校,凤凰学区,九年一贯制,true,1,1,80.00,0,1,0,0,0,false",
                "2025-2026,QZ-003,潍坊四中,区直,完全中学,true,1,1,80.00,0,1,0,0,0,false",
                "2025-2026,ZZ-9,南流中学,区直,初中,false,0,0,,0,0,0,0,0,false");
        assertThat(Files.readString(dir.resolve("results.csv"), StandardCharsets.UTF_8)).endsWith("无变化\r\n")
                .doesNotStartWith("\uFEFF");
    }

    private List<String> lines(String file) throws Exception {
        return List.of(Files.readString(dir.resolve(file), StandardCharsets.UTF_8).split("\r\n"));
    }

    private static void seed(Warehouse warehouse) throws Exception {
        try (Connection c = warehouse.connect()) {
            for (String[] s : new String[][]{{"FH-001", "凤凰小学", "凤凰学区", "小学"},
                    {"QZ-002", "实验学校", "凤凰学区", "九年一贯制"}, {"QZ-003", "潍坊四中", "区直", "完全中学"},
                    {"ZZ-9", "南流中学", "区直", "初中"}}) {
                exec(c, "INSERT INTO school VALUES (?, ?, ?, ?, ?)", P, s[0], s[1], s[2], s[3]);
            }
            for (String school : List.of("FH-001", "QZ-002", "QZ-003")) {
                exec(c, "INSERT INTO intake_file (period, file, sha256, bytes, modified, school_code, status) "
                        + "VALUES (?, ?, 'x', 0, TIMESTAMP '2025-12-01 00:00:00', ?, 'accepted')", P, school + ".xlsx", school);
            }
            roster(c, "FH-001", 2, "T1", "王一", "小学", 3, 2, "16", "普通");
            roster(c, "FH-001", 3, "T2", "李二", "小学", 6, 1, "3.5", "骨干");
            roster(c, "QZ-002", 2, "T3", "张三", "小学", 1, 3, "0.5", "普通");
            roster(c, "QZ-003", 2, "T4", "赵四", "高中", 11, 1, "10.0", "普通");
            scores(c, "FH-001", 2, "T1", "14.5", "13.0", "10", "15", "10", "10", "10", "7.5");
            scores(c, "QZ-002", 2, "T3", "10", "10", "10", "10", "10", "10", "10", "10");
            scores(c, "QZ-003", 2, "T4", "14", "14", "8", "10", "8", "8", "8", "10");
            activity(c, "FH-001", 2, "T1", 30, "6", "18");
            activity(c, "FH-001", 3, "T2", 30, "6", "18");
            activity(c, "QZ-002", 2, "T3", 30, "6", "18");
            activity(c, "QZ-003", 2, "T4", 12, "2", "2");
        }
    }

    private static void roster(Connection c, String school, int row, String id, String name, String stage, int grade,
                               int classNo, String years, String tier) throws Exception {
        exec(c, "INSERT INTO roster_row (period, file, sheet, row_no, school_code, teacher_id, name, stage, grade_level, "
                + "class_no, years, declared_tier, value_ok, accepted) VALUES (?, ?, '班主任名册', ?, ?, ?, ?, ?, ?, ?, "
                + "CAST(? AS DECIMAL(4,1)), ?, true, true)", P, school + ".xlsx", row, school, id, name, stage, grade,
                classNo, years, tier);
    }

    private static void scores(Connection c, String school, int row, String id, String... values) throws Exception {
        exec(c, "INSERT INTO score_row (period, file, sheet, row_no, school_code, teacher_id, name, ethics_verdict, "
                + "value_ok, accepted) VALUES (?, ?, '考核评分', ?, ?, ?, NULL, '合格', true, true)", P, school + ".xlsx", row,
                school, id);
        List<String> codes = List.of("ethics", "moral", "habits", "management", "practice", "home_school", "innovation",
                "growth");
        for (int i = 0; i < codes.size(); i++) {
            exec(c, "INSERT INTO score_value VALUES (?, ?, ?, ?, CAST(? AS DECIMAL(5,1)))", P, school + ".xlsx", row,
                    codes.get(i), values[i]);
        }
    }

    private static void activity(Connection c, String school, int row, String id, int meetings, String district,
                                 String zone) throws Exception {
        exec(c, "INSERT INTO activity_row (period, file, sheet, row_no, school_code, teacher_id, meetings, "
                + "training_district, training_zone, training_school, parent_meetings, home_visits, phone_visits, "
                + "practice_activities, archive_rate, research_level, value_ok, accepted) VALUES (?, ?, '工作记录', ?, ?, "
                + "?, ?, CAST(? AS DECIMAL(5,1)), CAST(? AS DECIMAL(5,1)), 0, 0, 0, 0, 0, 0, '无', true, true)",
                P, school + ".xlsx", row, school, id, meetings, district, zone);
    }

    private static void exec(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
