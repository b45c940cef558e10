package com.homeroom.intake;

import org.apache.poi.ss.util.CellRangeAddress;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vertical merges of a streamed sheet, and what they put into each row as it passes: a value
 * merged down several rows belongs to every row of the merge (the contract's rule), so each row
 * after a merge's first takes, in the merge's first column, the value of the merge's first cell.
 * Merged across only (titles) is left alone: the value stays in its first cell. The same rule as
 * {@link PoiWorkbookSource}, kept as ranges rather than one entry per merged cell; rows arrive in
 * ascending order (the sheet reader refuses others).
 */
final class VerticalMerges {

    /** Many times what a school's sheet merges; each kept merge costs a little memory and time per row. */
    static final int MAX = 10_000;

    private record Merge(int firstRow, int lastRow, int column, int order) {
    }

    private final List<Merge> byFirstRow = new ArrayList<>();
    private final List<Merge> active = new ArrayList<>();
    private final Map<Merge, RawCell> firstCells = new HashMap<>();
    private int started;
    private boolean sorted;

    /** Opens a sheet's XML anew. */
    @FunctionalInterface
    interface SheetXml {
        InputStream open() throws IOException;
    }

    /**
     * The merges of a sheet's XML, read in a pass of their own: {@code <mergeCells>} comes after the
     * data, and a row must be complete when it is handed on. Most sheets merge nothing, so the bytes
     * are first looked through for the element's name; only a sheet that has it is parsed. For a
     * sheet too large to hold: it is opened anew for each pass.
     */
    static VerticalMerges read(SheetXml sheetXml, String sheet) throws XMLStreamException, IOException {
        try (InputStream bytes = sheetXml.open()) {
            if (!mentionsMerges(bytes)) {
                return new VerticalMerges();
            }
        }
        try (InputStream in = sheetXml.open()) {
            return parse(in, sheet);
        }
    }

    /** The merges of a sheet's XML held in memory. */
    static VerticalMerges read(byte[] sheetXml, String sheet) throws XMLStreamException, IOException {
        return mentions(sheetXml, sheetXml.length) ? parse(new ByteArrayInputStream(sheetXml), sheet) : new VerticalMerges();
    }

    private static VerticalMerges parse(InputStream in, String sheet) throws XMLStreamException {
        VerticalMerges found = new VerticalMerges();
        XMLStreamReader reader = XlsxPackage.parse(in);
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("mergeCell")) {
                String ref = reader.getAttributeValue(null, "ref");
                if (ref != null && !found.add(CellRangeAddress.valueOf(ref.strip()))) {
                    throw new RejectedWhileReading(new FileRejection("FILE_TOO_LARGE", "工作表「" + sheet.strip()
                            + "」有超过" + MAX + "处上下合并的单元格，超出读取上限（疑似异常文件），无法读取"));
                }
            }
        }
        reader.close();
        return found;
    }

    private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether the bytes hold "mergeCell" anywhere: an element of that name (with any prefix) cannot
     * be written otherwise, since the guard lets through UTF-8 only and names are not escaped.
     */
    static boolean mentionsMerges(InputStream in) throws IOException {
        byte[] buffer = new byte[16384];
        int kept = 0; // bytes carried over from the previous read: a name may straddle two reads
        int n;
        while ((n = in.read(buffer, kept, buffer.length - kept)) >= 0) {
            int end = kept + n;
            if (mentions(buffer, end)) {
                return true;
            }
            kept = Math.min(end, MERGE_CELL.length - 1);
            System.arraycopy(buffer, end - kept, buffer, 0, kept);
        }
        return false;
    }

    private static boolean mentions(byte[] buffer, int end) {
        for (int i = 0; i + MERGE_CELL.length <= end; i++) {
            if (buffer[i] == 'm' && matches(buffer, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] buffer, int at) {
        for (int j = 1; j < MERGE_CELL.length; j++) {
            if (buffer[at + j] != MERGE_CELL[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return false when the sheet has more vertical merges than {@link #MAX}
     * @throws IllegalArgumentException for a range outside the sheet
     */
    private boolean add(CellRangeAddress range) {
        if (range.getFirstRow() < 0 || range.getFirstColumn() < 0 || range.getLastRow() > XlsxSheetRows.MAX_ROW
                || range.getLastColumn() >= XlsxSheetRows.MAX_COLUMNS) {
            throw new IllegalArgumentException("merged range outside the sheet: " + range.formatAsString());
        }
        if (range.getFirstRow() == range.getLastRow()) {
            return true;
        }
        byFirstRow.add(new Merge(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), byFirstRow.size()));
        return byFirstRow.size() <= MAX;
    }

    /** The row's cells with the merged values put in; {@code row} is 0-based, cells as read. */
    List<RawCell> apply(int row, List<RawCell> cells) {
        if (byFirstRow.isEmpty()) {
            return cells;
        }
        if (!sorted) {
            byFirstRow.sort(Comparator.comparingInt(Merge::firstRow));
            sorted = true;
        }
        while (started < byFirstRow.size() && byFirstRow.get(started).firstRow() < row) {
            active.add(byFirstRow.get(started++));
        }
        for (int i = started; i < byFirstRow.size() && byFirstRow.get(i).firstRow() == row; i++) {
            Merge m = byFirstRow.get(i);
            firstCells.put(m, m.column() < cells.size() ? cells.get(m.column()) : RawCell.BLANK);
        }
        active.removeIf(m -> m.lastRow() < row);
        return active.isEmpty() ? cells : merged(cells);
    }

    private List<RawCell> merged(List<RawCell> cells) {
        // one merge per column; of two overlapping ones (a broken sheet) the later written wins, as before
        TreeMap<Integer, Merge> followers = new TreeMap<>();
        for (Merge m : active) {
            followers.merge(m.column(), m, (a, b) -> a.order() > b.order() ? a : b);
        }
        List<RawCell> out = new ArrayList<>(cells);
        for (Map.Entry<Integer, Merge> e : followers.entrySet()) {
            RawCell value = firstCells.getOrDefault(e.getValue(), RawCell.BLANK);
            int column = e.getKey();
            if (column < out.size()) {
                out.set(column, value);
            } else {
                while (out.size() < column) {
                    out.add(RawCell.BLANK);
                }
                out.add(value);
            }
        }
        return out;
    }
}
