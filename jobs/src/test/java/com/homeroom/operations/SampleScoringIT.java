package com.homeroom.operations;

import com.homeroom.intake.IntakeHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring of the committed sample district, both periods in order, through the real command
 * line, checked against values worked out by hand from the workbooks.
 *
 * <p>The oracle is not the program: every expected value below was computed from the workbook
 * cells (read with a throwaway POI program, then the arithmetic of
 * ../shared/spec/default-scheme.md done by hand). Each assertion carries its arithmetic in the
 * comment above it. Notation: the eight dimensions are summed in the scheme's order
 * 师德师风+德育工作+养成教育+班级管理+社会实践+家校协同+创新评价+专业成长; "m" is 主题班会次数;
 * "h a/b/c" is 区级/学区级/校级培训学时; "y" is 担任班主任年限. Head counts n are graded teachers
 * (an accepted 考核评分 row), counted per school and 学段 from the workbooks.
 */
class SampleScoringIT {

    static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();
    static final String P1 = "2024-2025";
    static final String P2 = "2025-2026";

    static Path dir;
    static final Map<String, List<Map<String, String>>> RESULTS = new HashMap<>();
    static final Map<String, List<Map<String, String>>> SCHOOLS = new HashMap<>();
    static final Map<String, List<Map<String, String>>> INTAKE = new HashMap<>();

    @BeforeAll
    static void runBothPeriods() throws Exception {
        dir = SampleRuns.get().dir();
        for (String period : List.of(P1, P2)) {
            Path district = dir.resolve("out").resolve(period).resolve("district");
            RESULTS.put(period, IntakeHarness.readCsv(district.resolve("results.csv")));
            SCHOOLS.put(period, IntakeHarness.readCsv(district.resolve("schools.csv")));
            INTAKE.put(period, IntakeHarness.readCsv(district.resolve("intake.csv")));
        }
    }

    // ------------------------------------------------------------------ the file itself

    @Test
    void resultsHeaderIsTheContractsAndEveryAcceptedRosterTeacherHasExactlyOneRow() throws Exception {
        String header = "period,teacher_id,name,school_code,school_name,zone,school_type,stage,grade_level,class_no,years,"
                + "ethics,moral,habits,management,practice,home_school,innovation,growth,total,grade,ethics_veto,"
                + "incident_veto,capped,meetings_ok,training_ok,must_replace,accountability,rank_school,rank_zone_stage,"
                + "rank_district_stage,commended,city_recommended,prior_tier,tier,tier_change";
        for (String period : List.of(P1, P2)) {
            List<String> lines = Files.readAllLines(dir.resolve("out").resolve(period).resolve("district/results.csv"),
                    StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo(header);
            List<Map<String, String>> rows = RESULTS.get(period);
            assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("period", period));
            // one row per teacher: no teacher_id twice
            assertThat(rows.stream().map(r -> r.get("teacher_id")).distinct().count()).isEqualTo(rows.size());
            // and per school exactly the roster rows intake accepted from that school's one accepted file
            Map<String, Long> perSchool = rows.stream()
                    .collect(Collectors.groupingBy(r -> r.get("school_code"), TreeMap::new, Collectors.counting()));
            Map<String, Long> accepted = INTAKE.get(period).stream().filter(f -> f.get("status").equals("accepted"))
                    .collect(Collectors.toMap(f -> f.get("school_code"), f -> Long.parseLong(f.get("roster_loaded")),
                            Long::sum, TreeMap::new));
            assertThat(perSchool).isEqualTo(accepted);
        }
        // The workbooks by hand: 734 roster data rows in the 36 accepted files of 2024-2025, minus the 11
        // roster rows rejected (T100804 年级, T100364 twice, T100347 and T100352 CLASS_TAKEN, T100803 学段,
        // T100079 and T100245 second occurrences, "T100 024", "T10", T100702 no 年限) = 723 teachers.
        // 2025-2026: 741 rows minus 4 (T100171 and T100167 CLASS_TAKEN, T100851 second occurrence,
        // T100868 年级) = 737.
        assertThat(RESULTS.get(P1)).hasSize(723);
        assertThat(RESULTS.get(P2)).hasSize(737);
        // rejected roster rows leave no result row ...
        assertThat(ids(P1)).doesNotContain("T100364", "T100347", "T100352", "T100803", "T100804", "T100024",
                "T100547", "T100702");
        assertThat(ids(P2)).doesNotContain("T100171", "T100167", "T100868");
        // ... while the first occurrence of a duplicated ID stands, once
        assertThat(ids(P1)).containsOnlyOnce("T100079", "T100245");
        assertThat(ids(P2)).containsOnlyOnce("T100851");
    }

    // ------------------------------------------------------------------ grades

