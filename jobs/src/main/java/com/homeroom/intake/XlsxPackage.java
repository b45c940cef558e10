package com.homeroom.intake;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;

/**
 * An .xlsx or .xlsm file opened as a package, bounded in what it may cost to read. Every part POI
 * reads itself (content types, relationships, workbook, styles, shared strings) passes an
 * {@link XmlPartGuard} and may inflate to {@link #MAX_PART_BYTES} at most, since POI holds those
 * parts whole in memory. Worksheets — the only parts that grow with the data — are streamed, so
 * they pass the guard without a size cap; POI's inflate-ratio check (zip bombs) covers every part.
 */
final class XlsxPackage implements Closeable {

    /** Far above what Excel writes for a school's styles or shared strings (a few hundred KB). */
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;

    /** Shared: a configured factory is safe to use from several threads. */
    private static final XMLInputFactory XML = xmlInputFactory();

    private final ZipSecureFile zip;
    private OPCPackage opc;
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
            opened.opc = OPCPackage.open(opened.new GuardedEntries(new ZipFileZipEntrySource(zip)));
            return opened;
        } catch (FileRejection e) {
            closeQuietly(zip);
            throw e;
        } catch (Exception e) {
            closeQuietly(zip);
            throw opened.explain(e);
        }
    }

    OPCPackage opc() {
        return opc;
    }

    /** A worksheet's XML, guarded but not capped: the sheet reader streams it. */
    InputStream worksheet(PackagePart part) throws IOException {
        if (part instanceof ZipPackagePart zipped) {
            return new XmlPartGuard(zip.getInputStream(zipped.getZipArchive()), name(part), Long.MAX_VALUE, this::tripped);
        }
        return part.getInputStream();
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

    private static String name(PackagePart part) {
        return part.getPartName().getName().substring(1);
    }

    /** A pull parser over a part read through the guard. */
    static XMLStreamReader parse(InputStream part) throws XMLStreamException {
        return XML.createXMLStreamReader(part);
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

    @Override
    public void close() {
        // read only: revert closes the zip without writing anything back
        opc.revert();
    }

    /** The zip as POI sees it: every part it opens is guarded and capped. */
    private final class GuardedEntries implements ZipEntrySource {

        private final ZipEntrySource delegate;

        GuardedEntries(ZipEntrySource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return delegate.getEntries();
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return delegate.getEntry(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return new XmlPartGuard(delegate.getInputStream(entry), entry.getName(), MAX_PART_BYTES,
                    XlsxPackage.this::tripped);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }

        @Override
        public boolean isClosed() {
            return delegate.isClosed();
        }
    }
}
