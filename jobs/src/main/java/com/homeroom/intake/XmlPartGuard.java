package com.homeroom.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Watches the bytes of one XML part of a workbook on their way to a parser and stops the part
 * before the parser can be harmed by it:
 * <ul>
 * <li>a DOCTYPE or any other markup declaration ({@code <!ENTITY …>}) — the door to external
 * entities (XXE) and to entity expansion (billion laughs); Excel never writes one;</li>
 * <li>one piece of markup — a tag with its attributes, a comment, a CDATA section, a processing
 * instruction — longer than {@link #MAX_MARKUP_BYTES}: parsers hold such a piece whole in memory,
 * whereas text reaches them in slices;</li>
 * <li>an encoding that is not ASCII-compatible (UTF-16, UCS-4, EBCDIC), which would hide all of
 * the above from a look at the bytes.</li>
 * </ul>
 * The part is stopped with a {@link Violation}; the parser sees an I/O error.
 */
final class XmlPartGuard extends FilterInputStream {

    /** Far above any real tag: a cell element with every attribute Excel writes is under 200 bytes. */
    static final int MAX_MARKUP_BYTES = 1 << 20;

    /** The part broke one of the rules; carries the rejection the clerk reads. */
    static final class Violation extends IOException {

        private final FileRejection rejection;

        Violation(FileRejection rejection) {
            super(rejection.getMessage());
            this.rejection = rejection;
        }

        FileRejection rejection() {
            return rejection;
        }
    }

    private enum State { START, TEXT, OPEN, BANG, BANG_DASH, TAG, QUOTED, COMMENT, CDATA, PI }

    private final String part;
    private final long maxBytes;
    private final Consumer<FileRejection> tripped;
    private State state = State.START;
    private long position;
    private int quote;
    private long markupBytes;
    private int previous;
    private int beforePrevious;

    /**
     * @param maxBytes the most the part may inflate to ({@code Long.MAX_VALUE} for a streamed worksheet)
     * @param tripped  told of a violation before it is thrown, since parsers wrap I/O errors their own way
     */
    XmlPartGuard(InputStream in, String part, long maxBytes, Consumer<FileRejection> tripped) {
        super(in);
        this.part = part;
        this.maxBytes = maxBytes;
        this.tripped = tripped;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            inspect(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        int end = offset + Math.max(n, 0);
        int i = offset;
        while (i < end) {
            int run = quietRun(buffer, i, end);
            if (run > 0) {
                pass(buffer, i, run);
                i += run;
            } else {
                inspect(buffer[i++] & 0xFF);
            }
        }
        return n;
    }

    /**
     * How many bytes from {@code from} leave the state as it is: in text up to the next '<', in a
     * tag up to a quote or '>', in a quoted value up to its closing quote (and never a 0 byte).
     * Those are most of a sheet's bytes, and stepping over them in a tight loop instead of one
     * {@link #inspect} each made the guard cheap beside the parser.
     */
    private int quietRun(byte[] buffer, int from, int end) {
        int i = from;
        switch (state) {
            case TEXT -> {
                while (i < end && buffer[i] != '<' && buffer[i] != 0) {
                    i++;
                }
            }
            case TAG -> {
                while (i < end && buffer[i] != '"' && buffer[i] != '\'' && buffer[i] != '>' && buffer[i] != 0) {
                    i++;
                }
            }
            case QUOTED -> {
                while (i < end && buffer[i] != quote && buffer[i] != 0) {
                    i++;
                }
            }
            default -> {
            }
        }
        return i - from;
    }

    /** Counts a quiet run as {@link #inspect} would have, byte by byte. */
    private void pass(byte[] buffer, int from, int run) throws Violation {
        position += run;
        if (position > maxBytes) {
            throw tooLarge();
        }
        if (state != State.TEXT) {
            markupBytes += run;
            if (markupBytes > MAX_MARKUP_BYTES) {
                throw markupTooLong();
            }
        }
        beforePrevious = run >= 2 ? buffer[from + run - 2] & 0xFF : previous;
        previous = buffer[from + run - 1] & 0xFF;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must be seen, so skipping reads
        byte[] buffer = new byte[8192];
        long left = n;
        while (left > 0) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            left -= read;
        }
        return n - left;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void inspect(int b) throws Violation {
        position++;
        if (b == 0) {
            throw notAsciiCompatible();
        }
        if (position > maxBytes) {
            throw tooLarge();
        }
        if (state != State.TEXT && state != State.START && ++markupBytes > MAX_MARKUP_BYTES) {
            throw markupTooLong();
        }
        switch (state) {
            case START -> start(b);
            case TEXT -> {
                if (b == '<') {
                    open();
                }
            }
            case OPEN -> state = b == '!' ? State.BANG : b == '?' ? State.PI : tag(b);
            case BANG -> {
                if (b == '-') {
                    state = State.BANG_DASH;
                } else if (b == '[') {
                    state = State.CDATA;
                } else {
                    throw declaration();
                }
            }
            case BANG_DASH -> state = b == '-' ? State.COMMENT : tag(b);
            case TAG -> state = tag(b);
            case QUOTED -> state = b == quote ? State.TAG : State.QUOTED;
            case COMMENT -> endsWith(b, '-', '-', '>');
            case CDATA -> endsWith(b, ']', ']', '>');
            case PI -> {
                if (previous == '?' && b == '>') {
                    text();
                }
            }
        }
        beforePrevious = previous;
        previous = b;
    }

    /** Before the first '<' only a UTF-8 byte order mark and white space may come. */
    private void start(int b) throws Violation {
        boolean bom = position == 1 && b == 0xEF || position == 2 && b == 0xBB || position == 3 && b == 0xBF;
        if (b == '<') {
            open();
        } else if (!bom && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
            throw notAsciiCompatible();
        }
    }

    private void open() {
        state = State.OPEN;
        markupBytes = 1;
    }

    private void text() {
        state = State.TEXT;
        markupBytes = 0;
    }

    private State tag(int b) {
        if (b == '"' || b == '\'') {
            quote = b;
            return State.QUOTED;
        }
        if (b == '>') {
            text();
            return State.TEXT;
        }
        return State.TAG;
    }

    private void endsWith(int b, int first, int second, int last) {
        if (beforePrevious == first && previous == second && b == last) {
            text();
        }
    }

    private Violation tooLarge() {
        return violation("FILE_TOO_LARGE", "工作簿内部「" + part + "」解压后超过" + maxBytes / (1024 * 1024)
                + "MB，超出读取上限（疑似异常文件），未读取");
    }

    private Violation markupTooLong() {
        return violation("FILE_TOO_LARGE", "工作簿内部「" + part + "」中有一段XML标记超过"
                + MAX_MARKUP_BYTES / (1024 * 1024) + "MB，超出读取上限（疑似异常文件），未读取");
    }

    private Violation declaration() {
        return violation("FILE_UNSAFE", "工作簿内部「" + part
                + "」含有DTD声明（可引用外部文件或层层展开实体），Excel保存的工作簿不会有，为安全起见未读取；请用Excel另存后重新报送");
    }

    private Violation notAsciiCompatible() {
        return violation("FILE_CORRUPT", "工作簿内部「" + part + "」不是UTF-8编码的XML，无法读取，请用Excel另存后重新报送");
    }

    private Violation violation(String code, String message) {
        FileRejection rejection = new FileRejection(code, message);
        tripped.accept(rejection);
        return new Violation(rejection);
    }
}