    @Test
    void eachGradeByTotalWithItsBoundaries() {
        // 优秀 — T100240 龙泉实验小学 y16: 14.5+15.0+9.5+15.0+9.5+10.0+9.5+14.0 = 97.0 ≥ 90;
        // m36 ≥ 30; h 12/8/14: 12 ≥ 6 and 34 ≥ 24; no incident → 优秀
        expect(P1, "T100240", "years", "16", "ethics", "14.5", "growth", "14.0", "total", "97.0", "grade", "优秀",
                "meetings_ok", "true", "training_ok", "true", "capped", "false", "must_replace", "false");
        // 优秀 at the boundary — T100481 北海学校 初中: 14.0+13.5+9.0+13.5+9.0+9.0+8.5+13.5 = 90.0 ≥ 90;
        // m40; h 8/12/10 (8 ≥ 6, 30 ≥ 24) → 优秀
        expect(P1, "T100481", "total", "90.0", "grade", "优秀");
        // 合格 just below — T100687 张家庄小学: 13.5+13.5+9.0+14.0+9.0+8.5+9.0+13.0 = 89.5 < 90, ≥ 75 → 合格
        expect(P1, "T100687", "total", "89.5", "grade", "合格");
        // 合格 at its boundary — T100670 前埠小学: 11.0+11.5+7.0+11.0+7.5+7.5+7.5+12.0 = 75.0 ≥ 75 → 合格
        expect(P1, "T100670", "total", "75.0", "grade", "合格");
        // 基本合格 — T100357 凤凰小学: 10.0+10.0+7.0+10.0+7.0+7.0+6.5+11.0 = 68.5; 60 ≤ 68.5 < 75 → 基本合格
        expect(P1, "T100357", "total", "68.5", "grade", "基本合格", "must_replace", "false");
        // 不合格 by total — T100667 辛庄小学: 8.5+8.5+6.0+8.0+5.5+6.0+5.0+8.0 = 55.5 < 60, 师德 合格, no
        // incident → 不合格 with no veto; must_replace
        expect(P1, "T100667", "total", "55.5", "grade", "不合格", "ethics_veto", "false", "incident_veto", "false",
                "must_replace", "true", "accountability", "false");
        // ... and the next year just below 60: 9.0+9.5+5.5+9.0+6.0+6.0+5.5+8.5 = 59.0 < 60 → 不合格
        expect(P2, "T100667", "total", "59.0", "grade", "不合格", "must_replace", "true");
        // 未评分 — T100123 实验学校: its only 考核评分 row has 德育工作 18 > 15 and is rejected → no accepted
        // score row → 未评分: scores, total and ranks empty. Its own data still give the conditions:
        // m40 ≥ 30 → meetings_ok; h 8/10/16: 8 ≥ 6, 34 ≥ 24 → training_ok
        expect(P1, "T100123", "years", "22", "ethics", "", "growth", "", "total", "", "grade", "未评分",
                "rank_school", "", "rank_zone_stage", "", "rank_district_stage", "", "meetings_ok", "true",
                "training_ok", "true", "must_replace", "false", "commended", "false", "tier_change", "无变化");
        // 未评分 with a condition that fails — T100608 后营小学 (社会实践 blank → row rejected): m40 → true;
        // h 10/4/6: 10 ≥ 6 but 10+4+6 = 20 < 24 → training_ok false
        expect(P1, "T100608", "total", "", "grade", "未评分", "meetings_ok", "true", "training_ok", "false");
        // T100123 is scored in 2025-2026: 12.5+13.0+8.5+13.0+8.0+8.5+8.5+12.5 = 84.5 → 合格
        expect(P2, "T100123", "total", "84.5", "grade", "合格");
    }

    @Test
    void meetingsAndTrainingTurnAnExcellentIntoQualified() {
        // meetings_ok — T100162 第二实验学校: 14.0+14.5+9.5+13.0+9.5+9.0+9.5+13.0 = 92.0 ≥ 90,
        // h 12/8/14 fine, but 主题班会 26 < 30 → not meetings_ok → 优秀 becomes 合格
        expect(P1, "T100162", "total", "92.0", "meetings_ok", "false", "training_ok", "true", "grade", "合格",
                "commended", "false");
        // training_ok, 区级 clause — T100469 北海学校: 14.0+14.5+9.0+13.5+10.0+9.5+10.0+14.0 = 94.5 ≥ 90,
        // m34, but 区级 4 < 6 (4+10+14 = 28 ≥ 24 is not enough) → 合格
        expect(P1, "T100469", "total", "94.5", "meetings_ok", "true", "training_ok", "false", "grade", "合格");
        // training_ok, total clause — T100130 实验学校: 14.5+15.0+10.0+15.0+10.0+9.5+9.5+15.0 = 98.5,
        // m33, 区级 6 ≥ 6 but 6+8+8 = 22 < 24 → 合格
        expect(P1, "T100130", "total", "98.5", "training_ok", "false", "grade", "合格");
        // the next year T100469 has m40, h 10/6/12 (10 ≥ 6, 28 ≥ 24):
        // 14.0+14.5+9.5+14.5+8.5+9.5+9.0+15.0 = 94.5 → 优秀
        expect(P2, "T100469", "total", "94.5", "training_ok", "true", "grade", "优秀");
    }

