package com.homeroom.publish.template;

import com.homeroom.intake.value.Periods;
import com.homeroom.publish.WholeFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Saves a template so that the same school, period and scheme give the same bytes: document
 * dates and zip entry times are the period's first day, never the clock. The file appears whole
 * or not at all (written beside it under a hidden name, then renamed).
 */
final class TemplateFile {

    /** China Standard Time, the district's clock. */
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);
    private static final String AUTHOR = "Homeroom";

    private TemplateFile() {
    }

    static void save(XSSFWorkbook workbook, Path file, String period, String title) throws IOException {
        LocalDateTime stamp = Periods.start(period).atStartOfDay();
        Date date = Date.from(stamp.toInstant(CST));
        var core = workbook.getProperties().getCoreProperties();
        core.setCreator(AUTHOR);
        core.setLastModifiedByUser(AUTHOR);
        core.setTitle(title);
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        byte[] bytes = fixedZipTimes(out.toByteArray(), stamp);
        WholeFile.write(file, partial -> Files.write(partial, bytes));
    }

    /** POI stamps each zip entry with the current time; copy the archive with a fixed one. */
    private static byte[] fixedZipTimes(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time); // DOS time from local fields: no dependence on the JVM's zone
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
