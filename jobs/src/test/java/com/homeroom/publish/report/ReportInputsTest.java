package com.homeroom.publish.report;

import com.homeroom.intake.IntakeHarness;
import com.homeroom.intake.SchoolWorkbook;
import com.homeroom.reports.BulletinData;
import com.homeroom.reports.CommendationListData;
import com.homeroom.reports.DataProblem;
import com.homeroom.reports.Explanation;
import com.homeroom.reports.ReportData;
import com.homeroom.reports.ReportHeader;
import com.homeroom.reports.ReportRenderer;
import com.homeroom.reports.SchoolReportData;
import com.homeroom.reports.TeacherArchiveData;
import com.homeroom.reports.TierListData;
import com.homeroom.scoring.Scheme;
import com.homeroom.scoring.SchemeLoader;
import com.homeroom.scoring.Scoring;
import com.homeroom.warehouse.Warehouse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Real workbooks of two periods → intake → validation → scoring → {@link ReportInputs} → records,
 * with every expected value worked out by hand below, then rendered to PDF and read back with PDFBox.
 *
 * <p>Registry: 凤凰小学 FH-001 (凤凰学区, 小学), 实验学校 QZ-002 (区直, 九年一贯制), 潍坊四中 QZ-003
 * (区直, 完全中学, never submits).
 * <pre>
 * 2024-2025  FH-001  T0001 王小明 80.0 合格 普通→普通 · T0002 李红 80.0 合格 骨干 保留 · T0003 周敏 85.0 合格 骨干 保留
 * 2025-2026  FH-001  T0001 王小明 91.5 优秀 (普通 by history) 新晋骨干, 区级·推荐市级
 *                    T0002 李红   80.0 合格 保留骨干
 *                    T0003 周敏   80.0 师德不合格 → 不合格, 退出骨干; 联系电话 1380013800 invalid (warning)
 *                    T0004 孙丽   88.0 合格
 *                    + 凤凰小学-初稿.xlsx, an earlier 填报日期: superseded (warning)
 *            QZ-002  T0101 张伟 小学 95.0 优秀 保留首席 · T0102 刘洋 初中 93.0, 20 班会 → 合格, 首席降为骨干
 *                    T0103 陈静 初中, 师德师风 16 rejected → 未评分 (MISSING_SCORE warning)
 *                    T0104 赵磊 初中 85.0, 主要责任·严重 → 不合格, 追究责任
 *                    + 实验学校-补报.xlsx, last year's workbook sent again: rejected (WRONG_PERIOD)
 *            未知文件.xlsx: not a workbook, names no school: rejected
 * </pre>
 */
class ReportInputsTest {

    private static final String P1 = "2024-2025";
    private static final String P2 = "2025-2026";
    private static final String VALID_PHONE = "13800138001";
    private static final String INVALID_PHONE = "1380013800";
    /** As typed (full-width comma) and as intake keeps it (full-width → half-width). */
    private static final String INCIDENT_TYPED = "课间活动管理不到位，学生攀爬栏杆坠落骨折";
    private static final String INCIDENT = "课间活动管理不到位,学生攀爬栏杆坠落骨折";

    @TempDir
    static Path dir;
    static Warehouse warehouse;
    static ReportInputs inputs;
    static ReportHeader header;

