package com.homeroom.intake;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
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
 * Reads .xlsx and .xlsm by streaming: POI's package and XSSFReader for the workbook, the styles'
 * number formats and the shared strings with a pull parser, and {@link XlsxSheetRows} pulling
 * each sheet's rows one at a time, so memory is bounded by a row, the shared strings and the
 * styles, not by the sheet's length. It
 * yields the same rows and cells as {@link PoiWorkbookSource} over POI's usermodel; it is stricter
 * where the usermodel reads a broken file quietly (a styles or shared-strings part the workbook
 * refers to but lacks, rows out of order): those are rejected. Macros in an .xlsm are never
 * touched: only the relations, workbook, styles, shared strings and worksheets are read.
 */
public final class XlsxWorkbookSource implements WorkbookSource {

    private static final Set<String> SHEET_RELATIONS = Set.of(XSSFRelation.WORKSHEET.getRelation(),
            XSSFRelation.CHARTSHEET.getRelation());

    /** The namespace of a sheet's r:id; an r:id in any other is no reference, as the usermodel has it. */
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XlsxPackage pkg;
    private final Map<String, PackagePart> sheets;
    private final XlsxCellDecoder decoder;
    private final List<XlsxSheetRows> open = new ArrayList<>();

    private XlsxWorkbookSource(XlsxPackage pkg, Map<String, PackagePart> sheets, XlsxCellDecoder decoder) {
        this.pkg = pkg;
        this.sheets = sheets;
        this.decoder = decoder;
    }

    public static XlsxWorkbookSource open(Path file) throws FileRejection {
        XlsxPackage pkg = XlsxPackage.open(file);
        try {
            XSSFReader reader = new XSSFReader(pkg.opc());
            PackagePart workbookPart = workbookPart(pkg.opc());
            Map<String, PackagePart> sheets = new LinkedHashMap<>();
            boolean date1904;
            try (InputStream workbook = reader.getWorkbookData()) {
                date1904 = readWorkbook(workbook, pkg.opc(), workbookPart, sheets);
            }
            PackagePart styles = related(workbookPart, XSSFRelation.STYLES);
            PackagePart strings = related(workbookPart, XSSFRelation.SHARED_STRINGS);
            return new XlsxWorkbookSource(pkg, sheets, new XlsxCellDecoder(strings == null ? null : sharedStrings(strings),
                    styles == null ? null : numberFormats(styles), date1904));
        } catch (Exception e) {
            pkg.close();
            throw pkg.explain(e);
        }
    }

    /** Sheet names with their parts, in workbook order (a sheet whose part is missing is left out, as POI does). */
    private static boolean readWorkbook(InputStream in, OPCPackage opc, PackagePart workbookPart,
                                       Map<String, PackagePart> sheets) throws XMLStreamException, IOException {
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
                PackagePart part = sheetPart(opc, workbookPart, xml.getAttributeValue(RELATIONSHIPS, "id"));
                if (name != null && part != null) {
                    sheets.putIfAbsent(name, part);
                }
            }
        }
        xml.close();
        return Boolean.TRUE.equals(date1904);
    }


    private static PackagePart workbookPart(OPCPackage opc) {
        PackageRelationship core = opc.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        return opc.getPart(core);
    }

    private static PackagePart sheetPart(OPCPackage opc, PackagePart workbook, String id) throws IOException {
        PackageRelationship relation = id == null ? null : workbook.getRelationship(id);
        if (relation == null || relation.getTargetMode() == TargetMode.EXTERNAL
                || !SHEET_RELATIONS.contains(relation.getRelationshipType())) {
            return null;
        }
        try {
            return opc.getPart(PackagingURIHelper.createPartName(relation.getTargetURI()));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /**
     * The workbook's styles or shared strings, found as the usermodel finds them: by the workbook's
     * relationship, not by content type (a damaged content type must not silently blank every string).
     */
    private static PackagePart related(PackagePart workbook, XSSFRelation relation) throws Exception {
        for (PackageRelationship r : workbook.getRelationshipsByType(relation.getRelation())) {
            if (r.getTargetMode() != TargetMode.EXTERNAL) {
                return workbook.getRelatedPart(r);
            }
        }
        return null;
    }

    private static XlsxNumberFormats numberFormats(PackagePart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return XlsxNumberFormats.read(in);
        }
    }

    private static XlsxSharedStrings sharedStrings(PackagePart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
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
        PackagePart part = sheets.get(sheetName);
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
