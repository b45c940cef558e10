package com.homeroom.intake;

import com.ctc.wstx.stax.WstxInputFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An .xlsx or .xlsm file opened as a zip of parts, bounded in what it may cost to read. The parts
 * are found as the usermodel finds them — the package's relationship to its office document, that
 * part's relationships to its sheets, styles and shared strings — but read directly from the zip:
 * POI's package model parsed content types, every relationship part and the document properties
 * into DOM trees for each workbook, a fifth of intake's time. Every part passes an
 * {@link XmlPartGuard}; those read whole may inflate to {@link #MAX_PART_BYTES} at most, worksheets
 * — the only parts that grow with the data — are streamed without a cap. The zip's inflate-ratio
 * check (zip bombs) covers every part, and the content-types part is required and guarded, though
 * nothing in it is needed.
 */
final class XlsxPackage implements Closeable {

    /** Far above what Excel writes for a school's styles or shared strings (a few hundred KB). */
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;

    /** A relationship of a part: its type, and its target as a part name (null when external or outside the zip). */
    record Relation(String id, String type, String target) {
    }

    private static final String CONTENT_TYPES = "[content_types].xml";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /** Shared: a configured factory is safe to use from several threads. */
    private static final XMLInputFactory XML = xmlInputFactory();

    private final ZipSecureFile zip;
    /** Entries by lower-cased name: part names are compared without case (OPC). */
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
    private FileRejection violation;

    private XlsxPackage(ZipSecureFile zip) {
        this.zip = zip;
    }

    static XlsxPackage open(Path file) throws FileRejection {
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw explain(null, e);
        }
        XlsxPackage opened = new XlsxPackage(zip);
        try {
            opened.checkDeclaredSizes();
            opened.checkContentTypes();
            return opened;
        } catch (FileRejection e) {
            closeQuietly(zip);
            throw e;
        } catch (Exception e) {
            closeQuietly(zip);
            throw opened.explain(e);
        }
    }

    /** The workbook's part name, from the package's relationships. */
    String officeDocument() throws IOException, XMLStreamException {
        for (Relation r : relations("")) {
            if (OFFICE_DOCUMENT.equals(r.type()) && r.target() != null && has(r.target())) {
                return r.target();
            }
        }
        throw new IOException("no office document in the package");
    }

    /** The relationships of a part ("" for the package's own), in the order written; none when it has no .rels part. */
    List<Relation> relations(String part) throws IOException, XMLStreamException {
        int slash = part.lastIndexOf('/');
        String folder = part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        List<Relation> relations = new ArrayList<>();
        if (!has(rels)) {
            return relations;
        }
        try (InputStream in = part(rels)) {
            XMLStreamReader xml = parse(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    boolean external = "External".equals(xml.getAttributeValue(null, "TargetMode"));
                    String target = xml.getAttributeValue(null, "Target");
                    relations.add(new Relation(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Type"),
                            external || target == null ? null : PartNames.resolve(folder, target)));
                }
            }
            xml.close();
        }
        return relations;
    }

    boolean has(String part) {
        return entries.containsKey(part.toLowerCase(Locale.ROOT));
    }

    /** A part read whole by the caller: guarded and capped. */
    InputStream part(String name) throws IOException {
        return guarded(name, MAX_PART_BYTES);
    }

    /** A worksheet's XML, guarded but not capped: the sheet reader streams it. */
    InputStream worksheet(String name) throws IOException {
        return guarded(name, Long.MAX_VALUE);
    }

    private InputStream guarded(String name, long maxBytes) throws IOException {
        ZipArchiveEntry entry = entries.get(name.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new IOException("no part " + name + " in the package");
        }
        return new XmlPartGuard(zip.getInputStream(entry), entry.getName(), maxBytes, this::tripped);
    }

    /**
     * Nothing in the content types is needed, but the usermodel refuses a package without them, and
     * a part is a part: one with a DTD is refused like any other.
     */
    private void checkContentTypes() throws IOException {
        if (!entries.containsKey(CONTENT_TYPES)) {
            throw new IOException("no content types part");
        }
        try (InputStream in = part(CONTENT_TYPES)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** The rejection a failure while reading this package stands for. */
    FileRejection explain(Throwable failure) {
        return explain(violation, failure);
    }

    private static FileRejection explain(FileRejection violation, Throwable failure) {
        if (violation != null) {
            return violation;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof XmlPartGuard.Violation v) {
                return v.rejection();
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb detected")) {
                return new FileRejection("FILE_TOO_LARGE", "文件解压后的内容超过读取上限（疑似异常文件），无法读取", failure);
            }
            if (message.contains("more internal file entries than expected")) {
                return new FileRejection("FILE_TOO_LARGE", "工作簿内部的部件超过" + ZipSecureFile.getMaxFileCount()
                        + "个（疑似异常文件），无法读取", failure);
            }
        }
        return new FileRejection("FILE_CORRUPT", "文件已损坏或格式不正确，无法打开，请重新保存后报送", failure);
    }

    /**
     * The zip's own directory already says whether a part inflates beyond POI's ratio check; saying
     * so at open keeps the contract's order (cannot be opened comes first) although sheets are read
     * later. A zip that lies about its sizes is still stopped by the check while it is read.
     */
    private void checkDeclaredSizes() throws FileRejection {
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        while (entries.hasMoreElements()) {
            ZipArchiveEntry entry = entries.nextElement();
            String name = entry.getName().toLowerCase(Locale.ROOT);
            this.entries.putIfAbsent(name, entry);
            long size = entry.getSize();
            if (!(name.endsWith(".xml") || name.endsWith(".rels")) || size <= ZipSecureFile.getGraceEntrySize()) {
                continue;
            }
            if (size > ZipSecureFile.getMaxEntrySize()
                    || (double) entry.getCompressedSize() / size < ZipSecureFile.getMinInflateRatio()) {
                throw new FileRejection("FILE_TOO_LARGE", "文件解压后的内容超过读取上限（疑似异常文件），无法读取");
            }
        }
    }

    private void tripped(FileRejection rejection) {
        if (violation == null) {
            violation = rejection;
        }
    }

    private static void closeQuietly(ZipSecureFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // already failing: the first failure is the one to report
        }
    }


    /** A pull parser over a part read through the guard. */
    static XMLStreamReader parse(InputStream part) throws XMLStreamException {
        return XML.createXMLStreamReader(part);
    }

    /**
     * Woodstox rather than the JDK's parser (Xerces): the same pull API, 16 % less time on a cold
     * read of the city's workbooks and 20 % warm, where the JDK's scanner was about 40 % of the read.
     */
    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        // XmlPartGuard already refuses any DTD; the parser is told the same in its own terms
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
