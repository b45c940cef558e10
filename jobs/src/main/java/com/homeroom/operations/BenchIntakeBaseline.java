package com.homeroom.operations;

import com.homeroom.intake.InputFile;
import com.homeroom.intake.InputFolder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The naive intake the bench compares the intake step with: every workbook opened whole with POI's
 * usermodel ({@code XSSFWorkbook} for .xlsx, {@code HSSFWorkbook} for .xls) and every cell
 * formatted to text, with no checks and no loading. Called explicitly, so it stays the usermodel
 * whatever reader the intake step uses.
 */
final class BenchIntakeBaseline {

    private BenchIntakeBaseline() {
    }

    /** Reads workbooks in folder order until the budget is spent (at least one). */
    static BenchRate run(Path input, double budgetSeconds) throws IOException {
        List<InputFile> files = InputFolder.workbooks(input);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        long cells = 0;
        long characters = 0;
        int done = 0;
        long start = System.nanoTime();
        for (InputFile file : files) {
            try (Workbook workbook = WorkbookFactory.create(file.path().toFile(), null, true)) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            characters += formatter.formatCellValue(cell).length();
                            cells++;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a file the pipeline rejects (corrupt, not a spreadsheet) costs the baseline its open attempt
            }
            done++;
            if (BenchRate.seconds(start) >= budgetSeconds) {
                break;
            }
        }
        return new BenchRate(done, "files", BenchRate.seconds(start), cells + " cells, " + characters + " characters");
    }
}
