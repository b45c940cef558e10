package com.homeroom.intake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.homeroom.intake.SchoolWorkbook.ACTIVITY_HEADER;
import static com.homeroom.intake.SchoolWorkbook.ROSTER_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input contract 3 and section 5 "Whole files": each file is rejected whole with the first failing
 * check, in the contract's order; .xls and 基本信息 variants that must still be read. Two files of
 * one school: {@link SupersededFilesTest}.
 */
class WholeFileRulesTest {

    @TempDir
    static Path dir;
    static District district;

    @BeforeAll
    static void runIntake() throws Exception {
        district = new District(dir);
        unreadableFiles();
        filesFailingAContentCheck();
        xlsWorkbook();
        decoratedBasicInfo();
        district.registerOnly("W10");
        district.run();
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        district.close();
    }

    static void unreadableFiles() throws Exception {
        Files.createDirectories(district.file("."));
        Files.write(district.file("W-图片改名为xlsx.xlsx"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
                0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0});
        Files.writeString(district.file("W-填报说明.txt"), "请于12月10日前报送", StandardCharsets.UTF_8);
        Files.write(district.file("W-空文件.xlsx"), new byte[0]);
        WorkbookFiles.truncate(SchoolWorkbook.twoTeachers().writeTo(district.file("W-压缩包损坏.xlsx")));
        WorkbookFiles.encrypt(SchoolWorkbook.twoTeachers().writeTo(dir.resolve("plain.xlsx")),
                district.file("W-设置了打开密码.xlsx"), "mima2025");
        WorkbookFiles.inflate(SchoolWorkbook.twoTeachers().writeTo(district.file("W-解压后过大.xlsx")), 8);
    }

    static void filesFailingAContentCheck() throws Exception {
        District.basicInfo(TestWorkbook.xlsx(), "W01", "2025-2026学年")
                .sheet("班主任名册").row(ROSTER_HEADER).row(district.school("W01").roster.get(0))
                .sheet("工作记录").row(ACTIVITY_HEADER)
                .writeTo(district.file("W01-缺考核评分表.xlsx"));
        SchoolWorkbook noRoster = district.school("W06");
        District.basicInfo(TestWorkbook.xlsx(), "W06", "2025-2026学年")
                .sheet("考核评分").row(SchoolWorkbook.SCORE_HEADER).row(noRoster.scores.get(0))
                .writeTo(district.file("W06-缺班主任名册表.xlsx"));
        TestWorkbook.xlsx().sheet("班主任名册").row(ROSTER_HEADER).row(noRoster.roster.get(0))
                .sheet("考核评分").row(SchoolWorkbook.SCORE_HEADER).row(noRoster.scores.get(0))
                .writeTo(district.file("W-缺基本信息表.xlsx"));
        District.withoutVerdictColumn(district.school("W02")).writeTo(district.file("W02-考核评分表头缺列.xlsx"));
        unknownSchool("ZZ-999").writeTo(district.file("W-学校代码不在名录中.xlsx"));
        SchoolWorkbook lastYear = district.school("W03");
        lastYear.period = "2024-2025学年";
        lastYear.writeTo(district.file("W03-上学年周期.xlsx"));
        SchoolWorkbook emDash = district.school("W04");
        emDash.period = "2025—2026";
        emDash.writeTo(district.file("W04-周期用长破折号.xlsx"));

        District.basicInfo(TestWorkbook.xlsx(), "ZZ-998", "2025-2026学年")
                .sheet("班主任名册").row(ROSTER_HEADER).row(unknownSchool("ZZ-998").roster.get(0))
                .writeTo(district.file("W-未知学校且缺考核评分表.xlsx"));
        SchoolWorkbook unknownLastYear = unknownSchool("ZZ-997");
        unknownLastYear.period = "2024-2025";
        unknownLastYear.writeTo(district.file("W-未知学校且周期不符.xlsx"));
        SchoolWorkbook headerAndPeriod = district.school("W05");
        headerAndPeriod.period = "2024-2025学年";
        District.withoutVerdictColumn(headerAndPeriod).writeTo(district.file("W05-表头缺列且周期不符.xlsx"));
    }

