package com.homeroom.intake;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * What {@link TestWorkbook} does not write: formulas, encrypted, damaged, rewritten and inflating
 * files (zip bombs included), modification times.
 */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    /** Opens a written workbook, lets the test change it, and writes it back with formulas evaluated. */
    static Path edit(Path file, Consumer<Workbook> change) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            change.accept(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    /** Writes the workbook as Excel does with "Encrypt with password" (agile encryption, OLE2 container). */
    static Path encrypt(Path plain, Path target, String password) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        return target;
    }

    /** Keeps the first half of a real workbook: still a zip by its first bytes, but cut off. */
    static Path truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }

    /**
     * Pads the first worksheet with megabytes of white space: valid XML, but it inflates more than a
     * hundredfold, as a zip bomb does.
     */
    static Path inflate(Path file, int megabytes) throws IOException {
        byte[] original = Files.readAllBytes(file);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /**
     * Rewrites the parts of a written .xlsx: {@code change} gets each part's name and bytes and
     * returns the new bytes, or null to leave the part out. {@code added} parts are appended.
     */
    static Path rewrite(Path file, BiFunction<String, byte[], byte[]> change,
                        Map<String, byte[]> added) throws IOException {
        byte[] original = Files.readAllBytes(file);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = change.apply(entry.getName(), in.readAllBytes());
                if (content != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, byte[]> part : added.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    /** Rewrites one XML part of a written .xlsx as text. */
    static Path rewritePart(Path file, String part, UnaryOperator<String> change) throws IOException {
        return rewrite(file, (name, bytes) -> name.equals(part)
                ? change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes,
                Map.of());
    }

    /**
     * Replaces one part of a written workbook with {@code megabytes} of zeros, deflated a thousandfold
     * (a zip bomb). Deflating gigabytes would take the test seconds; one megabyte compressed with a
     * full flush compresses the same way every time, so its bytes are written that many times.
     */
    static Path zipBomb(Path file, String part, int megabytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        Deflater deflater = new Deflater(9, true);
        byte[] block = deflate(deflater, zeros, false);
        byte[] end = deflate(deflater, null, true);
        deflater.end();
        CRC32 crc = new CRC32();
        for (int i = 0; i < megabytes; i++) {
            crc.update(zeros);
        }
        byte[] original = Files.readAllBytes(file);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
             ZipArchiveOutputStream out =
                     new ZipArchiveOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                if (!entry.getName().equals(part)) {
                    out.putArchiveEntry(copy);
                    out.write(in.readAllBytes());
                    out.closeArchiveEntry();
                    continue;
                }
                copy.setMethod(ZipEntry.DEFLATED);
                copy.setSize((long) megabytes << 20);
                copy.setCompressedSize((long) block.length * megabytes + end.length);
                copy.setCrc(crc.getValue());
                List<java.io.InputStream> pieces = new ArrayList<>();
                for (int i = 0; i < megabytes; i++) {
                    pieces.add(new ByteArrayInputStream(block));
                }
                pieces.add(new ByteArrayInputStream(end));
                out.addRawArchiveEntry(copy, new SequenceInputStream(Collections.enumeration(pieces)));
            }
        }
        return file;
    }

    /** One megabyte deflated with a full flush (so that the next one deflates alike), or the final block. */
    private static byte[] deflate(Deflater deflater, byte[] input, boolean last) {
        if (last) {
            deflater.finish();
        } else {
            deflater.setInput(input);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length,
                    last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
            if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                return out.toByteArray();
            }
        }
    }

    static Path modified(Path file, String instant) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(instant)));
        return file;
    }
}
