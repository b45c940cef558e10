package com.homeroom.sample;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Saves workbooks so that the same content gives the same bytes: fixed document properties, fixed
 * zip entry times, and a file modification time of the moment the school "saved" it.
 */
final class WorkbookFiles {

    /** China Standard Time, the district's clock. */
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private WorkbookFiles() {
    }

    static Workbook create(boolean xls) {
        return xls ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    static void save(Workbook wb, Path file, LocalDateTime saved, String author) throws IOException {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Date stamp = Date.from(saved.toInstant(CST));
        byte[] bytes;
        if (wb instanceof XSSFWorkbook x) {
            var core = x.getProperties().getCoreProperties();
            core.setCreator(author);
            core.setLastModifiedByUser(author);
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            bytes = fixedZipTimes(bytesOf(wb), saved);
        } else {
            HSSFWorkbook h = (HSSFWorkbook) wb;
            h.createInformationProperties();
            h.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
            h.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
            h.getSummaryInformation().setAuthor(author);
            h.getSummaryInformation().setCreateDateTime(stamp);
            h.getSummaryInformation().setLastSaveDateTime(stamp);
            bytes = bytesOf(wb);
        }
        write(file, bytes, saved);
    }

    /** Random bytes behind a zip signature, under a spreadsheet's name: it looks like a workbook but cannot be opened. */
    static void saveCorrupt(Path file, long seed, LocalDateTime saved) throws IOException {
        byte[] bytes = new byte[6000];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) rnd.nextInt(256);
        }
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, bytes, 0, 4);
        write(file, bytes, saved);
    }

    static void write(Path file, byte[] bytes, LocalDateTime saved) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(saved.toInstant(CST)));
    }

    private static byte[] bytesOf(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    /** POI stamps each zip entry with the current time; rewrite the archive with a fixed one. */
    private static byte[] fixedZipTimes(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
