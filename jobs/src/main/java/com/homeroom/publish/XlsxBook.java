package com.homeroom.publish;

import com.homeroom.intake.value.Periods;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * A streaming (SXSSF) workbook of the publish stage and its cell styles, saved deterministically:
 * document dates and zip entry times are the period's first day, never the clock, so the same
 * warehouse gives the same bytes. Only a window of rows per sheet is held in memory; the rest is
 * flushed to POI's temporary files, which {@link #close()} deletes.
 */
final class XlsxBook implements AutoCloseable {

    /** China Standard Time, the district's clock. */
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);
    private static final String AUTHOR = "Homeroom";
    private static final int ROW_WINDOW = 200;
    private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";

    static {
        // POI asks for a new TransformerFactory for every part it saves, and without this property
        // the JDK looks for one by scanning the class path (every jar, nested ones in the Boot jar)
        // each time: about a tenth of a small workbook's CPU, and there is one per school. This is
        // the JDK's own factory, the one the scan ends with (no other is on the class path); a
        // factory chosen by whoever starts the JVM is kept.
        if (System.getProperty(TRANSFORMER_FACTORY) == null) {
            System.setProperty(TRANSFORMER_FACTORY, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }

    private final LocalDateTime stamp;
    private final SXSSFWorkbook workbook;
    /** The default style, set on cells explicitly: SXSSF looks a style-less cell's up in its column, slowly. */
    final CellStyle plain;
    final CellStyle header;
    final CellStyle quotedHeader;
    final CellStyle quoted;
    final CellStyle oneDecimal;
    final CellStyle twoDecimals;
    final CellStyle integer;

    /** A book of the period, whose first day dates it; an invalid period is refused before any work. */
    XlsxBook(String period) {
        this.stamp = Periods.start(period).atStartOfDay();
        this.workbook = new DatedWorkbook(stamp);
        workbook.setCompressTempFiles(true); // a province's sheets would otherwise fill the temp folder
        plain = workbook.getCellStyleAt(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = headerStyle(bold);
        quotedHeader = headerStyle(bold);
        quotedHeader.setQuotePrefixed(true);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        oneDecimal = format("0.0");
        twoDecimals = format("0.00");
        integer = format("0");
    }

    SXSSFSheet sheet(String name) {
        SXSSFSheet sheet = workbook.getSheet(name);
        return sheet != null ? sheet : workbook.createSheet(name);
    }

    /** Puts the named sheets first, in this order, and opens the workbook on the first. */
    void order(List<String> sheetNames) {
        for (int i = 0; i < sheetNames.size(); i++) {
            workbook.setSheetOrder(sheetNames.get(i), i);
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(i == 0);
        }
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
    }

    /** Writes the file whole or not at all (beside it under a hidden name, then renamed). */
    void save(Path file, String title) throws IOException {
        Date date = Date.from(stamp.toInstant(CST));
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreator(AUTHOR);
        core.setLastModifiedByUser(AUTHOR);
        core.setTitle(title);
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        Files.createDirectories(file.toAbsolutePath().getParent());
        WholeFile.write(file, partial -> {
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
        });
    }

    /**
     * SXSSF stamps each zip entry with the clock (or the time of its temporary file); this one dates
     * every entry at a fixed local time, through the hook SXSSF offers for its zip stream.
     */
    private static final class DatedWorkbook extends SXSSFWorkbook {

        private final long entryTime;

        DatedWorkbook(LocalDateTime time) {
            super(ROW_WINDOW);
            // zip entries hold local DOS time, which commons-compress derives in the JVM's zone:
            // going through that zone gives back exactly these local fields
            this.entryTime = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
                @Override
                public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                    entry.setTime(entryTime);
                    super.putArchiveEntry(entry);
                }
            };
            zip.setUseZip64(zip64Mode);
            return zip;
        }
    }

    private CellStyle headerStyle(Font bold) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(bold);
        s.setWrapText(true);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }

    private CellStyle format(String pattern) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return s;
    }

    /**
     * Deletes the temporary sheet files and drops the package unsaved. {@code SXSSFWorkbook.close()}
     * would save the whole package a second time, into the in-memory stream POI gives every new
     * workbook (a new OPCPackage saves itself on close): a third of the CPU of a small workbook,
     * for bytes nobody reads, since {@link #save} has written the file.
     */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.getXSSFWorkbook().getPackage().revert();
    }
}
