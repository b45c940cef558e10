package com.homeroom.intake;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Reads .xls (and, as the baseline that {@link XlsxWorkbookSource} must equal, .xlsx) through POI's
 * usermodel, which holds the whole workbook in memory: intake uses it for .xls only, whose size the
 * file limit bounds. Formulas give their cached value (never evaluated: a workbook's formulas are
 * the school's, and evaluating them could loop or fail).
 */
public final class PoiWorkbookSource implements WorkbookSource {

    private final Workbook workbook;

    public PoiWorkbookSource(Workbook workbook) {
        this.workbook = workbook;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            names.add(sheet.getSheetName());
        }
        return names;
    }

    /** @throws RejectedWhileReading when POI cannot make sense of the sheet (a damaged .xls) */
    @Override
    public Iterable<SheetRow> rows(String sheetName) {
        try {
            return read(workbook.getSheet(sheetName));
        } catch (RejectedWhileReading e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RejectedWhileReading(new FileRejection("FILE_CORRUPT",
                    "工作表「" + sheetName.strip() + "」已损坏，无法读取，请重新保存后报送", e));
        }
    }

    private static List<SheetRow> read(Sheet sheet) {
        if (sheet == null) {
            return List.of();
        }
        NavigableMap<Long, CellRangeAddress> mergedFollowers = mergedFollowers(sheet);
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<RawCell> cells = new ArrayList<>();
            short last = row.getLastCellNum();
            for (int c = 0; c < last; c++) {
                CellRangeAddress merge = mergedFollowers.get(key(row.getRowNum(), c));
                Cell cell = merge == null ? row.getCell(c) : topLeft(sheet, merge);
                cells.add(read(cell));
            }
            addMergedTail(sheet, row.getRowNum(), cells, mergedFollowers);
            rows.add(new SheetRow(row.getRowNum() + 1, cells));
        }
        return rows;
    }

    /** Cells of a vertical merge below its first row, keyed by (row, column). */
    private static NavigableMap<Long, CellRangeAddress> mergedFollowers(Sheet sheet) {
        NavigableMap<Long, CellRangeAddress> followers = new TreeMap<>();
        for (CellRangeAddress merge : sheet.getMergedRegions()) {
            if (merge.getFirstRow() == merge.getLastRow()) {
                continue; // merged across only (titles): the value stays in the first cell
            }
            for (int r = merge.getFirstRow() + 1; r <= merge.getLastRow(); r++) {
                followers.put(key(r, merge.getFirstColumn()), merge);
            }
        }
        return followers;
    }

    /**
     * A merged follower beyond the row's last physical cell still gets the merged value; taken in
     * column order, so that two such cells in one row both arrive.
     */
    private static void addMergedTail(Sheet sheet, int rowIndex, List<RawCell> cells,
                                      NavigableMap<Long, CellRangeAddress> followers) {
        for (Map.Entry<Long, CellRangeAddress> e : followers.subMap(key(rowIndex, 0), key(rowIndex + 1, 0)).entrySet()) {
            int c = (int) (e.getKey() & 0xFFFFF);
            if (c >= cells.size()) {
                while (cells.size() < c) {
                    cells.add(RawCell.BLANK);
                }
                cells.add(read(topLeft(sheet, e.getValue())));
            }
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    private static Cell topLeft(Sheet sheet, CellRangeAddress merge) {
        Row first = sheet.getRow(merge.getFirstRow());
        return first == null ? null : first.getCell(merge.getFirstColumn());
    }

    static RawCell read(Cell cell) {
        if (cell == null) {
            return RawCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA
                ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> text(cell.getStringCellValue());
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> RawCell.bool(cell.getBooleanCellValue());
            case ERROR -> RawCell.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> RawCell.BLANK;
        };
    }

    /** Excel's own limit; a longer text can only come from a forged file, and could not be written back. */
    private static RawCell text(String text) {
        if (text != null && text.length() > XlsxSheetRows.MAX_CELL_CHARS) {
            throw new RejectedWhileReading(new FileRejection("FILE_TOO_LARGE",
                    "有单元格超过" + XlsxSheetRows.MAX_CELL_CHARS + "个字符（Excel的上限），无法读取"));
        }
        return RawCell.text(text);
    }

    private static RawCell numeric(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return RawCell.date(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        String format = cell.getCellStyle().getDataFormatString();
        double value = cell.getNumericCellValue();
        return format != null && format.contains("%") ? RawCell.percent(value) : RawCell.number(value);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only workbook: nothing to lose on a failed close
        }
    }
}
