package com.homeroom.intake;

import com.homeroom.intake.value.CellText;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A school workbook seen through its row limit: reading stops, and the file is rejected, at the
 * first sheet with more non-empty rows than the limit. Intake keeps every row it reads until the
 * file's chunk is stored, so without a limit a forged sheet of a million rows would fill memory;
 * streaming alone bounds the reading, not what is read. Empty rows (formatting only) do not count.
 */
final class SheetRowLimit implements WorkbookSource {

    private final WorkbookSource workbook;
    private final int maxRows;

    SheetRowLimit(WorkbookSource workbook, int maxRows) {
        this.workbook = workbook;
        this.maxRows = maxRows;
    }

    @Override
    public List<String> sheetNames() {
        return workbook.sheetNames();
    }

    @Override
    public Iterable<SheetRow> rows(String sheetName) {
        Iterable<SheetRow> rows = workbook.rows(sheetName);
        return () -> new Iterator<>() {
            private final Iterator<SheetRow> it = rows.iterator();
            private int nonEmpty;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public SheetRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SheetRow row = it.next();
                if (!isEmpty(row) && ++nonEmpty > maxRows) {
                    throw new RejectedWhileReading(new FileRejection("FILE_TOO_LARGE", "工作表「" + sheetName.strip()
                            + "」超过" + maxRows + "行，超出每个工作表的行数上限（疑似异常文件），未读取"));
                }
                return row;
            }
        };
    }

    private static boolean isEmpty(SheetRow row) {
        for (RawCell cell : row.cells()) {
            if (!CellText.isEmpty(cell)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        workbook.close();
    }
}
