package com.homeroom.operations;

import com.homeroom.intake.FileIntake;
import com.homeroom.intake.InputFile;
import com.homeroom.intake.InputFolder;
import com.homeroom.intake.Registry;
import com.homeroom.intake.RegistryException;
import com.homeroom.intake.RegistryReader;
import com.homeroom.intake.WorkbookIntake;
import com.homeroom.intake.WorkbookOpener;
import com.homeroom.scoring.SchemeLoader;
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
 * The naive intakes the bench compares the intake step with, on one thread: every workbook opened
 * whole with POI's usermodel ({@code XSSFWorkbook} for .xlsx, {@code HSSFWorkbook} for .xls),
 * either put through intake's own checks (the same work as the step but its loading, which has a
 * baseline of its own) or only with every cell formatted to text (a floor: no checks at all).
 */
final class BenchIntakeBaseline {

    /** The run's default (homeroom.max-file-bytes). */
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private BenchIntakeBaseline() {
    }

    /** Reads and checks workbooks with the usermodel in folder order until the budget is spent (at least one). */
    static BenchRate withChecks(Path input, String period, double budgetSeconds) throws IOException, RegistryException {
        return withChecks(WorkbookOpener.usermodel(MAX_FILE_BYTES), input, period, budgetSeconds);
    }

    /**
     * The step's own reading (the streaming reader, as a run opens workbooks) with the same checks, on
     * one thread and without loading: what the usermodel baseline is the naive way of, like for like.
     */
    static BenchRate streamingWithChecks(Path input, String period, double budgetSeconds)
            throws IOException, RegistryException {
        return withChecks(new WorkbookOpener(MAX_FILE_BYTES), input, period, budgetSeconds);
    }

    private static BenchRate withChecks(WorkbookOpener opener, Path input, String period, double budgetSeconds)
            throws IOException, RegistryException {
        Registry registry = new RegistryReader(opener).read(input);
        WorkbookIntake intake = new WorkbookIntake(registry, SchemeLoader.loadDefault(), period, opener);
        long rows = 0;
        int done = 0;
        long start = System.nanoTime();
        for (InputFile file : InputFolder.workbooks(input)) {
            FileIntake read = intake.read(file);
            rows += read.roster().size() + read.scores().size() + read.activity().size() + read.incidents().size();
            done++;
            if (BenchRate.seconds(start) >= budgetSeconds) {
                break;
            }
        }
        return new BenchRate(done, "files", BenchRate.seconds(start), rows + " rows");
    }

    /** Reads workbooks in folder order until the budget is spent (at least one). */
    static BenchRate everyCell(Path input, double budgetSeconds) throws IOException {
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
