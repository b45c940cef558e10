package com.homeroom.intake;

import com.homeroom.operations.CliProcess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Big honest input: a school workbook whose roster has 300,000 rows — 9 MB, under the 20 MB file
 * limit, with a 110 MB sheet inside (with all twelve roster columns: 16 MB and 190 MB). The streaming reader reads every row in a child JVM with a
 * 64 MB heap; the real command line, in a 1 GB JVM, rejects the file by the row limit
 * (homeroom.max-rows-per-sheet, 10,000) and reads the valid workbook beside it.
 */
class BigWorkbookIT {

    static final int ROWS = 300_000;

    @TempDir
    static Path dir;
    static Path big;

    @BeforeAll
    static void writeBigWorkbook() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook valid = SchoolWorkbook.twoTeachers();
        valid.schoolCode = "QZ-002";
        valid.schoolName = "实验学校";
        valid.writeTo(input.resolve("实验学校.xlsx"));
        big = input.resolve("凤凰小学-30万行.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            rows(workbook.createSheet("基本信息"), new Object[][]{{"学校代码", "FH-001"}, {"考核周期", "2025-2026学年"}});
            Sheet roster = workbook.createSheet("班主任名册");
            rows(roster, new Object[][]{SchoolWorkbook.ROSTER_HEADER});
            for (int r = 1; r <= ROWS; r++) {
                Row row = roster.createRow(r);
                row.createCell(0).setCellValue("T" + (100_000 + r));
                row.createCell(1).setCellValue("王小明");
                row.createCell(2).setCellValue("小学");
                row.createCell(3).setCellValue("三年级");
                row.createCell(4).setCellValue(r % 30 + 1);
                row.createCell(5).setCellValue(r % 40);
                row.createCell(11).setCellValue(13_800_000_000L + r);
            }
            rows(workbook.createSheet("考核评分"), new Object[][]{SchoolWorkbook.SCORE_HEADER});
            try (OutputStream out = Files.newOutputStream(big)) {
                workbook.write(out);
            }
        }
        assertThat(Files.size(big)).isLessThan(20L * 1024 * 1024);
    }

    private static void rows(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c].toString());
            }
        }
    }

    @Test
    void everyRowIsReadStreamedInA64MegabyteHeap() throws Exception {
        CliProcess.Outcome probe = CliProcess.await(CliProcess.startMain(dir, List.of("-Xmx64m"),
                SheetReadProbe.class.getName(), big.toString(), "班主任名册"));

        assertThat(probe.exitCode()).as(probe.err()).isZero();
        assertThat(probe.out()).contains("rows=" + (ROWS + 1) + " ");
    }

    @Test
    void theRunRejectsItByTheRowLimitAndReadsTheRest() throws Exception {
        CliProcess.Outcome run = CliProcess.await(CliProcess.start(dir, List.of("-Xmx1g"),
                "run", "--period", "2025-2026", "--input", "in", "--no-archives"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path district = dir.resolve("out/2025-2026/district");
        assertThat(IntakeHarness.readCsv(district.resolve("intake.csv")))
                .extracting(r -> r.get("file") + ":" + r.get("status") + ":" + r.get("reason"))
                .containsExactly("凤凰小学-30万行.xlsx:rejected:FILE_TOO_LARGE", "实验学校.xlsx:accepted:");
        List<Map<String, String>> rejects = IntakeHarness.readCsv(district.resolve("rejects.csv"));
        assertThat(rejects).filteredOn(r -> r.get("file").equals("凤凰小学-30万行.xlsx")).singleElement()
                .satisfies(r -> assertThat(r.get("message")).contains("「班主任名册」超过10000行"));
    }
}