    @Test
    void vetoesAndCaps() {
        // ethics veto — T100636 九龙中学: 13.5+14.0+9.0+13.5+8.5+9.0+9.0+14.0 = 90.5, 师德考核结论 不合格
        // → ethics_veto → 不合格, must_replace; no accountability (that comes only from incidents)
        expect(P1, "T100636", "total", "90.5", "ethics_veto", "true", "incident_veto", "false", "grade", "不合格",
                "must_replace", "true", "accountability", "false", "meetings_ok", "false");
        // a vetoed teacher is still ranked on total: 九龙中学 (the only 初中 of 九龙学区) has one higher
        // total, T100643's 95.5 → rank_school 2 and rank_zone_stage 2
        expect(P1, "T100636", "rank_school", "2", "rank_zone_stage", "2");
        // ethics veto 2025-2026 — T100492 坊城街道中心小学: 14.0+14.0+9.0+13.5+9.5+9.5+9.0+13.0 = 91.5 with
        // 师德 不合格 → 不合格
        expect(P2, "T100492", "total", "91.5", "ethics_veto", "true", "grade", "不合格", "must_replace", "true");
        // incident veto — T100519 东关小学: 13.0+12.0+8.0+11.0+8.5+7.5+8.0+12.5 = 80.5 (合格 by total),
        // incident 2024-11-14 主要责任 + 严重 → incident_veto, accountability, 不合格, must_replace; a vetoed
        // teacher is not also capped
        expect(P1, "T100519", "total", "80.5", "incident_veto", "true", "accountability", "true", "capped", "false",
                "grade", "不合格", "must_replace", "true");
        // incident veto 2025-2026 — T100789 黄旗堡中学: 12.5+13.5+8.5+13.0+9.0+8.5+8.5+13.0 = 86.5,
        // 主要责任 + 严重 → 不合格, accountability
        expect(P2, "T100789", "total", "86.5", "incident_veto", "true", "accountability", "true", "grade", "不合格");
        // cap (主要责任, 较重) — T100055 潍坊北海中学 高中: 14.5+14.5+9.0+14.0+9.5+9.5+9.5+14.5 = 95.0,
        // m36, h 12/8/14 → would be 优秀; incident 2025-04-09 主要责任 + 较重 → capped → 合格; no veto
        expect(P1, "T100055", "total", "95.0", "capped", "true", "incident_veto", "false", "accountability", "false",
                "grade", "合格", "must_replace", "false");
        // cap (次要责任, 严重) — T100555 南流中学: 15.0+15.0+9.5+14.5+9.5+9.0+9.5+14.5 = 96.5, m35,
        // h 12/8/14 → would be 优秀; 次要责任 + 严重 → capped → 合格
        expect(P1, "T100555", "total", "96.5", "capped", "true", "grade", "合格");
        // no effect — T100626 杨庄小学 (次要责任, 一般) and T100070 崇文中学 (无责任, 一般)
        expect(P1, "T100626", "capped", "false", "incident_veto", "false", "accountability", "false");
        expect(P1, "T100070", "capped", "false", "incident_veto", "false", "accountability", "false");
        // cap 2025-2026 — T100356 凤凰小学: 12.0+12.0+7.5+11.5+7.5+7.5+7.5+11.0 = 76.5 合格, (主要责任, 较重)
        // → capped (a 合格 stays 合格)
        expect(P2, "T100356", "total", "76.5", "capped", "true", "incident_veto", "false", "grade", "合格");
        // capped the year before, no incident this year — T100055 2025-2026:
        // 15.0+14.5+9.5+14.5+9.5+10.0+10.0+14.0 = 97.0, m35, h 10/14/8 (32) → 优秀
        expect(P2, "T100055", "total", "97.0", "capped", "false", "grade", "优秀");
    }

    @Test
    void competitionRanks() {
        // 兴国小学 2024-2025 (13 graded): five teachers at 88.5 and eight at 87.5
        // (e.g. T100367 13.0+13.0+9.0+13.0+9.0+9.0+9.5+13.0 = 88.5; T100363 12.5+13.0+9.0+13.0+9.0+9.0+9.0+13.0 = 87.5)
        // → competition ranks 1,1,1,1,1,6,…
        for (String id : List.of("T100367", "T100374", "T100373", "T100368", "T100362")) {
            expect(P1, id, "total", "88.5", "rank_school", "1");
        }
        for (String id : List.of("T100369", "T100372", "T100365", "T100366", "T100375", "T100370", "T100371", "T100363")) {
            expect(P1, id, "total", "87.5", "rank_school", "6");
        }
        // 九龙学区/小学 2024-2025 (杨庄 18 + 辛庄 18 + 前埠 6 + 张家庄 18 = 60 graded), top of the totals:
        // 96.5 T100688, 96.5 T100651 | 95.5 T100691 | 94.5 T100692, 94.5 T100674 | 92.5 T100671, T100659,
        // T100627 | 92.0 T100675 | 91.5 T100621 | 91.0 T100622, T100658 | 89.5 …
        expect(P1, "T100688", "rank_zone_stage", "1");
        expect(P1, "T100651", "rank_zone_stage", "1");
        expect(P1, "T100691", "rank_zone_stage", "3");
        expect(P1, "T100692", "rank_zone_stage", "4");
        expect(P1, "T100674", "rank_zone_stage", "4");
        expect(P1, "T100627", "rank_zone_stage", "6");
        expect(P1, "T100675", "rank_zone_stage", "9");
        expect(P1, "T100621", "rank_zone_stage", "10");
        expect(P1, "T100622", "rank_zone_stage", "11");
        expect(P1, "T100658", "rank_zone_stage", "11");
        // 高中 2024-2025 across the district (四中, 北海中学's 高中, 文华): the three highest totals are
        // T100011 98.5, T100015 96.5, T100055 95.0 (capped, still ranked) → 1, 2, 3
        expect(P1, "T100011", "rank_district_stage", "1");
        expect(P1, "T100015", "rank_district_stage", "2");
        expect(P1, "T100055", "rank_district_stage", "3");
        // rank_school is one ranking over a whole school, across its stages: 潍坊北海中学 (初中 + 高中)
        // 2024-2025 has T100055 95.0 on top, then T100038 (初中) 94.0 → 2
        expect(P1, "T100055", "rank_school", "1");
        expect(P1, "T100038", "rank_school", "2");
    }

    // ------------------------------------------------------------------ tiers

