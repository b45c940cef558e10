package com.homeroom.publish;

import com.homeroom.intake.IntakeHarness;
import com.homeroom.intake.SchoolWorkbook;
import com.homeroom.intake.TestWorkbook;
import com.homeroom.scoring.Scheme;
import com.homeroom.scoring.SchemeLoader;
import com.homeroom.scoring.Scoring;
import com.homeroom.warehouse.Warehouse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small district taken through intake and scoring on a real DuckDB file, whose workbooks carry
 * text that a spreadsheet would run as a formula:
 * <ul>
 *   <li>FH-001 凤凰小学 (小学): 王小明 (phone 13800138001, born 1985-03-01), 李红, and a teacher named
 *       {@code =1+1}; its 基本信息 says 学校名称 {@code =SUM(A1)} (a warning) and a roster row has 学段
 *       {@code +小学} (rejected);</li>
 *   <li>QZ-002 实验学校 (九年一贯制): a 初中 teacher named {@code -2} and a 小学 teacher, no problems;</li>
 *   <li>QZ-003, registered as {@code @潍坊四中}: no file (未报送), so no problems;</li>
 *   <li>a workbook for a school code not in the registry: rejected whole, with no school_code.</li>
 * </ul>
 * results.csv, schools.csv and rejects.csv of the period are in {@link #csvDir}.
 */
record ScoredDistrict(Warehouse warehouse, Scheme scheme, Path csvDir) implements AutoCloseable {

    static final String P = "2025-2026";
    static final String PHONE = "13800138001";

    static ScoredDistrict build(Path dir) throws Exception {
        Path input = dir.resolve("in");
        TestWorkbook.xlsx().sheet("学校名录")
                .row("学校代码", "学校名称", "学区", "学校类型")
                .row("FH-001", "凤凰小学", "凤凰学区", "小学")
                .row("QZ-002", "实验学校", "区直", "九年一贯制")
                .row("QZ-003", "@潍坊四中", "区直", "完全中学")
                .writeTo(input.resolve("学校名录.xlsx"));

        SchoolWorkbook fenghuang = SchoolWorkbook.twoTeachers();
        fenghuang.schoolName = "=SUM(A1)";
        fenghuang.roster.add(new Object[]{"T0003", "=1+1", "小学", "五年级", "3班", 8, "女", null, 42, null, "普通", null});
        fenghuang.scores.add(new Object[]{"T0003", "=1+1", 12, 12, 8, 12, 8, 8, 8, 12, "合格"});
        fenghuang.activity.add(new Object[]{"T0003", 30, 8, 10, 12, null, null, null, null, null, null});
        fenghuang.roster.add(new Object[]{"T0009", "赵六", "+小学", "二年级", "1班", 2, "男", null, 40, null, "普通", null});
        fenghuang.writeTo(input.resolve("凤凰学区/凤凰小学.xlsx"));

        SchoolWorkbook shiyan = new SchoolWorkbook();
        shiyan.schoolCode = "QZ-002";
        shiyan.schoolName = "实验学校";
        shiyan.roster.add(new Object[]{"T0101", "-2", "初中", "七年级", "1班", 6, "男", LocalDate.of(1980, 1, 2), 50, null, "普通", "13900139002"});
        shiyan.roster.add(new Object[]{"T0102", "李四", "小学", "一年级", "1班", 2, "女", null, 38, null, "普通", null});
        shiyan.scores.add(new Object[]{"T0101", "-2", 13, 13, 9, 13, 9, 9, 9, 13, "合格"});
        shiyan.scores.add(new Object[]{"T0102", "李四", 11, 11, 7, 11, 7, 7, 7, 11, "合格"});
        shiyan.activity.add(new Object[]{"T0101", 30, 8, 10, 12, null, null, null, null, null, null});
        shiyan.activity.add(new Object[]{"T0102", 30, 8, 10, 12, null, null, null, null, null, null});
        shiyan.writeTo(input.resolve("区直/实验学校.xlsx"));

        SchoolWorkbook unknown = SchoolWorkbook.twoTeachers();
        unknown.schoolCode = "ZZ-999";
        unknown.schoolName = "不在名录的学校";
        unknown.writeTo(input.resolve("其他/不在名录.xlsx"));

        Scheme scheme = SchemeLoader.loadDefault();
        IntakeHarness.Result intake = IntakeHarness.run(input, dir, P, scheme);
        Path csvDir = dir.resolve("out").resolve(P).resolve("district");
        new Scoring(intake.warehouse()).score(P, scheme);
        new ResultsExport(intake.warehouse()).write(P, scheme, csvDir);
        return new ScoredDistrict(intake.warehouse(), scheme, csvDir);
    }

    List<Map<String, String>> csv(String name) throws Exception {
        return IntakeHarness.readCsv(csvDir.resolve(name));
    }

    @Override
    public void close() throws Exception {
        warehouse.close();
    }
}