    @BeforeAll
    static void scoreTwoPeriods() throws Exception {
        Scheme scheme = SchemeLoader.loadDefault();
        Scoring scoring;

        Path first = dir.resolve("in-" + P1);
        SchoolWorkbook.writeRegistry(first);
        SchoolWorkbook fh1 = fengHuang(P1, LocalDate.of(2024, 12, 1));
        fh1.scores.set(0, new Object[]{"T0001", "王小明", 12, 12, 8, 12, 8, 8, 8, 12, "合格"});
        fh1.activity.set(0, new Object[]{"T0001", 30, 6, 8, 10, null, null, null, null, null, null});
        fh1.roster.add(new Object[]{"T0003", "周敏", "小学", "五年级", "3班", 7, "女", null, 42, null, "骨干", null});
        fh1.scores.add(new Object[]{"T0003", "周敏", 13, 13, 8, 13, 8, 8, 8, 14, "合格"});
        fh1.activity.add(new Object[]{"T0003", 30, 6, 8, 10, null, null, null, null, null, null});
        fh1.writeTo(first.resolve("凤凰学区/凤凰小学.xlsx"));
        try (Warehouse w = IntakeHarness.run(first, dir.resolve("work"), P1, scheme).warehouse()) {
            new Scoring(w).score(P1, scheme);
        }

        Path second = dir.resolve("in-" + P2);
        SchoolWorkbook.writeRegistry(second);
        SchoolWorkbook fh2 = fengHuang(P2, LocalDate.of(2025, 12, 1));
        fh2.roster.add(new Object[]{"T0003", "周敏", "小学", "五年级", "3班", 8, "女", null, 42, null, "骨干", INVALID_PHONE});
        fh2.scores.add(new Object[]{"T0003", "周敏", 12, 12, 8, 12, 8, 8, 8, 12, "不合格"});
        fh2.activity.add(new Object[]{"T0003", 30, 6, 8, 10, null, null, null, null, null, null});
        fh2.roster.add(new Object[]{"T0004", "孙丽", "小学", "六年级", "1班", 2, "女", null, 40, null, null, null});
        fh2.scores.add(new Object[]{"T0004", "孙丽", 13, 13, 9, 13, 9, 9, 9, 13, "合格"});
        fh2.activity.add(new Object[]{"T0004", 30, 6, 8, 10, null, null, null, null, null, null});
        fh2.writeTo(second.resolve("凤凰学区/凤凰小学.xlsx"));
        SchoolWorkbook draft = fengHuang(P2, LocalDate.of(2025, 11, 1));
        draft.writeTo(second.resolve("凤凰学区/凤凰小学-初稿.xlsx"));

        SchoolWorkbook qz = shiYan();
        qz.writeTo(second.resolve("区直/实验学校.xlsx"));
        SchoolWorkbook lastYear = shiYan();
        lastYear.period = "2024-2025学年";
        lastYear.fillDate = LocalDate.of(2025, 12, 9);
        lastYear.writeTo(second.resolve("区直/实验学校-补报.xlsx"));
        Files.writeString(second.resolve("未知文件.xlsx"), "not a workbook");

        warehouse = IntakeHarness.run(second, dir.resolve("work"), P2, scheme).warehouse();
        scoring = new Scoring(warehouse);
        scoring.score(P2, scheme);
        inputs = new ReportInputs(warehouse, scheme);
        header = ReportHeader.of(P2, LocalDate.of(2026, 7, 15), "a".repeat(64), "b".repeat(64));
    }

    /** 凤凰小学 with 王小明 (phone, birth date) and 李红, as {@link SchoolWorkbook#twoTeachers()}. */
    private static SchoolWorkbook fengHuang(String period, LocalDate filled) {
        SchoolWorkbook w = SchoolWorkbook.twoTeachers();
        w.period = period + "学年";
        w.fillDate = filled;
        w.roster.set(1, new Object[]{"T0002", "李红", "小学", "四年级", "(1)班", "3年", "女", null, 40, null, "骨干", null});
        return w;
    }

    private static SchoolWorkbook shiYan() {
        SchoolWorkbook w = new SchoolWorkbook();
        w.schoolCode = "QZ-002";
        w.schoolName = "实验学校";
        w.period = "2025-2026学年";
        w.fillDate = LocalDate.of(2025, 12, 1);
        w.roster.add(new Object[]{"T0101", "张伟", "小学", "五年级", "1班", 6, "男", null, 45, null, "首席", null});
        w.roster.add(new Object[]{"T0102", "刘洋", "初中", "七年级", "2班", 4, "男", null, 45, null, "首席", null});
        w.roster.add(new Object[]{"T0103", "陈静", "初中", "八年级", "1班", 2, "女", null, 45, null, null, null});
        w.roster.add(new Object[]{"T0104", "赵磊", "初中", "九年级", "3班", 10, "男", null, 45, null, null, null});
        w.scores.add(new Object[]{"T0101", "张伟", 15, 14, 10, 14, 9, 9, 10, 14, "合格"});
        w.scores.add(new Object[]{"T0102", "刘洋", 14, 14, 9, 14, 9, 9, 10, 14, "合格"});
        w.scores.add(new Object[]{"T0103", "陈静", 16, 14, 9, 14, 9, 9, 10, 14, "合格"});
        w.scores.add(new Object[]{"T0104", "赵磊", 13, 13, 8, 13, 8, 8, 8, 14, "合格"});
        w.activity.add(new Object[]{"T0101", 35, 8, 10, 12, null, null, null, null, null, null});
        w.activity.add(new Object[]{"T0102", 20, 8, 10, 12, null, null, null, null, null, null});
        w.activity.add(new Object[]{"T0103", 30, 6, 8, 10, null, null, null, null, null, null});
        w.activity.add(new Object[]{"T0104", 30, 6, 8, 10, null, null, null, null, null, null});
        w.incidents.add(new Object[]{"T0104", LocalDate.of(2026, 3, 18), INCIDENT_TYPED, "主要责任", "严重"});
        return w;
    }

