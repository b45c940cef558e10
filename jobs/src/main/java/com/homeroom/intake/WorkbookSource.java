package com.homeroom.intake;

import java.io.Closeable;
import java.util.List;

/** An opened workbook, whatever its format; the contract classes read sheets only through this. */
public interface WorkbookSource extends Closeable {

    /** Sheet names as they appear in the workbook, in workbook order. */
    List<String> sheetNames();

    /**
     * The non-empty rows of a sheet in order, with a value merged down several rows given to
     * every row of the merge (the contract's rule for merged data cells).
     */
    Iterable<SheetRow> rows(String sheetName);

    @Override
    void close();
}
