package com.homeroom.intake;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

/**
 * The rows of one worksheet, pulled from its XML one at a time: a pull parser fits the contract
 * readers, which stop after the header search and go on from there, without a thread or a buffer.
 * A first pass collects the merges ({@code <mergeCells>} comes after the data); the second reads
 * rows. Memory is one row plus the merges, whatever the sheet's length.
 */
final class XlsxSheetRows implements Iterator<SheetRow>, Closeable {

    /** Excel's own limits: a cell's text, columns per sheet, rows per sheet (0-based last row). */
    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROW = 1_048_575;

    private static final Logger LOG = LoggerFactory.getLogger(XlsxSheetRows.class);
    /** Shared: a configured factory is safe to use from several threads. */
    static final XMLInputFactory XML = xmlInputFactory();

    private final String sheet;
    private final XlsxPackage pkg;
    private final XlsxCellDecoder decoder;
    private final VerticalMerges merges;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final XlsxCellDecoder.Parts parts = new XlsxCellDecoder.Parts();
    private final ColumnStyles columnStyles = new ColumnStyles();
    private boolean inData;
    private boolean finished;
    private int lastRowNumber;
    private SheetRow next;

    XlsxSheetRows(String sheet, XlsxPackage pkg, PackagePart part, XlsxCellDecoder decoder) {
        this.sheet = sheet;
        this.pkg = pkg;
        this.decoder = decoder;
        InputStream opened = null;
        try {
            merges = readMerges(pkg.worksheet(part));
            opened = pkg.worksheet(part);
            in = opened;
            xml = XML.createXMLStreamReader(opened);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            closeQuietly(opened);
            throw rejection(e);
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
                cell(number, cells);
            } else if (xml.isStartElement()) {
                skip();
            }
        }
        cells.replaceAll(c -> c == null ? RawCell.BLANK : c);
        return new SheetRow(number, merges.apply(number - 1, cells));
    }

    private void cell(int row, List<RawCell> cells) throws XMLStreamException {
        parts.clear();
        String ref = xml.getAttributeValue(null, "r");
        // a cell without a reference follows the row's last one, as POI places it
        int column = ref == null ? cells.size() : column(ref);
        parts.type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        // a damaged style index costs the cell its number format, as it does in Excel's repair, not the file
        parts.style = style != null && style.strip().matches("\\d{1,9}") ? Integer.parseInt(style.strip()) : -1;
        parts.columnStyle = columnStyles.of(column);
        while (xml.next() != END_ELEMENT) {
            if (!xml.isStartElement()) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "f" -> {
                    // data-table formulas are not formulas to POI: their cells read as plain values
                    parts.formula = !"dataTable".equals(xml.getAttributeValue(null, "t"));
                    skip();
                }
                case "v" -> parts.value = text(row, new StringBuilder()).toString();
                case "is" -> inline(row);
                default -> skip();
            }
        }
        RawCell value = decoder.decode(parts);
        if (value.text() != null && value.text().length() > MAX_CELL_CHARS) {
            throw tooLong(row);
        }
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value);
    }

    /** Rich text inline in the cell: its runs if it has any, else its text; phonetic guides left out. */
    private void inline(int row) throws XMLStreamException {
        parts.inline = true;
        StringBuilder text = null;
        StringBuilder runs = null;
        while (xml.next() != END_ELEMENT) {
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.getLocalName().equals("t")) {
                text = text(row, text == null ? new StringBuilder() : text);
            } else if (xml.getLocalName().equals("r")) {
                runs = runs == null ? new StringBuilder() : runs;
                while (xml.next() != END_ELEMENT) {
                    if (xml.isStartElement() && xml.getLocalName().equals("t")) {
                        text(row, runs);
                    } else if (xml.isStartElement()) {
                        skip();
                    }
                }
            } else {
                skip();
            }
        }
        parts.inlineText = text == null ? null : text.toString();
        parts.inlineRuns = runs == null ? null : runs.toString();
    }

    /** The text of the current element, which the parser hands over in slices; at most a cell's worth. */
    private StringBuilder text(int row, StringBuilder into) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == CHARACTERS || event == CDATA || event == SPACE)) {
                if (into.length() + xml.getTextLength() > MAX_CELL_CHARS) {
                    throw tooLong(row);
                }
                into.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }
        return into;
    }

    /** A shared string can be as long as its part allows; a cell can hold what Excel allows. */
    private RejectedWhileReading tooLong(int row) {
        return new RejectedWhileReading(new FileRejection("FILE_TOO_LARGE", "工作表「" + sheet.strip()
                + "」第" + row + "行有单元格超过" + MAX_CELL_CHARS + "个字符（Excel的上限），无法读取"));
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The 0-based column of a reference such as {@code AB12}. */
    static int column(String ref) {
        int column = 0;
        int i = ref.startsWith("$") ? 1 : 0;
        int start = i;
        while (i < ref.length() && isAsciiLetter(ref.charAt(i)) && i - start < 3) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == start || column > MAX_COLUMNS || i < ref.length() && isAsciiLetter(ref.charAt(i))) {
            throw new IllegalArgumentException("cell reference " + ref);
        }
        return column - 1;
    }

    private static boolean isAsciiLetter(char ch) {
        return ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z';
    }

    private VerticalMerges readMerges(InputStream part) throws XMLStreamException, IOException {
        VerticalMerges found = new VerticalMerges();
        try (part) {
            XMLStreamReader reader = XML.createXMLStreamReader(part);
            while (reader.hasNext()) {
                if (reader.next() == START_ELEMENT && reader.getLocalName().equals("mergeCell")) {
                    String ref = reader.getAttributeValue(null, "ref");
                    if (ref != null && !found.add(CellRangeAddress.valueOf(ref.strip()))) {
                        throw new RejectedWhileReading(new FileRejection("FILE_TOO_LARGE", "工作表「" + sheet.strip()
                                + "」有超过" + VerticalMerges.MAX + "处上下合并的单元格，超出读取上限（疑似异常文件），无法读取"));
                    }
                }
            }
            reader.close();
        }
        return found;
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

    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // XmlPartGuard already refuses any DTD; the parser is told the same in its own terms
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Column default styles from {@code <cols>}: a cell with no style of its own takes its column's. */
    private static final class ColumnStyles {

        private int[] styles;
        private int count;

        void add(XMLStreamReader xml) {
            if (++count > MAX_COLUMNS) {
                throw new IllegalArgumentException("more column definitions than columns");
            }
            String style = xml.getAttributeValue(null, "style");
            int min = number(xml, "min");
            int max = Math.min(MAX_COLUMNS, number(xml, "max"));
            if (min < 1 || style != null && !style.strip().matches("\\d{1,9}")) {
                return; // a damaged width or style definition only costs that column its default style
            }
            if (styles == null) {
                styles = new int[MAX_COLUMNS];
                Arrays.fill(styles, Integer.MIN_VALUE);
            }
            // the first definition of a column counts; a definition without a style means style 0
            for (int c = Math.max(1, min); c <= max; c++) {
                if (styles[c - 1] == Integer.MIN_VALUE) {
                    styles[c - 1] = style == null ? 0 : Integer.parseInt(style.strip());
                }
            }
        }

        /** The attribute as a column number, or -1 when it is missing or not a number. */
        private static int number(XMLStreamReader xml, String attribute) {
            String value = xml.getAttributeValue(null, attribute);
            return value != null && value.strip().matches("\\d{1,5}") ? Integer.parseInt(value.strip()) : -1;
        }

        /** The column's style index, or -1 when no definition covers it. */
        int of(int column) {
            return styles == null || styles[column] == Integer.MIN_VALUE ? -1 : styles[column];
        }
    }
}