    @AfterAll
    static void close() throws Exception {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Test
    void schoolsWithAnAcceptedFileGetAReport() throws Exception {
        assertThat(inputs.schoolCodes(P2)).containsExactly("FH-001", "QZ-002");
        assertThat(inputs.schoolCodes(P1)).containsExactly("FH-001");
    }

    @Test
    void aSchoolReportHoldsExactlyItsOwnTeachersInMeritOrder() throws Exception {
        SchoolReportData report = inputs.school(P2, "FH-001", header);
        assertThat(report.school()).isEqualTo(new SchoolReportData.School("FH-001", "凤凰小学", "凤凰学区", "小学"));
        assertThat(report.dimensions()).extracting(d -> d.code() + ":" + d.label() + ":" + d.max())
                .startsWith("ethics:师德师风:15", "moral:德育工作:15").hasSize(8);
        // 91.5, 88.0, then 80.0 twice: 周敏 (8 years) before 李红 (3 years) in the merit order
        assertThat(report.teachers()).extracting(SchoolReportData.Teacher::teacherId)
                .containsExactly("T0001", "T0004", "T0003", "T0002");
        SchoolReportData.Teacher wang = report.teachers().get(0);
        assertThat(wang.scores()).extracting(BigDecimal::toPlainString)
                .containsExactly("14.0", "13.5", "9.0", "14.0", "9.0", "9.0", "9.0", "14.0");
        assertThat(wang).extracting(SchoolReportData.Teacher::name, SchoolReportData.Teacher::stage,
                        SchoolReportData.Teacher::gradeLevel, SchoolReportData.Teacher::classNo, t -> t.total().toPlainString(),
                        SchoolReportData.Teacher::grade, SchoolReportData.Teacher::rankSchool,
                        SchoolReportData.Teacher::rankZoneStage, SchoolReportData.Teacher::rankDistrictStage,
                        SchoolReportData.Teacher::commended, SchoolReportData.Teacher::cityRecommended,
                        SchoolReportData.Teacher::tier, SchoolReportData.Teacher::tierChange)
                .containsExactly("王小明", "小学", "三年级", 2, "91.5", "优秀", 1, 1, 2, true, true, "骨干", "新晋骨干");
        assertThat(report.teachers()).extracting(SchoolReportData.Teacher::name, t -> t.total().toPlainString(),
                        SchoolReportData.Teacher::grade, SchoolReportData.Teacher::rankSchool, SchoolReportData.Teacher::tierChange)
                .containsExactly(tuple("王小明", "91.5", "优秀", 1, "新晋骨干"), tuple("孙丽", "88.0", "合格", 2, "无变化"),
                        tuple("周敏", "80.0", "不合格", 3, "退出骨干"), tuple("李红", "80.0", "合格", 3, "保留骨干"));
        assertThat(report.flags()).isEmpty();

        SchoolReportData other = inputs.school(P2, "QZ-002", header);
        assertThat(other.teachers()).extracting(SchoolReportData.Teacher::teacherId)
                .containsExactly("T0101", "T0102", "T0104", "T0103");
        SchoolReportData.Teacher unscored = other.teachers().get(3);
        assertThat(unscored.grade()).isEqualTo("未评分");
        assertThat(unscored.scores()).isEmpty();
        assertThat(unscored.total()).isNull();
        assertThat(unscored.rankSchool()).isNull();
    }

    @Test
    void aSchoolsMeansStandAgainstItsZoneAndTheDistrict() throws Exception {
        List<SchoolReportData.DimensionComparison> comparison = inputs.school(P2, "FH-001", header).comparison();
        assertThat(comparison).hasSize(8);
        // ethics: 凤凰小学 (14 + 12 + 12 + 13) / 4 = 12.75, alone in 凤凰学区;
        // district adds 实验学校 15 + 14 + 13 (陈静 未评分 left out): 93 / 7 = 13.2857… → 13.29
        assertThat(comparison.get(0)).extracting(c -> c.dimension().code(), c -> c.schoolMean().toPlainString(),
                c -> c.zoneMean().toPlainString(), c -> c.districtMean().toPlainString())
                .containsExactly("ethics", "12.75", "12.75", "13.29");
        // moral: (13.5 + 12 + 12 + 13) / 4 = 12.625 → 12.63; district (50.5 + 14 + 14 + 13) / 7 = 13.071… → 13.07
        assertThat(comparison.get(1)).extracting(c -> c.dimension().code(), c -> c.schoolMean().toPlainString(),
                c -> c.zoneMean().toPlainString(), c -> c.districtMean().toPlainString())
                .containsExactly("moral", "12.63", "12.63", "13.07");
        // 实验学校 is 区直's only school that submitted: its zone mean is its own, ethics 42 / 3 = 14.00
        SchoolReportData.DimensionComparison qz = inputs.school(P2, "QZ-002", header).comparison().get(0);
        assertThat(List.of(qz.schoolMean(), qz.zoneMean(), qz.districtMean())).extracting(BigDecimal::toPlainString)
                .containsExactly("14.00", "14.00", "13.29");
    }

    @Test
    void explanationsSayWhyAGradeOrTierIsWhatItIs() throws Exception {
        assertThat(inputs.school(P2, "FH-001", header).explanations())
                .extracting(Explanation::teacherName, Explanation::subject, Explanation::reason)
                .containsExactly(
                        tuple("周敏", "不合格", "师德考核结论为不合格：一票否决，等次为不合格"),
                        tuple("周敏", "不合格", "等次为不合格：不得继续从事班主任工作"),
                        tuple("周敏", "退出骨干", "上期为骨干、本期等次为不合格：退出骨干"));
        assertThat(inputs.school(P2, "QZ-002", header).explanations())
                .extracting(Explanation::teacherId, Explanation::subject, Explanation::reason)
                .containsExactly(
                        tuple("T0102", "优秀调整为合格", "总分93.0，不低于90：优秀"),
                        tuple("T0102", "优秀调整为合格", "主题班会20次，少于30次：优秀调整为合格"),
                        tuple("T0102", "首席降为骨干", "上期为首席、本期等次为合格：首席降为骨干"),
                        tuple("T0104", "不合格", "安全事故负主要责任、后果严重：一票否决，等次为不合格，追究责任"),
                        tuple("T0104", "不合格", "等次为不合格：不得继续从事班主任工作"),
                        tuple("T0103", "未评分", "没有有效的考核评分：等次为未评分"));
    }

    @Test
    void aSchoolSeesOnlyTheProblemsOfItsOwnFilesAndNoPhoneNumber() throws Exception {
        List<DataProblem> fh = inputs.school(P2, "FH-001", header).problems();
        assertThat(fh).extracting(DataProblem::file).allMatch(f -> f.startsWith("凤凰学区/凤凰小学"));
        assertThat(fh).extracting(DataProblem::code, DataProblem::severity, DataProblem::column, DataProblem::value)
                .containsExactlyInAnyOrder(tuple("SUPERSEDED", "warning", null, null),
                        tuple("INVALID_OPTIONAL", "warning", "联系电话", null));
        assertThat(fh).allSatisfy(p -> assertThat(p.message()).doesNotContain(INVALID_PHONE));

        List<DataProblem> qz = inputs.school(P2, "QZ-002", header).problems();
        assertThat(qz).extracting(DataProblem::file).allMatch(f -> f.startsWith("区直/实验学校"));
        assertThat(qz).extracting(DataProblem::file, DataProblem::severity, DataProblem::row, DataProblem::column)
                .contains(tuple("区直/实验学校-补报.xlsx", "error", null, null),
                        tuple("区直/实验学校.xlsx", "error", 4, "师德师风"));
        assertThat(qz).extracting(DataProblem::code).contains("MISSING_SCORE").doesNotContain("SUPERSEDED");
    }

    @Test
    void theBulletinSumsUpTheDistrict() throws Exception {
        BulletinData bulletin = inputs.bulletin(P2, header);
        // 3 registry schools, 潍坊四中 never submits; 4 + 4 teachers, 陈静 未评分; 王小明 the one seat
        // (小学: 5 graded → floor(0.5 + 0.5) = 1, to 凤凰学区 with the larger share 4/5) and the city's.
        assertThat(bulletin.summary()).isEqualTo(new BulletinData.Summary(3, 2, 8, 7, 1, 1, List.of("潍坊四中")));
        assertThat(bulletin.gradesByStage()).containsExactly(new BulletinData.GradeCount("小学", 2, 2, 0, 1, 0),
                new BulletinData.GradeCount("初中", 0, 1, 0, 1, 1));
        assertThat(bulletin.gradesByZone()).containsExactly(new BulletinData.GradeCount("凤凰学区", 1, 2, 0, 1, 0),
                new BulletinData.GradeCount("区直", 1, 1, 0, 1, 1));
        // (91.5 + 88 + 80 + 80) / 4 = 84.875 → 84.88; (95 + 93 + 85) / 3 = 91
        assertThat(bulletin.zoneMeans()).extracting(BulletinData.ZoneMean::zone, BulletinData.ZoneMean::graded,
                z -> z.meanTotal().toPlainString()).containsExactly(tuple("凤凰学区", 4, "84.88"), tuple("区直", 3, "91.00"));
        // ethics of 小学: 14 + 12 + 12 + 13 + 15 = 66 / 5 = 13.20; 初中: (14 + 13) / 2 = 13.50
        assertThat(bulletin.dimensionMeans()).hasSize(16)
                .filteredOn(m -> m.dimension().code().equals("ethics"))
                .extracting(BulletinData.StageDimensionMean::stage, m -> m.mean().toPlainString(), m -> m.percent().toPlainString())
                .containsExactly(tuple("小学", "13.20", "88.0"), tuple("初中", "13.50", "90.0"));
        assertThat(bulletin.schools()).extracting(BulletinData.SchoolLine::code, BulletinData.SchoolLine::submitted,
                        BulletinData.SchoolLine::teachers, BulletinData.SchoolLine::graded,
                        s -> s.meanTotal() == null ? null : s.meanTotal().toPlainString(), BulletinData.SchoolLine::excellent,
                        BulletinData.SchoolLine::failed, BulletinData.SchoolLine::commended, BulletinData.SchoolLine::flagText)
                .containsExactly(tuple("FH-001", true, 4, 4, "84.88", 1, 1, 1, ""),
                        tuple("QZ-002", true, 4, 3, "91.00", 1, 1, 0, ""),
                        tuple("QZ-003", false, 0, 0, null, 0, 0, 0, "未报送"));
        assertThat(bulletin.mustReplace()).extracting(BulletinData.FailedTeacher::teacherName,
                        BulletinData.FailedTeacher::classLabel, f -> f.total().toPlainString(), BulletinData.FailedTeacher::reason)
                .containsExactly(tuple("周敏", "小学 五年级3班", "80.0", "师德考核结论为不合格：一票否决，等次为不合格"),
                        tuple("赵磊", "初中 九年级3班", "85.0", "安全事故负主要责任、后果严重：一票否决，等次为不合格，追究责任"));
        assertThat(bulletin.accountability()).containsExactly(new BulletinData.AccountabilityCase("区直", "实验学校", "赵磊",
                "初中", "九年级", 3, "2026-03-18", INCIDENT, "主要责任", "严重"));
        assertThat(bulletin.tierChanges()).containsExactly(new BulletinData.TierChangeCount("保留首席", 1, 0, 0),
                new BulletinData.TierChangeCount("首席降为骨干", 0, 1, 0), new BulletinData.TierChangeCount("新晋骨干", 1, 0, 0),
                new BulletinData.TierChangeCount("保留骨干", 1, 0, 0), new BulletinData.TierChangeCount("退出骨干", 1, 0, 0));
        // FH-001: the superseded draft and the invalid phone are warnings; QZ-002: last year's workbook
        // is rejected, 陈静's score row is rejected and her missing score is a warning.
        assertThat(bulletin.dataQuality()).containsExactly(
                new BulletinData.SchoolDataQuality("凤凰学区", "FH-001", "凤凰小学", 1, 0, 0, 2),
                new BulletinData.SchoolDataQuality("区直", "QZ-002", "实验学校", 1, 1, 1, 1),
                new BulletinData.SchoolDataQuality("区直", "QZ-003", "潍坊四中", 0, 0, 0, 0),
                new BulletinData.SchoolDataQuality("—", "—", "未能对应登记学校的文件", 0, 1, 0, 0));
        assertThat(bulletin.undifferentiated()).isEmpty();
    }

    @Test
    void theCommendationListHoldsTheCommendedAndTheCityRecommended() throws Exception {
        CommendationListData list = inputs.commendations(P2, header);
        assertThat(list.documentNumber()).isEqualTo("区教体发〔2026〕1号");
        assertThat(list.commended()).containsExactly(new CommendationListData.Commended("小学", "凤凰学区", "凤凰小学",
                "王小明", "三年级", 2, new BigDecimal("91.5")));
        assertThat(list.cityRecommended()).isEqualTo(list.commended());
        assertThat(inputs.commendations(P1, header).commended()).isEmpty();
    }

    @Test
    void theTierListShowsEveryChangeInTheTierLeft() throws Exception {
        TierListData tiers = inputs.tiers(P2, header);
        assertThat(tiers.chiefs()).extracting(TierListData.Member::schoolType, TierListData.Member::stage,
                        TierListData.Member::teacherName, TierListData.Member::change)
                .containsExactly(tuple("九年一贯制", "小学", "张伟", "保留首席"), tuple("九年一贯制", "初中", "刘洋", "首席降为骨干"));
        // merit order: 刘洋 93.0, 王小明 91.5, 周敏 80.0 (8 years), 李红 80.0
        assertThat(tiers.backbones()).extracting(TierListData.Member::zone, TierListData.Member::teacherName,
                        TierListData.Member::grade, TierListData.Member::change)
                .containsExactly(tuple("区直", "刘洋", "合格", "首席降为骨干"), tuple("凤凰学区", "王小明", "优秀", "新晋骨干"),
                        tuple("凤凰学区", "周敏", "不合格", "退出骨干"), tuple("凤凰学区", "李红", "合格", "保留骨干"));
    }

    @Test
    void everyAssessedTeacherHasAnArchiveWithEveryPeriod() throws Exception {
        assertThat(inputs.teacherIds(P2)).extracting(t -> t.schoolCode() + "/" + t.teacherId())
                .containsExactly("FH-001/T0001", "FH-001/T0002", "FH-001/T0003", "FH-001/T0004",
                        "QZ-002/T0101", "QZ-002/T0102", "QZ-002/T0103", "QZ-002/T0104");

        TeacherArchiveData zhou = inputs.archive("T0003", header);
        assertThat(zhou.name()).isEqualTo("周敏");
        assertThat(zhou.periods()).extracting(TeacherArchiveData.Period::period, TeacherArchiveData.Period::schoolName,
                        TeacherArchiveData.Period::classLabel, p -> p.total().toPlainString(), TeacherArchiveData.Period::grade,
                        TeacherArchiveData.Period::tier, TeacherArchiveData.Period::tierChange, TeacherArchiveData.Period::meetings,
                        p -> p.trainingTotal().toPlainString())
                .containsExactly(tuple(P1, "凤凰小学", "小学 五年级3班", "85.0", "合格", "骨干", "保留骨干", 30, "24.0"),
                        tuple(P2, "凤凰小学", "小学 五年级3班", "80.0", "不合格", "普通", "退出骨干", 30, "24.0"));
        assertThat(zhou.periods().get(0).scores()).extracting(s -> s.dimension().label(), s -> s.value().toPlainString())
                .containsExactly(tuple("师德师风", "13.0"), tuple("德育工作", "13.0"), tuple("养成教育", "8.0"),
                        tuple("班级管理", "13.0"), tuple("社会实践", "8.0"), tuple("家校协同", "8.0"),
                        tuple("创新评价", "8.0"), tuple("专业成长", "14.0"));
        assertThat(zhou.periods().get(0).explanations()).isEmpty();
        assertThat(zhou.periods().get(1).explanations()).containsExactly("师德考核结论为不合格：一票否决，等次为不合格",
                "等次为不合格：不得继续从事班主任工作", "上期为骨干、本期等次为不合格：退出骨干");
        assertThat(zhou.incidents()).isEmpty();

        TeacherArchiveData wang = inputs.archive("T0001", header);
        assertThat(wang.periods()).extracting(TeacherArchiveData.Period::period, p -> p.total().toPlainString(),
                        TeacherArchiveData.Period::commendation, p -> p.trainingDistrict().toPlainString())
                .containsExactly(tuple(P1, "80.0", "", "6.0"), tuple(P2, "91.5", "区级优秀班主任·推荐市级", "8.0"));

        TeacherArchiveData zhao = inputs.archive("T0104", header);
        assertThat(zhao.periods()).hasSize(1);
        assertThat(zhao.incidents()).containsExactly(new TeacherArchiveData.Incident(P2, "2026-03-18",
                INCIDENT, "主要责任", "严重"));

        assertThatThrownBy(() -> inputs.archive("T9999", header)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchReadsTheSameRecordsAsOneAtATime() throws Exception {
        List<String> teachers = new java.util.ArrayList<>(inputs.teacherIds(P2).stream().map(TeacherRef::teacherId).toList());
        java.util.Collections.reverse(teachers);
        teachers.add(1, "T9999"); // never assessed: left out of the batch, not mixed into a neighbour
        Map<String, TeacherArchiveData> batch = inputs.archives(teachers, header);
        assertThat(batch.keySet()).containsExactlyElementsOf(teachers.stream().filter(t -> !t.equals("T9999")).toList());
        for (String teacher : batch.keySet()) {
            assertThat(batch.get(teacher)).as(teacher).isEqualTo(inputs.archive(teacher, header));
        }

        List<String> schools = List.of("QZ-002", "FH-001");
        List<SchoolReportData> reports = inputs.schoolReports(P2, header).load(schools);
        assertThat(reports).extracting(r -> r.school().code()).containsExactlyElementsOf(schools);
        assertThat(reports.get(0)).isEqualTo(inputs.school(P2, "QZ-002", header));
        assertThat(reports.get(1)).isEqualTo(inputs.school(P2, "FH-001", header));
        assertThat(reports.get(0).teachers()).extracting(SchoolReportData.Teacher::name).doesNotContain("王小明");
        assertThatThrownBy(() -> inputs.schoolReports(P2, header).load(List.of("FH-001", "XX-999")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRecordRendersWithNamesAndTotalsAndWithoutPersonalData() throws Exception {
        ReportRenderer renderer = new ReportRenderer();
        String fh = text(renderer, inputs.school(P2, "FH-001", header));
        assertThat(fh).contains("凤凰小学", "王小明", "91.5", "周敏", "师德考核结论为不合格").doesNotContain("张伟", "赵磊");
        String qz = text(renderer, inputs.school(P2, "QZ-002", header));
        assertThat(qz).contains("张伟", "95.0", "主题班会20次").doesNotContain("王小明", "周敏");
        assertThat(text(renderer, inputs.bulletin(P2, header))).contains("潍坊四中", "周敏", "赵磊", "84.88");
        assertThat(text(renderer, inputs.commendations(P2, header))).contains("区教体发〔2026〕1号", "王小明", "91.5");
        assertThat(text(renderer, inputs.tiers(P2, header))).contains("张伟", "刘洋", "95.0");
        assertThat(text(renderer, inputs.archive("T0003", header))).contains("周敏", "85.0", "80.0", P1, P2);
        for (TeacherRef teacher : inputs.teacherIds(P2)) {
            text(renderer, inputs.archive(teacher.teacherId(), header));
        }
    }

    /** The PDF's text; no PDF may hold a phone number or a birth date from the workbooks. */
    private static String text(ReportRenderer renderer, ReportData data) throws Exception {
        byte[] pdf = renderer.render(data);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String compact = text.replaceAll("\\s", "");
            assertThat(compact).doesNotContain(INVALID_PHONE).doesNotContain(VALID_PHONE).doesNotContain("1985-03-01")
                    .doesNotContain("1985年3月1日");
            return compact;
        }
    }
}
