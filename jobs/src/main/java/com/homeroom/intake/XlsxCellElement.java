package com.homeroom.intake;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.List;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

/**
 * Reads the {@code <c>} elements of a sheet's rows: where each cell sits, its type, style, formula
 * and value or inline text, decoded into a {@link RawCell}. Text is taken as the parser hands it
 * over, in slices, and never beyond what one cell may hold.
 */
final class XlsxCellElement {

    private final XMLStreamReader xml;
    private final String sheet;
    private final XlsxCellDecoder decoder;
    private final XlsxColumnStyles columnStyles;
    private final XlsxCellDecoder.Parts parts = new XlsxCellDecoder.Parts();

    XlsxCellElement(XMLStreamReader xml, String sheet, XlsxCellDecoder decoder, XlsxColumnStyles columnStyles) {
        this.xml = xml;
        this.sheet = sheet;
        this.decoder = decoder;
        this.columnStyles = columnStyles;
    }

    /** Reads the cell whose start tag the reader stands on into its column of the row's cells. */
    void read(int row, List<RawCell> cells) throws XMLStreamException {
        parts.clear();
        String ref = xml.getAttributeValue(null, "r");
        // a cell without a reference follows the row's last one, as POI places it
        int column = ref == null ? cells.size() : column(ref);
        parts.type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        // a damaged style index costs the cell its number format, not the file its reading
        parts.style = style == null ? -1 : XlsxSheetRows.digits(style);
        parts.columnStyle = columnStyles.of(column);
        while (xml.next() != END_ELEMENT) {
            if (!xml.isStartElement()) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "f" -> {
                    // data-table formulas are not formulas to POI: their cells read as plain values
                    parts.formula = !"dataTable".equals(xml.getAttributeValue(null, "t"));
                    skip(xml);
                }
                case "v" -> parts.value = text(row, new StringBuilder()).toString();
                case "is" -> inline(row);
                default -> skip(xml);
            }
        }
        RawCell value = decoder.decode(parts);
        if (value.text() != null && value.text().length() > XlsxSheetRows.MAX_CELL_CHARS) {
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
                        skip(xml);
                    }
                }
            } else {
                skip(xml);
            }
        }
        parts.inlineText = text == null ? null : text.toString();
        parts.inlineRuns = runs == null ? null : runs.toString();
    }

    /** The text of the current element, at most a cell's worth. */
    private StringBuilder text(int row, StringBuilder into) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == CHARACTERS || event == CDATA || event == SPACE)) {
                if (into.length() + xml.getTextLength() > XlsxSheetRows.MAX_CELL_CHARS) {
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
                + "」第" + row + "行有单元格超过" + XlsxSheetRows.MAX_CELL_CHARS + "个字符（Excel的上限），无法读取"));
    }

    /** Moves past the end of the element whose start tag the reader stands on. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
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

    /** The 0-based column of a reference such as {@code AB12}, A to XFD. */
    static int column(String ref) {
        int column = 0;
        int i = ref.startsWith("$") ? 1 : 0;
        int start = i;
        while (i < ref.length() && isAsciiLetter(ref.charAt(i)) && i - start < 3) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == start || column > XlsxSheetRows.MAX_COLUMNS || i < ref.length() && isAsciiLetter(ref.charAt(i))) {
            throw new IllegalArgumentException("cell reference " + ref);
        }
        return column - 1;
    }

    private static boolean isAsciiLetter(char ch) {
        return ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z';
    }
}
