package com.homeroom.intake;

import com.homeroom.scoring.SchemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * homeroom.max-rows-per-sheet: a school workbook with a sheet of more non-empty rows is rejected
 * whole (reading stops there); rows that hold nothing but formatting do not count. Run with a limit
 * of 12 so that a test workbook can reach it.
 */
class SheetRowLimitTest {

    @TempDir
    Path dir;

    @Test
    void aSheetOverTheLimitRejectsTheFileAndOneAtTheLimitIsRead() throws Exception {
        Path input = dir.resolve("in");
        SchoolWorkbook.writeRegistry(input);
        SchoolWorkbook over = withTeachers(12);
        over.writeTo(input.resolve("超过行数上限.xlsx"));
        SchoolWorkbook at = withTeachers(11);
        at.schoolCode = "QZ-002";
        at.schoolName = "实验学校";
        // eleven teachers and the header are twelve rows; blank rows and the note block are more
        TestWorkbook book = at.build(TestWorkbook.xlsx());
        WorkbookFiles.edit(book.writeTo(input.resolve("恰好在上限.xlsx")), workbook -> {
            var roster = workbook.getSheet("班主任名册");
            for (int r = 12; r < 40; r++) {
                roster.createRow(r).createCell(0).setBlank();
            }
            roster.createRow(40).createCell(0).setCellValue("   ");
        });

        IntakeHarness.Result result = IntakeHarness.run(input, dir.resolve("work"), "2025-2026",
                SchemeLoader.loadDefault(), new WorkbookOpener(20L * 1024 * 1024, 12));

        Map<String, String> rejected = result.intakeOf("超过行数上限.xlsx");
        assertThat(rejected).containsEntry("status", "rejected").containsEntry("reason", "FILE_TOO_LARGE");
        assertThat(result.rejects()).filteredOn(r -> r.get("file").equals("超过行数上限.xlsx")).singleElement()
                .satisfies(r -> assertThat(r.get("message")).contains("「班主任名册」超过12行"));
        assertThat(result.intakeOf("恰好在上限.xlsx")).containsEntry("status", "accepted").containsEntry("roster_loaded", "11");
        result.warehouse().close();
    }

    private static SchoolWorkbook withTeachers(int teachers) {
        SchoolWorkbook w = SchoolWorkbook.twoTeachers();
        Object[] model = w.roster.get(1);
        w.roster.clear();
        w.scores.clear();
        w.activity.clear();
        for (int i = 1; i <= teachers; i++) {
            Object[] row = model.clone();
            row[0] = "T" + (1000 + i);
            row[4] = i + "班";
            w.roster.add(row);
        }
        return w;
    }
}
