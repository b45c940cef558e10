package com.homeroom.intake;

import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import java.io.IOException;
import java.io.InputStream;

/**
 * The shared strings of a workbook, as the usermodel reads them: phonetic guides (rPh, the
 * furigana/pinyin runs) left out, {@code _xHHHH_} escapes decoded.
 */
final class XlsxSharedStrings extends ReadOnlySharedStringsTable {

    private XlsxSharedStrings(InputStream in) throws IOException, SAXException {
        super(in, false);
    }

    static XlsxSharedStrings read(InputStream in) throws IOException, SAXException {
        return new XlsxSharedStrings(in);
    }

    /**
     * POI sizes its list from the part's own uniqueCount: a forged count of two billion would take
     * the whole heap before one string is read. The count is only a hint, so it is not passed on.
     */
    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        super.startElement(uri, localName, name, "sst".equals(localName) ? new AttributesImpl() : attributes);
    }

    /** The string at an index, or "" when there is none (what the usermodel gives for a bad index). */
    String at(int index) {
        try {
            return ((XSSFRichTextString) getItemAt(index)).getString();
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            return "";
        }
    }
}