    @Test
    void tierChangesOfTheFirstPeriod() {
        // No history yet: prior_tier is the roster's 现任梯队.
        // 保留首席 — T100240 declared 首席, 97.0 优秀 (see above) → step 1 keeps 首席
        expect(P1, "T100240", "prior_tier", "首席", "tier", "首席", "tier_change", "保留首席");
        // 首席降为骨干 — T100254 实验小学, declared 首席: 13.5+13.0+8.5+12.0+8.0+8.5+9.0+12.5 = 85.0 → 合格,
        // not 优秀 → step 1 fails; step 2: 合格 and not capped → 骨干
        expect(P1, "T100254", "total", "85.0", "grade", "合格", "prior_tier", "首席", "tier", "骨干",
                "tier_change", "首席降为骨干");
        // 首席降为骨干 for a capped-by-training 98.5 — T100130 (合格, see above), declared 首席 → 骨干
        expect(P1, "T100130", "prior_tier", "首席", "tier", "骨干", "tier_change", "首席降为骨干");
        // 首席降为普通 — T100055 declared 首席, 95.0 but capped → 合格; step 1 fails (not 优秀); step 2
        // fails (capped) → 普通
        expect(P1, "T100055", "prior_tier", "首席", "tier", "普通", "tier_change", "首席降为普通");
        // 退出骨干 — T100357 declared 骨干, 68.5 基本合格 → step 2 fails → 普通
        expect(P1, "T100357", "prior_tier", "骨干", "tier", "普通", "tier_change", "退出骨干");
        // 退出骨干 — T100555 declared 骨干, 合格 but capped → step 2 fails → 普通
        expect(P1, "T100555", "prior_tier", "骨干", "tier", "普通", "tier_change", "退出骨干");
        // 无变化 for 未评分 — T100779 黄旗堡中学 declared 骨干, its score row has 师德 "良好" and is rejected
        // → 未评分 keeps the prior tier
        expect(P1, "T100779", "grade", "未评分", "prior_tier", "骨干", "tier", "骨干", "tier_change", "无变化");
        // 无变化 for a vetoed 普通 — T100636 → 普通 stays 普通
        expect(P1, "T100636", "prior_tier", "普通", "tier", "普通", "tier_change", "无变化");

        // 新晋骨干 and its position cut, 九龙学区/小学: n = 60 (above) → cut = ceil(0.2 × 60) = 12.
        // Merit order (total desc, ethics desc, moral desc, years desc, ID asc) of ALL graded teachers of the
        // zone-stage, 合格 ones included: 1 T100688 96.5 (15.0/15.0, y4), 2 T100651 96.5 (15.0/14.5),
        // 3 T100691 95.5, 4 T100692 94.5 (14.0; 合格, 区级 2 h), 5 T100674 94.5 (13.5), 6 T100671 92.5 (14.0),
        // 7 T100659 92.5 (13.5/13.5, y12), 8 T100627 92.5 (12.5; 合格, m27), 9 T100675 92.0, 10 T100621 91.5,
        // 11 T100622 91.0 (ethics 14.0), 12 T100658 91.0 (ethics 13.5), 13 T100687 89.5 …
        // T100658 辛庄小学, 普通: 13.5+14.0+9.0+14.5+9.0+9.0+8.5+13.5 = 91.0, m37, h 18/4/12 (34) → 优秀,
        // y7 ≥ 3, position 12 ≤ 12 → 新晋骨干 (on the cut)
        expect(P1, "T100658", "grade", "优秀", "prior_tier", "普通", "tier", "骨干", "tier_change", "新晋骨干");
        // T100622 杨庄小学: 14.0+13.5+9.0+13.5+9.5+9.5+9.0+13.0 = 91.0, m37, h 6/6/12 (24) → 优秀, y7,
        // position 11 → 新晋骨干
        expect(P1, "T100622", "tier", "骨干", "tier_change", "新晋骨干");
        // T100691 张家庄小学: 95.5 优秀, position 3, but y2 < 3 → stays 普通, 无变化
        expect(P1, "T100691", "grade", "优秀", "years", "2", "tier", "普通", "tier_change", "无变化");

        // 保留骨干 — T100040 潍坊北海中学 初中, declared 骨干: 14.0+13.5+9.0+14.5+9.0+9.0+9.0+14.0 = 92.0,
        // m31, h 10/4/16 (30) → 优秀 → step 2 keeps 骨干. It is also a step-4 candidate (骨干, 优秀,
        // meetings_ok, y19 ≥ 5) but its group 完全中学/初中 (北海中学's 21 graded 初中 teachers) has
        // S = max(1, floor(0.03 × 21 + 0.5)) = max(1, floor(1.13)) = 1 and T100038 (declared 首席,
        // 14.0+14.0+9.5+13.5+10.0+9.5+9.5+14.0 = 94.0 优秀) is kept in step 1 → S − kept = 0 → no new 首席
        expect(P1, "T100038", "tier", "首席", "tier_change", "保留首席");
        expect(P1, "T100040", "grade", "优秀", "prior_tier", "骨干", "tier", "骨干", "tier_change", "保留骨干");

        // S − kept below zero — group 高中/高中 = 潍坊四中 28 + 潍坊文华高级中学 31 = 59 graded:
        // S = max(1, floor(0.03 × 59 + 0.5)) = floor(2.27) = 2; kept in step 1: T100011 98.5, T100015 96.5,
        // T100002 93.0 (all declared 首席, all 优秀) = 3 → 2 − 3 < 0 → 0 seats.
        // T100011: 14.5+15.0+9.5+14.5+10.0+10.0+10.0+15.0 = 98.5, m35, h 16/10/6 → 优秀
        // T100015: 14.5+15.0+10.0+14.5+9.0+9.5+9.5+14.5 = 96.5, m32, h 6/14/12 → 优秀
        // T100002: 13.0+14.5+9.5+15.0+10.0+9.0+9.0+13.0 = 93.0, m40, h 18/6/12 → 优秀
        for (String id : List.of("T100011", "T100015", "T100002")) {
            expect(P1, id, "grade", "优秀", "tier", "首席", "tier_change", "保留首席");
        }
        // T100322 文华, declared 骨干: 13.0+13.0+9.0+13.0+9.5+9.5+9.0+14.5 = 90.5, m40, h 14/12/10, y22 — a
        // full candidate, but 0 seats → 保留骨干
        expect(P1, "T100322", "grade", "优秀", "tier", "骨干", "tier_change", "保留骨干");

        // 新晋首席 — group 九年一贯制/初中 = the 初中 teachers of 实验学校 9, 第二实验学校 9, 潍坊弘信学校 9,
        // 工业发展区实验学校 9, 北海学校 9, 黄旗堡实验学校 9 = 54: S = max(1, floor(1.62 + 0.5)) = 2; no
        // declared 首席 of the group is 优秀 → kept 0 → 2 seats. Candidates (prior 骨干, 优秀, m ≥ 30, y ≥ 5)
        // in merit order:
        // T100737 黄旗堡实验: 14.0+14.0+9.5+14.0+9.5+8.5+9.0+13.0 = 91.5 (ethics 14.0), m39, h 14/4/14, y8
        // T100732 黄旗堡实验: 13.5+14.5+10.0+13.5+8.5+9.0+9.0+13.5 = 91.5 (ethics 13.5), m34, h 18/10/6, y7
        // T100173 第二实验:   13.5+14.5+9.0+13.0+9.0+9.0+10.0+12.5 = 90.5 (13.5/14.5), m30, y20
        // T100140 实验学校:   13.5+14.0+9.0+13.0+9.0+9.5+9.5+13.0 = 90.5 (13.5/14.0), m38, y10
        // → the two seats go to T100737 and T100732; T100173 and T100140 stay 骨干
        expect(P1, "T100737", "prior_tier", "骨干", "tier", "首席", "tier_change", "新晋首席");
        expect(P1, "T100732", "prior_tier", "骨干", "tier", "首席", "tier_change", "新晋首席");
        expect(P1, "T100173", "grade", "优秀", "tier", "骨干", "tier_change", "保留骨干");
        expect(P1, "T100140", "grade", "优秀", "tier", "骨干", "tier_change", "保留骨干");
        // 新晋首席 — group 九年一贯制/小学 = 实验学校 23 + 第二实验 23 + 弘信 20 + 工业发展区 21 + 北海学校 19 +
        // 黄旗堡实验 22 = 128: S = max(1, floor(3.84 + 0.5)) = 4; its declared 首席 T100130, T100468 (95.5, 区级
        // 6 h, 22 h in all) and T100726 (86.5) are all 合格 → kept 0 → 4 seats for exactly four candidates:
        // T100108 94.5, T100191 91.5, T100110 90.5 and T100214 (14.0+13.0+9.5+13.0+8.5+9.5+9.0+13.5 = 90.0,
        // m32, h 18/6/8, y6)
        expect(P1, "T100214", "total", "90.0", "prior_tier", "骨干", "tier", "首席", "tier_change", "新晋首席");
    }

