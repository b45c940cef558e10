package com.homeroom.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV contract of outputs.md: UTF-8 without BOM, RFC 4180 quoting, CRLF line ends, a header
 * row, empty for none. Every field is neutralised against formula injection, since any of them
 * may carry text that came from a school's workbook.
 */
public final class CsvWriter implements AutoCloseable {

    private final BufferedWriter out;

    public CsvWriter(Path file, List<String> header) throws IOException {
        Files.createDirectories(file.getParent());
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        row(header);
    }

    public void row(List<?> values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(neutralised(values.get(i) == null ? "" : values.get(i).toString())));
        }
        out.write(line.append("\r\n").toString());
    }

    /** A spreadsheet would run a cell that starts with = + - @ (or tab/CR) as a formula: make it text. */
    public static String neutralised(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
