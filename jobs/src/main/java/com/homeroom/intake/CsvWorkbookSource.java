package com.homeroom.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as a one-sheet workbook of text cells (RFC 4180 quoting). The encoding is UTF-8 when
 * the bytes decode as UTF-8, else GB18030 — what Excel on a Chinese Windows saves as "CSV".
 */
public final class CsvWorkbookSource implements WorkbookSource {

    static final String SHEET = "csv";
    private final List<SheetRow> rows;

    private CsvWorkbookSource(List<SheetRow> rows) {
        this.rows = rows;
    }

    public static CsvWorkbookSource read(Path file) throws IOException {
        return new CsvWorkbookSource(parse(decode(Files.readAllBytes(file))));
    }

    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    static List<SheetRow> parse(String text) {
        List<SheetRow> rows = new ArrayList<>();
        List<RawCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int rowNumber = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell(field));
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell(field));
                rows.add(new SheetRow(rowNumber++, List.copyOf(cells)));
                cells.clear();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !cells.isEmpty()) {
            cells.add(cell(field));
            rows.add(new SheetRow(rowNumber, List.copyOf(cells)));
        }
        return rows;
    }

    private static RawCell cell(StringBuilder field) {
        String value = field.toString();
        field.setLength(0);
        return value.isEmpty() ? RawCell.BLANK : RawCell.text(value);
    }

    @Override
    public List<String> sheetNames() {
        return List.of(SHEET);
    }

    @Override
    public Iterable<SheetRow> rows(String sheetName) {
        return rows;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
