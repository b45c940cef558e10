package com.homeroom.operations;

import com.homeroom.intake.SchoolWorkbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents a run publishes, read as their readers read them: every file of the outputs.md
 * tree, the text of every PDF (PDFBox), identical files from two runs on the same inputs, and no
 * phone number in any PDF.
 */
class PublishedDocumentsIT {

    static final String PERIOD = "2025-2026";
    static final List<String> PHONES = List.of("13800138001", "13912345678", "15011112222");

    @TempDir
    static Path dir;
    static Path first;
    static Path second;

    @BeforeAll
    static void runTwice() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook fenghuang = SchoolWorkbook.twoTeachers();
        fenghuang.roster.get(1)[11] = PHONES.get(1);
        fenghuang.writeTo(input.resolve("凤凰小学.xlsx"));
        SchoolWorkbook shiyan = SchoolWorkbook.twoTeachers();
        shiyan.schoolCode = "QZ-002";
        shiyan.schoolName = "实验学校";
        shiyan.roster.get(0)[1] = "陈静怡";
        shiyan.roster.get(1)[1] = "周 伟";
        shiyan.roster.get(0)[11] = 15011112222.0; // a phone typed as a number
        for (List<Object[]> rows : List.of(shiyan.roster, shiyan.scores, shiyan.activity)) {
            rows.forEach(r -> r[0] = "S" + r[0]);
        }
        shiyan.scores.get(0)[1] = "陈静怡";
        shiyan.scores.get(1)[1] = "周伟";
        shiyan.writeTo(input.resolve("实验学校.xlsx"));
        for (String name : List.of("first", "second")) {
            Path work = Files.createDirectories(dir.resolve(name));
            CliProcess.Outcome run = CliProcess.run(work, "run", "--period", PERIOD, "--input", input.toString(),
                    "--as-of", "2026-07-01");
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        first = dir.resolve("first/out").resolve(PERIOD).toRealPath();
        second = dir.resolve("second/out").resolve(PERIOD).toRealPath();
    }

    @Test
    void everyFileOfTheTreeIsThere() throws Exception {
        assertThat(files(first).keySet()).contains(
                "district/区级通报_2025-2026.pdf", "district/优秀班主任表彰名单_2025-2026.pdf",
                "district/梯队名单_2025-2026.pdf", "district/考核结果_2025-2026.xlsx",
                "district/数据问题清单_2025-2026.xlsx", "district/results.csv", "district/rejects.csv",
                "district/intake.csv", "district/schools.csv",
                "schools/凤凰学区/FH-001_凤凰小学/学校反馈报告_2025-2026.pdf",
                "schools/凤凰学区/FH-001_凤凰小学/数据问题清单_2025-2026.xlsx",
                "schools/区直/QZ-002_实验学校/学校反馈报告_2025-2026.pdf",
                "teachers/FH-001/T0001.pdf", "teachers/FH-001/T0002.pdf", "teachers/QZ-002/ST0001.pdf",
                "manifest.csv");
        // 未报送: 潍坊四中 gets no folder
        assertThat(files(first).keySet()).noneMatch(p -> p.contains("QZ-003"));
    }

    @Test
    void twoRunsOnTheSameInputsGiveIdenticalFiles() throws Exception {
        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String path : a.keySet()) {
            if (path.endsWith(".xlsx")) {
                assertThat(cells(second.resolve(path))).as(path).isEqualTo(cells(first.resolve(path)));
            } else {
                assertThat(b.get(path)).as(path).isEqualTo(a.get(path));
            }
        }
    }

    @Test
    void aSchoolReportHoldsExactlyItsOwnTeachers() throws Exception {
        String fenghuang = text(first.resolve("schools/凤凰学区/FH-001_凤凰小学/学校反馈报告_2025-2026.pdf"));
        assertThat(fenghuang).contains("凤凰小学").contains("王小明").contains("李红").contains("91.5")
                .doesNotContain("陈静怡").doesNotContain("周伟");
        String shiyan = text(first.resolve("schools/区直/QZ-002_实验学校/学校反馈报告_2025-2026.pdf"));
        assertThat(shiyan).contains("陈静怡").contains("周伟").doesNotContain("王小明");
    }

    @Test
    void everyPdfEmbedsItsFontCarriesTheFooterAndNoPhoneNumber() throws Exception {
        int pdfs = 0;
        for (Map.Entry<String, byte[]> file : files(first).entrySet()) {
            if (!file.getKey().endsWith(".pdf")) {
                continue;
            }
            pdfs++;
            try (PDDocument pdf = Loader.loadPDF(file.getValue())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                assertThat(text).as(file.getKey()).contains("第1页共" + pdf.getNumberOfPages() + "页").contains(PERIOD);
                for (String phone : PHONES) {
                    assertThat(text).as(file.getKey()).doesNotContain(phone);
                }
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(file.getKey() + " " + font.getName()).isTrue();
                        assertThat(font.getName()).contains("NotoSansSC");
                    }
                }
            }
        }
        assertThat(pdfs).isEqualTo(3 + 2 + 4);
    }

    @Test
    void theManifestListsEveryFileWithItsAudience() throws Exception {
        List<String> lines = Files.readAllLines(first.resolve("manifest.csv"));
        assertThat(lines.get(0)).isEqualTo("path,bytes,sha256,audience");
        assertThat(lines).hasSize(files(first).size()); // header + every file but the manifest itself
        assertThat(lines).anyMatch(l -> l.startsWith("schools/凤凰学区/FH-001_凤凰小学/学校反馈报告_2025-2026.pdf,")
                && l.endsWith(",school:FH-001"));
        assertThat(lines).anyMatch(l -> l.startsWith("teachers/QZ-002/ST0001.pdf,") && l.endsWith(",teacher:ST0001"));
        assertThat(lines).anyMatch(l -> l.startsWith("district/results.csv,") && l.endsWith(",district"));
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static List<String> cells(Path xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(c -> cells.add(sheet.getSheetName() + "!" + c.getAddress() + "=" + formatter.formatCellValue(c)));
                }
            }
        }
        return cells;
    }
}