    @Test
    void tierChangesOfTheSecondPeriodComeFromHistory() {
        // The 2025-2026 rosters still declare last year's tiers; history wins.
        // T100055: roster 2025-2026 says 首席, history (2024-2025 tier) says 普通 → prior 普通.
        // 97.0 优秀 (above), y7 ≥ 3; 区直/高中 = 潍坊四中 29 + 北海中学 19 + 文华 31 = 79 graded,
        // cut = ceil(0.2 × 79) = ceil(15.8) = 16; the only higher total in it is T100011's 97.5 → position 2
        // ≤ 16 → 新晋骨干
        expect(P2, "T100055", "prior_tier", "普通", "tier", "骨干", "tier_change", "新晋骨干");
        // 新晋首席 — group 完全中学/高中 = 北海中学's 19 graded 高中 teachers: S = max(1, floor(0.57 + 0.5)) = 1.
        // Kept in step 1: none (T100055's prior tier is 普通, not the roster's 首席) → 1 seat.
        // Candidates: T100059 (prior 骨干): 13.5+13.5+9.5+13.5+8.5+9.0+9.5+13.5 = 90.5, m30 ≥ 30 (on the
        // boundary), h 16/10/6 (32), y14 → 优秀; T100068 (prior 骨干): 13.5+14.0+9.5+13.5+9.0+8.5+8.5+13.5 =
        // 90.0, m33, h 10/10/20, y5 → 优秀. Merit order: 90.5 before 90.0 → T100059 gets the seat.
        expect(P2, "T100059", "total", "90.5", "grade", "优秀", "meetings_ok", "true", "prior_tier", "骨干",
                "tier", "首席", "tier_change", "新晋首席");
        expect(P2, "T100068", "total", "90.0", "grade", "优秀", "prior_tier", "骨干", "tier", "骨干",
                "tier_change", "保留骨干");
        // 首席降为骨干 by history — T100214: roster 2025-2026 says 骨干, 2024-2025 tier 首席 → prior 首席;
        // 13.0+13.5+8.5+13.0+9.0+9.0+9.0+13.5 = 88.5 → 合格, not capped → 骨干
        expect(P2, "T100214", "total", "88.5", "grade", "合格", "prior_tier", "首席", "tier", "骨干",
                "tier_change", "首席降为骨干");
        // 保留首席 by history — T100737: roster says 骨干, 2024-2025 tier 首席;
        // 13.0+13.5+9.0+13.5+9.0+9.0+9.5+14.5 = 91.0, m37, h 8/14/10 (32) → 优秀 → 首席 kept
        expect(P2, "T100737", "total", "91.0", "grade", "优秀", "prior_tier", "首席", "tier", "首席",
                "tier_change", "保留首席");
        // 无变化 after 退出骨干 — T100357: roster still says 骨干, history 普通; 66.0 基本合格 → 普通
        expect(P2, "T100357", "prior_tier", "普通", "tier", "普通", "tier_change", "无变化");
        // the 未评分 teacher of 2024-2025 kept 骨干 in history — T100779: 2025-2026
        // 14.0+13.5+9.0+13.5+9.0+8.0+8.0+13.5 = 88.5 合格 → 保留骨干
        expect(P2, "T100779", "total", "88.5", "prior_tier", "骨干", "tier", "骨干", "tier_change", "保留骨干");
        // 新晋骨干, small zone-stage — 坊城学区/初中 = 北海学校's 9 graded 初中 teachers → cut = ceil(1.8) = 2.
        // Merit order: 1 T100481 14.0+14.0+8.5+14.0+9.5+9.0+9.0+14.0 = 92.0 (y1), 2 T100477
        // 13.5+13.5+9.0+14.5+9.0+9.0+9.5+13.5 = 91.5 (m39, h 12/12/10, y14), 3 T100482 86.0, …
        // T100481: 优秀 but y1 < 3 → 无变化; T100477: 优秀, y14, position 2 ≤ 2 → 新晋骨干
        expect(P2, "T100481", "grade", "优秀", "tier", "普通", "tier_change", "无变化");
        expect(P2, "T100477", "total", "91.5", "grade", "优秀", "prior_tier", "普通", "tier", "骨干",
                "tier_change", "新晋骨干");
        // 未评分 keeps the prior tier from history — T100432 凤凰中学: 2024-2025
        // 15.0+14.0+9.0+13.0+9.0+10.0+9.0+13.0 = 92.0 but h 5/4/8.5 → 合格, prior 骨干 → 保留骨干; 2025-2026 the
        // school sent no 考核评分 row for it → 未评分 → keeps 骨干 (history), 无变化
        expect(P2, "T100432", "grade", "未评分", "tier", "骨干", "tier_change", "无变化");
    }

