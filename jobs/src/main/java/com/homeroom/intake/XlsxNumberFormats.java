package com.homeroom.intake;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What intake needs of a workbook's styles part: the number format of each cell style, to tell
 * dates and percents from plain numbers. Read with the pull parser: POI's StylesTable parses the
 * whole part into XMLBeans objects (fonts, fills, borders), nearly a tenth of intake's time. The
 * lookups are the usermodel's: the style's numFmtId as a short, its code from the part's own
 * {@code <numFmts>}, else the built-in format of that id.
 */
final class XlsxNumberFormats {

    private static final String MAIN = XSSFRelation.NS_SPREADSHEETML;

    private final Map<Integer, String> custom;
    private final int[] styleFormats;

    private XlsxNumberFormats(Map<Integer, String> custom, int[] styleFormats) {
        this.custom = custom;
        this.styleFormats = styleFormats;
    }

    static XlsxNumberFormats read(InputStream in) throws XMLStreamException {
        Map<Integer, String> custom = new HashMap<>();
        int[] styles = new int[16];
        int count = 0;
        int cellXfs = 0; // 1 inside the first <cellXfs>, 2 after it
        XMLStreamReader xml = XlsxPackage.parse(in);
        while (xml.hasNext()) {
            int event = xml.next();
            if (!(event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                    || !MAIN.equals(xml.getNamespaceURI())) {
                continue;
            }
            String name = xml.getLocalName();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (name.equals("cellXfs") && cellXfs == 1) {
                    cellXfs = 2;
                }
            } else if (name.equals("numFmt")) {
                custom.put(id(xml.getAttributeValue(null, "numFmtId")) & 0xFFFF, xml.getAttributeValue(null, "formatCode"));
            } else if (name.equals("cellXfs") && cellXfs == 0) {
                cellXfs = 1;
            } else if (name.equals("xf") && cellXfs == 1) {
                if (count == styles.length) {
                    styles = Arrays.copyOf(styles, count * 2);
                }
                styles[count++] = id(xml.getAttributeValue(null, "numFmtId"));
            }
        }
        xml.close();
        return new XlsxNumberFormats(custom, Arrays.copyOf(styles, count));
    }

    /** A numFmtId as the usermodel's getDataFormat gives it: absent is 0, the value cut to a short. */
    private static int id(String value) throws XMLStreamException {
        if (value == null) {
            return 0;
        }
        try {
            return (short) Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new XMLStreamException("numFmtId is not a number: " + value);
        }
    }

    /** How many cell styles the workbook has (cellXfs). */
    int styles() {
        return styleFormats.length;
    }

    /** The number format id of a cell style, as a signed short (XSSFCellStyle.getDataFormat). */
    int formatId(int style) {
        return styleFormats[style];
    }

    /** The format code of a cell style (XSSFCellStyle.getDataFormatString); null when none is known. */
    String formatCode(int style) {
        int id = styleFormats[style] & 0xFFFF;
        String code = custom.get(id);
        return code != null ? code : BuiltinFormats.getBuiltinFormat(id);
    }
}
