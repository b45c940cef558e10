package com.homeroom.intake;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a workbook or says in one Chinese sentence why it cannot be opened. The format is
 * decided by the file's first bytes, not its name: a PNG renamed .xlsx is not a spreadsheet.
 * A zip (.xlsx, .xlsm) is streamed ({@link XlsxWorkbookSource}); an OLE2 file is an .xls, read by
 * POI's usermodel, or an encrypted workbook.
 */
public final class WorkbookOpener {

    /** Rows per sheet of a school workbook: a large school has a few hundred class teachers. */
    public static final int DEFAULT_MAX_ROWS_PER_SHEET = 10_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final long maxBytes;
    private final int maxRowsPerSheet;
    private final boolean streaming;

    public WorkbookOpener(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_ROWS_PER_SHEET);
    }

    /** @param maxRowsPerSheet the most non-empty rows a sheet of a school workbook may have (see {@link SheetRowLimit}) */
    public WorkbookOpener(long maxBytes, int maxRowsPerSheet) {
        this(maxBytes, maxRowsPerSheet, true);
    }

    private WorkbookOpener(long maxBytes, int maxRowsPerSheet, boolean streaming) {
        this.maxBytes = maxBytes;
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.streaming = streaming;
    }

    /**
     * An opener that reads .xlsx with POI's usermodel too, the whole workbook as objects: the naive
     * intake the benchmark compares the streaming reader with. Not for runs (no XML guard).
     */
    public static WorkbookOpener usermodel(long maxBytes) {
        return new WorkbookOpener(maxBytes, DEFAULT_MAX_ROWS_PER_SHEET, false);
    }

    public int maxRowsPerSheet() {
        return maxRowsPerSheet;
    }

    public WorkbookSource open(Path file) throws FileRejection {
        long size = size(file);
        if (size == 0) {
            throw new FileRejection("FILE_EMPTY", "文件为空（0字节），无法读取");
        }
        if (size > maxBytes) {
            throw new FileRejection("FILE_TOO_LARGE",
                    "文件大小为" + megabytes(size) + "MB，超过上限" + megabytes(maxBytes) + "MB");
        }
        byte[] head = head(file);
        if (startsWith(head, ZIP) && streaming) {
            return XlsxWorkbookSource.open(file);
        }
        if (!startsWith(head, OLE2) && !startsWith(head, ZIP)) {
            throw new FileRejection("NOT_SPREADSHEET", "文件不是Excel工作簿（.xlsx或.xls），无法读取");
        }
        try {
            Workbook workbook = WorkbookFactory.create(file.toFile(), null, true);
            return new PoiWorkbookSource(workbook);
        } catch (EncryptedDocumentException e) {
            throw new FileRejection("FILE_ENCRYPTED", "工作簿设置了密码（已加密），请取消密码后重新报送", e);
        } catch (IOException | RuntimeException e) {
            if (overDecompressionLimit(e)) {
                throw new FileRejection("FILE_TOO_LARGE", "文件解压后的内容超过读取上限（疑似异常文件），无法读取", e);
            }
            throw new FileRejection("FILE_CORRUPT", "文件已损坏或格式不正确，无法打开，请重新保存后报送", e);
        }
    }

    /** POI's zip-bomb guard (inflate ratio, expanded size) has no exception type of its own, only this message. */
    private static boolean overDecompressionLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path file) throws FileRejection {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new FileRejection("FILE_CORRUPT", "文件无法读取", e);
        }
    }

    private static byte[] head(Path file) throws FileRejection {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        } catch (IOException e) {
            throw new FileRejection("FILE_CORRUPT", "文件无法读取", e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes)
                .divide(java.math.BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