    // ------------------------------------------------------------------ commendation

    @Test
    void juniorStageCommendation2024LargestRemainderPoolAndCity() {
        // n(初中) = 九龙中学 16 | 凤凰中学 18 (19 on the roster, T100439 未评分) | 区直: 北海中学 21 + 崇文 17 +
        // 尚文 21 + 实验学校 9 + 第二实验 9 + 弘信 9 + 工业发展区 9 = 95 | 坊城: 北海学校 9 | 坊安: 南流中学 20 |
        // 黄旗堡: 黄旗堡实验 9 + 黄旗堡中学 18 = 27 → n = 16+18+95+9+20+27 = 185.
        // Q = floor(0.10 × 185 + 0.5) = floor(19.0) = 19.
        // Shares Q × n_zone / n: 九龙 304/185 = 1 + 119/185; 凤凰 342/185 = 1 + 157/185; 区直 1805/185 =
        // 9 + 140/185; 坊城 171/185 = 0 + 171/185; 坊安 380/185 = 2 + 10/185; 黄旗堡 513/185 = 2 + 143/185.
        // Floors 1+1+9+0+2+2 = 15; 4 seats left, by remainder 171 坊城 > 157 凤凰 > 143 黄旗堡 > 140 区直
        // (> 119 九龙 > 10 坊安). No two remainders are equal, so the tie rule (larger n_zone, then name) is
        // not reached in this 学段 — nor anywhere in the sample (2024-2025 小学 remainders /454: 430, 62,
        // 75, 201, 434, 160; 2025-2026 小学 /471: 90, 275, 30, 463, 325, 230; 初中 /184: 104, 140, 0, 162,
        // 10, 136; 高中 has one zone).
        // Seats: 九龙 1, 凤凰 2, 区直 10, 坊城 1, 坊安 2, 黄旗堡 3 (= 19).
        // Eligible (优秀, y ≥ 1) per zone in merit order:
        //   九龙 T100643 95.5 → 1 of 1.
        //   凤凰 T100422 93.0 only → 1 of 2, one seat to the pool.
        //   坊城 none: its only 优秀 T100481 (90.0) has y0 → 0 of 1, one seat to the pool.
        //   坊安 T100548 97.0, T100567 95.0, T100561 92.5, T100556 91.5 (T100555 96.5 capped and T100549
        //        96.5 with m22 are 合格) → the 2 seats to T100548 and T100567.
        //   黄旗堡 T100737 91.5, T100732 91.5, T100774 91.0 (T100785 93.0 has y0) → 3 of 3.
        //   区直 T100038 94.0, T100089 93.5, T100197 92.5, T100071 92.0 (14.0/14.0), T100040 92.0 (14.0/13.5),
        //        T100091 91.5, then five at 90.5: T100046 (ethics 14.0), T100173 (13.5/14.5), T100140
        //        (13.5/14.0), T100076 (13.5/13.0), T100226 (12.5) → the 10 seats end at T100076; T100226 is
        //        11th (the merit tie-break decides the last seat).
        // Pool: 2 seats, filled from the remaining eligible of the 学段 in merit order: T100561 92.5,
        // T100556 91.5, (T100226 90.5, T100078 90.0, T100101 90.0) → T100561 and T100556.
        Map<String, Long> perZone = count(P1, r -> r.get("stage").equals("初中") && r.get("commended").equals("true"),
                "zone");
        assertThat(perZone).isEqualTo(Map.of("九龙学区", 1L, "凤凰学区", 1L, "区直", 10L, "坊安学区", 4L, "黄旗堡学区", 3L));
        for (String id : List.of("T100643", "T100422", "T100548", "T100567", "T100737", "T100732", "T100774",
                "T100038", "T100089", "T100197", "T100071", "T100040", "T100091", "T100046", "T100173", "T100140",
                "T100076", "T100561", "T100556")) {
            expect(P1, id, "grade", "优秀", "commended", "true");
        }
        // T100226 程淑芸 12.5+14.5+9.5+12.5+9.5+9.5+8.5+14.0 = 90.5, 优秀, y1: 11th in 区直, 3rd in the pool
        expect(P1, "T100226", "total", "90.5", "grade", "优秀", "commended", "false");
        // 优秀 with y0: never commended
        expect(P1, "T100481", "grade", "优秀", "commended", "false");
        expect(P1, "T100785", "grade", "优秀", "commended", "false");
        // City: c = 19 → floor(0.2 × 19 + 0.5) = floor(4.3) = 4: the first four commended in merit order,
        // T100548 97.0, T100643 95.5, T100567 95.0, T100038 94.0 (the fifth, T100089 93.5, is not)
        assertThat(ids(P1, r -> r.get("stage").equals("初中") && r.get("city_recommended").equals("true")))
                .containsExactlyInAnyOrder("T100548", "T100643", "T100567", "T100038");
    }