    private static SchoolWorkbook unknownSchool(String code) {
        SchoolWorkbook w = SchoolWorkbook.twoTeachers();
        w.schoolCode = code;
        return w;
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            "W-图片改名为xlsx.xlsx,          '',     NOT_SPREADSHEET",
            "W-填报说明.txt,                 '',     NOT_SPREADSHEET",
            "W-空文件.xlsx,                  '',     FILE_EMPTY",
            "W-压缩包损坏.xlsx,              '',     FILE_CORRUPT",
            "W-设置了打开密码.xlsx,          '',     FILE_ENCRYPTED",
            "W-解压后过大.xlsx,              '',     FILE_TOO_LARGE",
            "W01-缺考核评分表.xlsx,          '',     SHEET_MISSING",
            "W06-缺班主任名册表.xlsx,        '',     SHEET_MISSING",
            "W-缺基本信息表.xlsx,            '',     SHEET_MISSING",
            "W02-考核评分表头缺列.xlsx,      '',     HEADER_NOT_FOUND",
            "W-学校代码不在名录中.xlsx,      '',     UNKNOWN_SCHOOL",
            "W03-上学年周期.xlsx,            W03,    WRONG_PERIOD",
            "W-未知学校且缺考核评分表.xlsx,  '',     SHEET_MISSING",
            "W-未知学校且周期不符.xlsx,      '',     UNKNOWN_SCHOOL",
            "W05-表头缺列且周期不符.xlsx,    '',     HEADER_NOT_FOUND",
    })
    void aFileFailingAWholeFileCheckIsRejectedWithOneReasonOnly(String file, String schoolCode, String reason) {
        assertThat(district.intake(file)).containsEntry("status", "rejected").containsEntry("reason", reason)
                .containsEntry("school_code", schoolCode)
                .containsEntry("roster_read", "").containsEntry("roster_loaded", "").containsEntry("roster_rejected", "")
                .containsEntry("scores_read", "").containsEntry("incidents_read", "");
        assertThat(district.rejects(file)).singleElement().satisfies(r -> {
            assertThat(District.brief(r)).isEqualTo("|||" + reason + "|error");
            assertThat(r.get("school_code")).isEqualTo(schoolCode);
            assertThat(r.get("value")).isEmpty();
            assertThat(r.get("message")).isNotBlank();
        });
    }

    @Test
    void rejectionMessagesTellTheClerkWhatIsWrong() {
        assertThat(message("W01-缺考核评分表.xlsx")).contains("考核评分");
        assertThat(message("W06-缺班主任名册表.xlsx")).contains("班主任名册");
        assertThat(message("W-缺基本信息表.xlsx")).contains("基本信息");
        assertThat(message("W02-考核评分表头缺列.xlsx")).contains("考核评分").contains("前10行").contains("师德考核结论");
        assertThat(message("W-学校代码不在名录中.xlsx")).contains("ZZ-999").contains("学校名录");
        assertThat(message("W03-上学年周期.xlsx")).contains("2024-2025学年").contains("2025-2026");
        assertThat(message("W-设置了打开密码.xlsx")).contains("密码");
        assertThat(message("W-解压后过大.xlsx")).contains("解压后").doesNotContain("损坏");
    }

    @Test
    void aFileOverTheSizeLimitIsNotOpened() throws Exception {
        Path workbook = SchoolWorkbook.twoTeachers().writeTo(dir.resolve("size/正常工作簿.xlsx"));
        FileRejection rejection = org.assertj.core.api.Assertions.catchThrowableOfType(FileRejection.class,
                () -> new WorkbookOpener(Files.size(workbook) - 1).open(workbook));
        assertThat(rejection.code()).isEqualTo("FILE_TOO_LARGE");
        try (WorkbookSource opened = new WorkbookOpener(Files.size(workbook)).open(workbook)) {
            assertThat(opened.sheetNames()).contains("班主任名册");
        }
    }

    private static String message(String file) {
        return district.rejects(file).get(0).get("message");
    }

    @Test
    void aPeriodTypedWithAnEmDashIsThePeriod() {
        assertThat(district.rejects("W04-周期用长破折号.xlsx")).isEmpty();
        assertThat(district.intake("W04-周期用长破折号.xlsx")).containsEntry("status", "accepted")
                .containsEntry("school_code", "W04").containsEntry("roster_loaded", "2");
    }

    @Test
    void everyFileIsListedAndRegistrySchoolsWithoutAnAcceptedFileAreNotSubmitted() throws Exception {
        // accepted: W04, W11, W12, W13; not submitted: W01, W02, W03, W05, W06 (rejected files only), W10 (no file)
        assertThat(district.runSummary().subList(0, 4)).containsExactly(4L, 15L, 0L, 6L);
        assertThat(district.result().intake()).hasSize(19);
    }

    // --- file formats and 基本信息 -----------------------------------------------------------------

    static void xlsWorkbook() throws Exception {
        SchoolWorkbook w = district.school("W11");
        w.activity.set(1, Rows.activityWith(w.activity.get(1), "成长档案建档率", new TestWorkbook.Percent(0.75)));
        w.writeTo(district.file("W11-旧版格式.xls"));
    }

    @Test
    void anXlsWorkbookIsReadLikeAnXlsx() throws Exception {
        assertThat(district.rejects("W11-旧版格式.xls")).isEmpty();
        assertThat(district.intake("W11-旧版格式.xls")).containsEntry("status", "accepted")
                .containsEntry("roster_loaded", "2").containsEntry("scores_loaded", "2")
                .containsEntry("activity_loaded", "2");
        assertThat(district.column("SELECT concat_ws('|', teacher_id, name, class_no, years, birth_date, phone) "
                + "FROM roster_row WHERE file = ? ORDER BY row_no", "W11-旧版格式.xls"))
                .containsExactly("W11-1|王小明|2|5.0|1985-03-01|13800138001", "W11-2|李红|1|3.0");
        assertThat(district.column("SELECT archive_rate FROM activity_row WHERE file = ? ORDER BY row_no",
                "W11-旧版格式.xls")).containsExactly("90.0", "75.0");
        assertThat(district.column("SELECT value FROM score_value WHERE file = ? AND dimension = 'moral' "
                + "ORDER BY row_no", "W11-旧版格式.xls")).containsExactly("13.5", "12.0");
    }

    static void decoratedBasicInfo() throws Exception {
        SchoolWorkbook w = district.school("W12");
        TestWorkbook book = TestWorkbook.xlsx().sheet("基本信息").row("学校基本信息表")
                .row("学校代码：", " ｗ１２ ").row("学校名称:", "第十二学校").row("考核周期", "2025-2026 学年")
                .row("填报人", "张老师");
        book.sheet("班主任名册").row(ROSTER_HEADER);
        w.roster.forEach(book::row);
        book.sheet("考核评分").row(SchoolWorkbook.SCORE_HEADER);
        w.scores.forEach(book::row);
        book.sheet("工作记录").row(ACTIVITY_HEADER);
        w.activity.forEach(book::row);
        book.writeTo(district.file("W12-基本信息标签带冒号.xlsx"));
        district.school("W13").build(TestWorkbook.xls()).writeTo(district.file("W13-实为xls但扩展名为xlsx.xlsx"));
    }

    @Test
    void basicInfoLabelsMayEndInAColonAndTheCodeIsNormalisedLikeTheRegistrys() {
        assertThat(district.intake("W12-基本信息标签带冒号.xlsx")).containsEntry("status", "accepted")
                .containsEntry("school_code", "W12").containsEntry("roster_loaded", "2");
        assertThat(district.rejects("W12-基本信息标签带冒号.xlsx")).singleElement().satisfies(r -> {
            assertThat(District.brief(r)).isEqualTo("基本信息|3|学校名称|SCHOOL_NAME_MISMATCH|warning");
            assertThat(r.get("value")).isEqualTo("第十二学校");
            assertThat(r.get("message")).contains("第十二学校").contains("W12学校");
        });
    }

    @Test
    void theFormatIsTakenFromTheContentNotTheFileName() {
        assertThat(district.rejects("W13-实为xls但扩展名为xlsx.xlsx")).isEmpty();
        assertThat(district.intake("W13-实为xls但扩展名为xlsx.xlsx")).containsEntry("status", "accepted")
                .containsEntry("roster_loaded", "2").containsEntry("scores_loaded", "2");
    }
}
