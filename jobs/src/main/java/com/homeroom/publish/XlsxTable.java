package com.homeroom.publish;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table on a sheet of an {@link XlsxBook}: a bold header row, then one row per call, each value
 * written as its column's kind says. Every text cell is a string cell, and one that a spreadsheet
 * would take for a formula gets the quote-prefix style, so it stays text even after editing.
 */
final class XlsxTable {

    enum Kind {
        /** a string cell */
        TEXT,
        /** true/false written as 是/否 */
        YES_NO,
        /** a number shown with one decimal (scores, totals) */
        ONE_DECIMAL,
        /** a number shown with two decimals (means) */
        TWO_DECIMALS,
        /** a whole number (counts, ranks, row numbers) */
        INTEGER,
        /** a number in the General format (16, 3.5) */
        NUMBER
    }

    /** @param width the column's width in characters, a CJK character counting two */
    record Column(String header, Kind kind, int width) {

        static Column text(String header, int width) {
            return new Column(header, Kind.TEXT, width);
        }

        static Column of(String header, Kind kind) {
            return new Column(header, kind, kind == Kind.TEXT ? 10 : 8);
        }
    }

    private final XlsxBook book;
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final int headerRow;
    private int nextRow;

    /** Writes the header at headerRow and sets the column widths from the columns (SXSSF cannot autosize). */
    XlsxTable(XlsxBook book, SXSSFSheet sheet, List<Column> columns, int headerRow) {
        this.book = book;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.headerRow = headerRow;
        Row row = sheet.createRow(headerRow);
        for (int i = 0; i < columns.size(); i++) {
            String text = columns.get(i).header();
            Cell cell = row.createCell(i);
            cell.setCellValue(text);
            cell.setCellStyle(needsQuote(text) ? book.quotedHeader : book.header);
            int chars = Math.min(255, Math.max(columns.get(i).width(), displayWidth(text) + 2));
            sheet.setColumnWidth(i, Math.max(sheet.getColumnWidth(i), chars * 256));
        }
        this.nextRow = headerRow + 1;
    }

    void row(List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value != null) {
                write(row.createCell(i), columns.get(i).kind(), value);
            }
        }
    }

    /** The row after the table's last. */
    int end() {
        return nextRow;
    }

    /** Freezes the rows down to the header and the first columns, and puts a filter on the header. */
    void freezeAndFilter(int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1));
    }

    private void write(Cell cell, Kind kind, Object value) {
        switch (kind) {
            case TEXT -> text(cell, value.toString());
            case YES_NO -> {
                cell.setCellValue(Boolean.TRUE.equals(value) ? "是" : "否");
                cell.setCellStyle(book.plain);
            }
            case ONE_DECIMAL -> number(cell, value, book.oneDecimal);
            case TWO_DECIMALS -> number(cell, value, book.twoDecimals);
            case INTEGER -> number(cell, value, book.integer);
            case NUMBER -> number(cell, value, book.plain);
        }
    }

    private void text(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(needsQuote(text) ? book.quoted : book.plain);
    }

    private static void number(Cell cell, Object value, CellStyle style) {
        // DECIMALs and integers from the warehouse, or text such as results.sql's years ("3.5")
        cell.setCellValue(value instanceof Number n ? n.doubleValue() : new BigDecimal(value.toString()).doubleValue());
        cell.setCellStyle(style);
    }

    /** The same test as the CSV files' neutralisation: = + - @ tab or CR at the start. */
    static boolean needsQuote(String text) {
        return !CsvWriter.neutralised(text).equals(text);
    }

    /** Characters as a spreadsheet column counts them: wide (CJK, full-width) ones as two. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp >= 0x1100 ? 2 : 1).sum();
    }
}