    @Test
    void commendationPoolsAndCityCountsInEveryStage() {
        // 2024-2025 小学: n = 九龙 60 + 凤凰 72 (14+13+16+15+14) + 区直 153 (23+23+20+21+17+18+17+14) +
        // 坊城 65 (15+19+15+16) + 坊安 50 (17+18+15) + 黄旗堡 54 (16+22+16) = 454 → Q = floor(45.4 + 0.5) = 45.
        // Shares /454: 九龙 2700 = 5 r430, 凤凰 3240 = 7 r62, 区直 6885 = 15 r75, 坊城 2925 = 6 r201,
        // 坊安 2250 = 4 r434, 黄旗堡 2430 = 5 r160; floors 42, 3 left → 坊安, 九龙, 坊城.
        // Seats 九龙 6, 凤凰 7, 区直 15, 坊城 7, 坊安 5, 黄旗堡 5. 凤凰 has only 3 eligible (T100392 94.0,
        // T100360 92.5, T100407 90.5) → 4 seats to the pool; every other zone has more eligible than seats.
        // Remaining eligible of 小学 in merit order: T100675 92.0 (13.5), T100163 92.0 (13.0), T100268 91.5
        // (14.5), T100191 91.5 (14.0/14.0, y21), T100278 91.5 (14.0/14.0, y7), … → the pool's 4 seats go to
        // T100675, T100163, T100268, T100191: T100191 beats T100278 on 担任班主任年限 21 > 7 after equal
        // total, 师德师风 and 德育工作.
        // T100191: 14.0+14.0+9.0+14.0+9.0+9.0+9.0+13.5 = 91.5; T100278: 14.0+14.0+9.0+14.0+10.0+9.0+8.5+13.0 = 91.5
        for (String id : List.of("T100392", "T100360", "T100407", "T100675", "T100163", "T100268", "T100191")) {
            expect(P1, id, "commended", "true");
        }
        expect(P1, "T100278", "total", "91.5", "grade", "优秀", "commended", "false");
        // 2024-2025 高中: n = 四中 28 + 北海中学 19 + 文华 31 = 78 → Q = floor(7.8 + 0.5) = 8, one zone (区直)
        // → 8 seats. 优秀: T100011 98.5, T100015 96.5, T100026 94.5 (y1), T100002 93.0, T100051 92.5 (y0),
        // T100337 92.0, T100334 91.5 (y2), T100322 90.5, T100056 90.5 (y0) → 7 eligible → 7 commended, the
        // 8th seat goes to the pool, and the pool finds nobody left → c = 7 < Q.
        // City: floor(0.2 × 7 + 0.5) = floor(1.9) = 1 → T100011.
        assertThat(ids(P1, r -> r.get("stage").equals("高中") && r.get("commended").equals("true")))
                .containsExactlyInAnyOrder("T100011", "T100015", "T100026", "T100002", "T100337", "T100334", "T100322");
        assertThat(ids(P1, r -> r.get("stage").equals("高中") && r.get("city_recommended").equals("true")))
                .containsExactly("T100011");
        // Per 学段, commended c and city floor(0.2c + 0.5):
        // 2024-2025 小学 c = 45 → floor(9.5) = 9; 初中 19 → 4; 高中 7 → 1.
        // 2025-2026: 小学 n = 42+76+171+80+47+55 = 471 → Q = floor(47.1 + 0.5) = 47, pool 2 (凤凰 8 seats,
        // 6 eligible), filled → c = 47 → city floor(9.9) = 9; 初中 n = 184 → Q = floor(18.9) = 18, pool 1
        // (凤凰 2 seats, 1 eligible), filled → c = 18 → city floor(4.1) = 4; 高中 n = 79 → Q = floor(8.4) = 8,
        // 12 eligible → c = 8 → city floor(2.1) = 2 (T100011 97.5, T100055 97.0).
        assertThat(count(P1, r -> r.get("commended").equals("true"), "stage"))
                .isEqualTo(Map.of("小学", 45L, "初中", 19L, "高中", 7L));
        assertThat(count(P1, r -> r.get("city_recommended").equals("true"), "stage"))
                .isEqualTo(Map.of("小学", 9L, "初中", 4L, "高中", 1L));
        assertThat(count(P2, r -> r.get("commended").equals("true"), "stage"))
                .isEqualTo(Map.of("小学", 47L, "初中", 18L, "高中", 8L));
        assertThat(count(P2, r -> r.get("city_recommended").equals("true"), "stage"))
                .isEqualTo(Map.of("小学", 9L, "初中", 4L, "高中", 2L));
        assertThat(ids(P2, r -> r.get("stage").equals("高中") && r.get("city_recommended").equals("true")))
                .containsExactlyInAnyOrder("T100011", "T100055");
        // only commended teachers are recommended to the city
        for (String period : List.of(P1, P2)) {
            assertThat(RESULTS.get(period)).filteredOn(r -> r.get("city_recommended").equals("true"))
                    .allSatisfy(r -> assertThat(r).containsEntry("commended", "true"));
        }
        // 2024-2025 小学 city: the nine commended above 97.0 (T100269 99.5, T100514 99.0, T100274, T100595,
        // T100245, T100277 98.0, T100284, T100276, T100275 97.5); T100240 (97.0) is the tenth → not
        expect(P1, "T100275", "city_recommended", "true");
        expect(P1, "T100240", "commended", "true", "city_recommended", "false");
    }

