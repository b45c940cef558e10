package com.homeroom.intake;

import com.homeroom.intake.value.SchoolTerms.SchoolType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Input contract 1: 学校名录 as .xlsx, .xls or .csv (UTF-8 with or without BOM, GB18030). */
class RegistryReaderTest {

    private static final String CSV = "学校代码,学校名称,学区,学校类型\r\n"
            + "FH-001,凤凰小学,凤凰学区,小学\r\n"
            + "QZ-002,\"实验学校\",\"区直\",九年一贯制\r\n"
            + ",,,\r\n"
            + "QZ-003,潍坊四中,区直,完全中学\r\n";

    @TempDir
    Path dir;

    private Registry read() throws RegistryException {
        return new RegistryReader(new WorkbookOpener(1024 * 1024)).read(dir);
    }

    private RegistryException readFails() {
        return catchThrowableOfType(RegistryException.class, this::read);
    }

    /** The whole of what the run prints: the message and the problems listed under it. */
    private static String printed(RegistryException e) {
        return e.getMessage() + "\n" + String.join("\n", e.problems());
    }

    private static void assertTheThreeSchools(Registry registry) {
        assertThat(registry.all()).containsExactly(
                new Registry.School("FH-001", "凤凰小学", "凤凰学区", SchoolType.PRIMARY),
                new Registry.School("QZ-002", "实验学校", "区直", SchoolType.NINE_YEAR),
                new Registry.School("QZ-003", "潍坊四中", "区直", SchoolType.COMPLETE_SECONDARY));
    }

    @Test
    void csvInUtf8WithoutBom() throws Exception {
        Files.writeString(dir.resolve("学校名录.csv"), CSV, StandardCharsets.UTF_8);
        assertTheThreeSchools(read());
    }

    @Test
    void csvInUtf8WithBom() throws Exception {
        Files.writeString(dir.resolve("学校名录.csv"), "\uFEFF" + CSV, StandardCharsets.UTF_8);
        assertTheThreeSchools(read());
    }

    @Test
    void csvInGb18030AsExcelSavesItOnAChineseWindows() throws Exception {
        Files.write(dir.resolve("学校名录.csv"), CSV.getBytes(Charset.forName("GB18030")));
        assertTheThreeSchools(read());
    }

    @Test
    void xlsxWithTitleRowsExtraColumnsAnotherOrderAndFullWidthCodes() throws Exception {
        TestWorkbook.xlsx().sheet("Sheet1")
                .row("2025年全区中小学名录").mergeAcross(1, 0, 5)
                .at(3).row("序号", "学校类型", "学校名称", "* 学校代码", "学区", "备注")
                .row(1, "小学", "凤凰小学", " ＦＨ－００１ ", "凤凰学区", "新建")
                .row(2, " 九年一贯制 ", "实验学校", "QZ-002", "区直")
                .row()
                .row(3, "完全中学", "潍坊四中", "QZ-003", "区直")
                .writeTo(dir.resolve("学校名录.xlsx"));
        Registry registry = read();
        assertTheThreeSchools(registry);
        assertThat(registry.school("FH-001")).isPresent();
    }

    @Test
    void schoolAndZoneNamesStayAsTypedOnlyTrimmed() throws Exception {
        TestWorkbook.xlsx().sheet("学校名录")
                .row("学校代码", "学校名称", "学区", "学校类型")
                .row("FH-001", " 实验学校（东校区） ", "区直", "九年一贯制")
                .writeTo(dir.resolve("学校名录.xlsx"));
        Registry.School school = read().school("FH-001").orElseThrow();
        assertThat(school.name()).isEqualTo("实验学校（东校区）");
    }

    @Test
    void xlsRegistry() throws Exception {
        TestWorkbook.xls().sheet("学校名录").row("学校代码", "学校名称", "学区", "学校类型")
                .row("FH-001", "凤凰小学", "凤凰学区", "小学")
                .row("QZ-002", "实验学校", "区直", "九年一贯制")
                .row("QZ-003", "潍坊四中", "区直", "完全中学")
                .writeTo(dir.resolve("学校名录.xls"));
        assertTheThreeSchools(read());
    }

    @Test
    void aDuplicateCodeNamesItsRow() throws Exception {
        Files.writeString(dir.resolve("学校名录.csv"), "学校代码,学校名称,学区,学校类型\n"
                + "FH-001,凤凰小学,凤凰学区,小学\n"
                + "QZ-002,实验学校,区直,九年一贯制\n"
                + "ＦＨ－００１,凤凰小学分校,凤凰学区,小学\n", StandardCharsets.UTF_8);
        RegistryException e = readFails();
        assertThat(e).isNotNull();
        assertThat(e.problems()).containsExactly("第4行「学校代码」FH-001重复");
        assertThat(e.getMessage()).contains("学校名录.csv");
    }

    @Test
    void aSchoolTypeOutsideTheListNamesItsRow() throws Exception {
        Files.writeString(dir.resolve("学校名录.csv"), "学校代码,学校名称,学区,学校类型\n"
                + "FH-001,凤凰小学,凤凰学区,小学\n"
                + "QZ-009,职业中专,区直,中专\n"
                + "QZ-010,第十中学,,初中\n", StandardCharsets.UTF_8);
        RegistryException e = readFails();
        assertThat(printed(e)).contains("第3行「学校类型」为中专").contains("第4行「学区」未填写");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void aBadCodeNamesItsRow() throws Exception {
        Files.writeString(dir.resolve("学校名录.csv"), "学校代码,学校名称,学区,学校类型\n"
                + "凤凰,凤凰小学,凤凰学区,小学\n", StandardCharsets.UTF_8);
        assertThat(readFails().problems()).singleElement().asString().startsWith("第2行「学校代码」");
    }

    @Test
    void aRegistryWithoutItsHeaderIsRefused() throws Exception {
        Files.writeString(dir.resolve("学校名录.csv"), "学校代码,学校名称,学校类型\n"
                + "FH-001,凤凰小学,小学\n", StandardCharsets.UTF_8);
        assertThat(readFails().getMessage()).contains("找不到表头").contains("学区");
    }

    @Test
    void aHeaderBelowRowTenIsNotFound() throws Exception {
        TestWorkbook book = TestWorkbook.xlsx().sheet("学校名录");
        book.at(11).row("学校代码", "学校名称", "学区", "学校类型").row("FH-001", "凤凰小学", "凤凰学区", "小学");
        book.writeTo(dir.resolve("学校名录.xlsx"));
        assertThat(readFails().getMessage()).contains("找不到表头");
    }

    @Test
    void noRegistryFileIsRefused() {
        assertThat(readFails().getMessage()).contains("找不到学校名录");
    }

    @Test
    void onlyTheRegistryAtTheTopOfTheInputFolderIsLeftOutOfTheWorkbooks() throws Exception {
        Files.writeString(dir.resolve("学校名录.csv"), CSV, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("学校名录.csv"), CSV, StandardCharsets.UTF_8);
        assertThat(InputFolder.workbooks(dir)).extracting(InputFile::relative).isEqualTo(List.of("sub/学校名录.csv"));
    }

    @Test
    void aRegistryWithEntitiesInItsSheetCannotStartARun() throws Exception {
        WorkbookFiles.rewritePart(SchoolWorkbook.writeRegistry(dir), "xl/worksheets/sheet1.xml",
                HostileWorkbooksTest::billionLaughs);

        assertThat(printed(readFails())).contains("学校名录学校名录.xlsx无法读取").contains("DTD");
    }
}
