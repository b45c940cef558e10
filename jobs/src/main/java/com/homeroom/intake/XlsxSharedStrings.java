package com.homeroom.intake;

import org.apache.poi.xssf.usermodel.XSSFRelation;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared strings of a workbook, as the usermodel reads them: the text of each {@code <si>}
 * (its {@code <t>} and rich-text runs), phonetic guides (rPh, the furigana/pinyin runs) left
 * out; the {@code _xHHHH_} escapes are decoded by {@link XlsxCellDecoder}, once. Read with the pull parser into plain strings: POI's
 * read-only table builds an XMLBeans rich-text object on every lookup, which was a tenth of
 * intake's time. The part's uniqueCount is not trusted for sizing (a forged two billion would take
 * the heap before one string is read).
 */
final class XlsxSharedStrings {

    /** Only SpreadsheetML elements count, as in POI's ReadOnlySharedStringsTable. */
    private static final String MAIN = XSSFRelation.NS_SPREADSHEETML;

    private final List<String> strings;

    private XlsxSharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static XlsxSharedStrings read(InputStream in) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = XlsxPackage.parse(in);
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        boolean inPhonetic = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && MAIN.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "si" -> text.setLength(0);
                    case "t" -> inText = true;
                    case "rPh" -> inPhonetic = true;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && MAIN.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "si" -> strings.add(text.toString());
                    case "t" -> inText = false;
                    case "rPh" -> inPhonetic = false;
                    default -> { }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && inText && !inPhonetic) {
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }
        xml.close();
        return new XlsxSharedStrings(strings);
    }

    /** The string at an index, or "" when there is none (what the usermodel gives for a bad index). */
    String at(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : "";
    }
}