    // ------------------------------------------------------------------ schools

    @Test
    void schoolRowsAndFlags() {
        // 兴国小学 2024-2025: 13 graded, 5 × 88.5 + 8 × 87.5 = 442.5 + 700.0 = 1142.5 → mean 87.8846… → 87.88;
        // population variance = 1.0² × (5/13)(8/13) = 40/169 ≈ 0.237 → SD ≈ 0.49 < 1.0 with ≥ 5 graded → flagged;
        // all 13 合格, nobody 优秀 → no commendation
        school(P1, "WF-FH-002", "submitted", "true", "teachers", "13", "graded", "13", "mean_total", "87.88",
                "excellent", "0", "qualified", "13", "basic", "0", "failed", "0", "commended", "0",
                "undifferentiated", "true");
        // 2025-2026: 14 graded, 4 × 88.5 + 10 × 87.5 = 354.0 + 875.0 = 1229.0 → 87.7857… → 87.79;
        // variance (4/14)(10/14) = 40/196 ≈ 0.204 → flagged again
        school(P2, "WF-FH-002", "teachers", "14", "graded", "14", "mean_total", "87.79", "undifferentiated", "true");
        // 理想小学 2024-2025: 17 graded, 14 优秀 (totals 99.5, 98.0, 98.0, 97.5 ×3, 95.0, 94.5, 91.5 ×3,
        // 91.0 ×3; the other three 87.5, 84.0, 84.0) → 14/17 ≈ 82 % > 60 % → flagged (its SD ≈ 4.7 ≥ 1, so
        // only the share flags it). Sum 1580.5 / 17 = 92.970… → 92.97. Commended 9: T100269, T100274,
        // T100277, T100284, T100276, T100275, T100281, T100283 hold 8 of 区直's 15 小学 seats, T100268 one pool seat.
        school(P1, "WF-QZ-011", "teachers", "17", "graded", "17", "mean_total", "92.97", "excellent", "14",
                "qualified", "3", "commended", "9", "undifferentiated", "true");
        // not flagged — 前埠小学 2024-2025: 6 graded (≥ 5, so both tests apply): 94.5, 92.5, 88.0, 86.0, 78.5,
        // 75.0 → sum 514.5, mean 85.75; squared deviations 76.5625 + 45.5625 + 5.0625 + 0.0625 + 52.5625 +
        // 115.5625 = 295.375, /6 = 49.23 → SD ≈ 7.0 ≥ 1; 优秀 2/6 ≈ 33 % ≤ 60 % → not flagged.
        // T100674 94.5 and T100671 92.5 hold 2 of 九龙学区's 6 小学 seats.
        school(P1, "WF-JL-004", "teachers", "6", "graded", "6", "mean_total", "85.75", "excellent", "2",
                "qualified", "4", "commended", "2", "undifferentiated", "false");
        // 未报送 — 黄旗堡街道后所小学 sends no file in either period; 三马路小学's 2024-2025 file is corrupt
        for (String period : List.of(P1, P2)) {
            school(period, "WF-HQ-003", "school_name", "黄旗堡街道后所小学", "zone", "黄旗堡学区", "submitted", "false",
                    "teachers", "0", "graded", "0", "mean_total", "", "excellent", "0", "commended", "0",
                    "undifferentiated", "false");
        }
        school(P1, "WF-QZ-012", "submitted", "false", "teachers", "0", "graded", "0", "mean_total", "");
        // every registry school has one row: 40 per period
        assertThat(SCHOOLS.get(P1)).hasSize(40);
        assertThat(SCHOOLS.get(P2)).hasSize(40);
        // the flagged schools are exactly these two, in both periods
        for (String period : List.of(P1, P2)) {
            assertThat(SCHOOLS.get(period)).filteredOn(s -> s.get("undifferentiated").equals("true"))
                    .extracting(s -> s.get("school_code")).containsExactlyInAnyOrder("WF-FH-002", "WF-QZ-011");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Asserts the named columns of one teacher's results.csv row: key, value, key, value, … */
    private static void expect(String period, String teacherId, String... keyValues) {
        Map<String, String> row = RESULTS.get(period).stream().filter(r -> r.get("teacher_id").equals(teacherId))
                .findFirst().orElseThrow(() -> new AssertionError(period + ": no row for " + teacherId));
        for (int i = 0; i < keyValues.length; i += 2) {
            assertThat(row.get(keyValues[i])).as(period + " " + teacherId + " " + keyValues[i]).isEqualTo(keyValues[i + 1]);
        }
    }

    private static void school(String period, String code, String... keyValues) {
        Map<String, String> row = SCHOOLS.get(period).stream().filter(r -> r.get("school_code").equals(code))
                .findFirst().orElseThrow(() -> new AssertionError(period + ": no row for " + code));
        for (int i = 0; i < keyValues.length; i += 2) {
            assertThat(row.get(keyValues[i])).as(period + " " + code + " " + keyValues[i]).isEqualTo(keyValues[i + 1]);
        }
    }

    private static List<String> ids(String period) {
        return ids(period, r -> true);
    }

    private static List<String> ids(String period, Predicate<Map<String, String>> filter) {
        return RESULTS.get(period).stream().filter(filter).map(r -> r.get("teacher_id")).toList();
    }

    private static Map<String, Long> count(String period, Predicate<Map<String, String>> filter, String by) {
        return RESULTS.get(period).stream().filter(filter)
                .collect(Collectors.groupingBy(r -> r.get(by), TreeMap::new, Collectors.counting()));
    }
}
