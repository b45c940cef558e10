package com.homeroom.operations;

import com.homeroom.intake.InputFile;
import com.homeroom.intake.InputFolder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code homeroom bench --rerun}: the input of the two runs is a folder of hard links to the
 * sample's workbooks (so the sample kept in {@code --work} is never changed), in which, between the
 * runs, one school corrects one teacher's 师德师风 score by one point, as a school sending a
 * corrected workbook would: the workbook is opened with POI, the cell changed and saved as a new file.
 */
final class BenchRerun {

    private static final String SCORE_SHEET = "评分";
    private static final String FIRST_DIMENSION = "师德师风";

    /** @param file relative to the input folder; @param row as Excel numbers it */
    record Change(String file, int row, double before, double after) {
    }

    private BenchRerun() {
    }

    /** A fresh folder at {@code copy} whose files are links to those of {@code input}. */
    static Path linkedCopy(Path input, Path copy) throws IOException {
        if (Files.exists(copy)) {
            try (Stream<Path> old = Files.walk(copy)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(input)) {
            for (Path p : walk.toList()) {
                Path target = copy.resolve(input.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.createLink(target, p);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return copy;
    }

    /** Lowers the first 师德师风 score of at least 1 in the first workbook (by path) that has one. */
    static Change correctOneScore(Path input) throws IOException {
        for (InputFile f : InputFolder.workbooks(input)) {
            Optional<Change> change = correct(f);
            if (change.isPresent()) {
                return change.get();
            }
        }
        throw new IOException("no workbook in " + input + " has a " + FIRST_DIMENSION + " score to correct");
    }

    private static Optional<Change> correct(InputFile f) throws IOException {
        Workbook book;
        try (InputStream in = Files.newInputStream(f.path())) {
            book = WorkbookFactory.create(in);
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the sample's deliberately broken files
        }
        try (book) {
            for (Sheet sheet : book) {
                if (!sheet.getSheetName().contains(SCORE_SHEET)) {
                    continue;
                }
                int column = -1;
                for (Row row : sheet) {
                    if (column < 0) {
                        column = headerColumn(row);
                        continue;
                    }
                    Cell cell = row.getCell(column);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() >= 1) {
                        double before = cell.getNumericCellValue();
                        cell.setCellValue(before - 1);
                        // a new file renamed over the link: the sample's own file keeps its bytes
                        Path changed = f.path().resolveSibling(".bench-" + f.path().getFileName());
                        try (OutputStream out = Files.newOutputStream(changed)) {
                            book.write(out);
                        }
                        Files.move(changed, f.path(), StandardCopyOption.REPLACE_EXISTING);
                        return Optional.of(new Change(f.relative(), row.getRowNum() + 1, before, before - 1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int headerColumn(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(FIRST_DIMENSION)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }
}
