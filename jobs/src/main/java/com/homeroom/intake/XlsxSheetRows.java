package com.homeroom.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

/**
 * The rows of one worksheet, pulled from its XML one at a time: a pull parser fits the contract
 * readers, which stop after the header search and go on from there, without a thread or a buffer.
 * The merges come first ({@code <mergeCells>} follows the data). A sheet of up to
 * {@link #HELD_BYTES} is inflated and guarded once and held, the merges and the rows read from
 * those bytes; a larger one is streamed twice, a pass for the merges and one for the rows, so
 * memory is one row plus the merges whatever the sheet's length.
 */
final class XlsxSheetRows implements Iterator<SheetRow>, Closeable {

    /** Excel's own limits: a cell's text, columns per sheet, rows per sheet (0-based last row). */
    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROW = 1_048_575;

    /** Far above a school's sheet (a few hundred rows are 100 KB of XML), far below the heap. */
    static final int HELD_BYTES = 8 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(XlsxSheetRows.class);

    private final String sheet;
    private final XlsxPackage pkg;
    private final VerticalMerges merges;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final XlsxColumnStyles columnStyles = new XlsxColumnStyles();
    private final XlsxCellElement cellElement;
    private boolean inData;
    private boolean finished;
    private int lastRowNumber;
    private SheetRow next;

    XlsxSheetRows(String sheet, XlsxPackage pkg, String part, XlsxCellDecoder decoder) {
        this.sheet = sheet;
        this.pkg = pkg;
        InputStream opened = null;
        try {
            byte[] whole = held(pkg, part);
            if (whole != null) {
                merges = VerticalMerges.read(whole, sheet);
                opened = new ByteArrayInputStream(whole);
            } else {
                merges = VerticalMerges.read(() -> pkg.worksheet(part), sheet);
                opened = pkg.worksheet(part);
            }
            in = opened;
            xml = XlsxPackage.parse(opened);
            cellElement = new XlsxCellElement(xml, sheet, decoder, columnStyles);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            closeQuietly(opened);
            throw rejection(e);
        }
    }

    /** The sheet's XML when it is no larger than {@link #HELD_BYTES}, else null. */
    private static byte[] held(XlsxPackage pkg, String part) throws IOException {
        try (InputStream guarded = pkg.worksheet(part)) {
            byte[] bytes = guarded.readNBytes(HELD_BYTES + 1);
            return bytes.length <= HELD_BYTES ? bytes : null;
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = readRow();
            } catch (XMLStreamException | RuntimeException e) {
                close();
                throw rejection(e);
            }
            if (next == null) {
                close();
            }
        }
        return next != null;
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow row = next;
        next = null;
        return row;
    }

    private SheetRow readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                String name = xml.getLocalName();
                if (!inData && name.equals("col")) {
                    columnStyles.add(xml);
                } else if (name.equals("sheetData")) {
                    inData = true;
                } else if (inData && name.equals("row")) {
                    return row();
                }
            } else if (event == END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                break;
            }
        }
        finished = true;
        return null;
    }

    private SheetRow row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? lastRowNumber + 1 : Integer.parseInt(r.strip());
        if (number < 1 || number > MAX_ROW + 1) {
            throw new IllegalArgumentException("row number " + number);
        }
        if (number <= lastRowNumber) {
            // Excel writes rows in order; read in file order, a data row above its header would vanish unseen
            throw new RejectedWhileReading(new FileRejection("FILE_CORRUPT", "工作表「" + sheet.strip() + "」中第" + number
                    + "行排在第" + lastRowNumber + "行之后，行的顺序错乱，文件不是Excel保存的，请用Excel另存后重新报送"));
        }
        lastRowNumber = number;
        List<RawCell> cells = new ArrayList<>();
        while (xml.next() != END_ELEMENT) {
            if (xml.isStartElement() && xml.getLocalName().equals("c")) {
                cellElement.read(number, cells);
            } else if (xml.isStartElement()) {
                XlsxCellElement.skip(xml);
            }
        }
        cells.replaceAll(c -> c == null ? RawCell.BLANK : c);
        return new SheetRow(number, merges.apply(number - 1, cells));
    }

    /** A non-negative number of at most nine digits, or -1: attributes of a damaged file are not trusted to parse. */
    static int digits(String text) {
        if (text == null) {
            return -1;
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 9) {
            return -1;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(t);
    }

    private RejectedWhileReading rejection(Exception e) {
        if (e instanceof RejectedWhileReading rejected) {
            return rejected;
        }
        if (e instanceof RuntimeException && !(e instanceof IllegalArgumentException)) {
            // not a parse error: kept in the log in case it is ours rather than the file's
            LOG.warn("工作表「{}」读取失败", sheet, e);
        }
        return new RejectedWhileReading(pkg.explain(e));
    }

    boolean finished() {
        return finished;
    }

    @Override
    public void close() {
        finished = true;
        try {
            xml.close();
        } catch (XMLStreamException | RuntimeException ignored) {
            // the stream below is closed next either way
        }
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException ignored) {
            // read only: nothing to lose
        }
    }
}
