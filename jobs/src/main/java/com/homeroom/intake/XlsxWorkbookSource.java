package com.homeroom.intake;

import org.apache.poi.xssf.usermodel.XSSFRelation;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

/**
 * Reads .xlsx and .xlsm by streaming: the parts found through {@link XlsxPackage}; the workbook,
 * the styles' number formats and the shared strings read with a pull parser; {@link XlsxSheetRows}
 * pulling each sheet's rows one at a time, so memory is bounded by a row, the shared strings and
 * the styles, not by the sheet's length. It yields the same rows and cells as
 * {@link PoiWorkbookSource} over POI's usermodel; it is stricter where the usermodel reads a
 * broken file quietly (a styles or shared-strings part the workbook refers to but lacks, rows out
 * of order): those are rejected. Macros in an .xlsm are never touched: only the relations,
 * workbook, styles, shared strings and worksheets are read.
 */
public final class XlsxWorkbookSource implements WorkbookSource {

    private static final Set<String> SHEET_RELATIONS = Set.of(XSSFRelation.WORKSHEET.getRelation(),
            XSSFRelation.CHARTSHEET.getRelation());

    /** The namespace of a sheet's r:id; an r:id in any other is no reference, as the usermodel has it. */
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XlsxPackage pkg;
    private final Map<String, String> sheets;
    private final XlsxCellDecoder decoder;
    private final List<XlsxSheetRows> open = new ArrayList<>();

    private XlsxWorkbookSource(XlsxPackage pkg, Map<String, String> sheets, XlsxCellDecoder decoder) {
        this.pkg = pkg;
        this.sheets = sheets;
        this.decoder = decoder;
    }

    public static XlsxWorkbookSource open(Path file) throws FileRejection {
        XlsxPackage pkg = XlsxPackage.open(file);
        try {
            String workbook = pkg.officeDocument();
            List<XlsxPackage.Relation> relations = pkg.relations(workbook);
            Map<String, String> sheets = new LinkedHashMap<>();
            boolean date1904;
            try (InputStream in = pkg.part(workbook)) {
                date1904 = readWorkbook(in, pkg, relations, sheets);
            }
            String styles = related(pkg, relations, XSSFRelation.STYLES);
            String strings = related(pkg, relations, XSSFRelation.SHARED_STRINGS);
            return new XlsxWorkbookSource(pkg, sheets, new XlsxCellDecoder(strings == null ? null : sharedStrings(pkg, strings),
                    styles == null ? null : numberFormats(pkg, styles), date1904));
        } catch (Exception e) {
            pkg.close();
            throw pkg.explain(e);
        }
    }

    /** Sheet names with their parts, in workbook order (a sheet whose part is missing is left out, as POI does). */
    private static boolean readWorkbook(InputStream in, XlsxPackage pkg, List<XlsxPackage.Relation> relations,
                                       Map<String, String> sheets) throws XMLStreamException {
        Boolean date1904 = null;
        XMLStreamReader xml = XlsxPackage.parse(in);
        while (xml.hasNext()) {
            if (xml.next() != START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("workbookPr") && date1904 == null) {
                String value = xml.getAttributeValue(null, "date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if (xml.getLocalName().equals("sheet")) {
                String name = xml.getAttributeValue(null, "name");
                String part = sheetPart(pkg, relations, xml.getAttributeValue(RELATIONSHIPS, "id"));
                if (name != null && part != null) {
                    sheets.putIfAbsent(name, part);
                }
            }
        }
        xml.close();
        return Boolean.TRUE.equals(date1904);
    }

    private static String sheetPart(XlsxPackage pkg, List<XlsxPackage.Relation> relations, String id) {
        if (id == null) {
            return null;
        }
        for (XlsxPackage.Relation r : relations) {
            if (id.equals(r.id())) {
                boolean sheet = SHEET_RELATIONS.contains(r.type());
                return sheet && r.target() != null && pkg.has(r.target()) ? r.target() : null;
            }
        }
        return null;
    }

    /**
     * The workbook's styles or shared strings, found as the usermodel finds them: by the workbook's
     * relationship, not by content type (a damaged content type must not silently blank every
     * string). One the workbook names but the zip lacks is an error.
     */
    private static String related(XlsxPackage pkg, List<XlsxPackage.Relation> relations, XSSFRelation relation)
            throws IOException {
        for (XlsxPackage.Relation r : relations) {
            if (relation.getRelation().equals(r.type()) && r.target() != null) {
                if (!pkg.has(r.target())) {
                    throw new IOException("the workbook's " + r.target() + " is missing");
                }
                return r.target();
            }
        }
        return null;
    }

    private static XlsxNumberFormats numberFormats(XlsxPackage pkg, String part) throws Exception {
        try (InputStream in = pkg.part(part)) {
            return XlsxNumberFormats.read(in);
        }
    }

    private static XlsxSharedStrings sharedStrings(XlsxPackage pkg, String part) throws Exception {
        try (InputStream in = pkg.part(part)) {
            return XlsxSharedStrings.read(in);
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /** Each iteration reads the sheet anew from the file; an unreadable sheet ends it with {@link RejectedWhileReading}. */
    @Override
    public Iterable<SheetRow> rows(String sheetName) {
        String part = sheets.get(sheetName);
        if (part == null) {
            return List.of();
        }
        return () -> {
            XlsxSheetRows rows = new XlsxSheetRows(sheetName, pkg, part, decoder);
            open.removeIf(XlsxSheetRows::finished);
            open.add(rows);
            return rows;
        };
    }

    @Override
    public void close() {
        open.forEach(XlsxSheetRows::close);
        open.clear();
        pkg.close();
    }
}
