package io.brandbridge.touchpoint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it, keeping at most one line of
 * {@code maxLineBytes}; a longer line is skipped and reported as too long.
 */
public final class LineReader {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int length;
    private boolean tooLong;
    private boolean eof;

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                trimCarriageReturn();
                return any;
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                trimCarriageReturn();
                return true;
            }
        }
    }

    public byte[] bytes() {
        return line;
    }

    public int length() {
        return length;
    }

    public boolean tooLong() {
        return tooLong;
    }

    public boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void append(int start, int count) {
        if (tooLong || count == 0) {
            return;
        }
        if (length + count > maxLineBytes) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, length + count)));
        }
        System.arraycopy(buffer, start, line, length, count);
        length += count;
    }

    private void trimCarriageReturn() {
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int read = in.readNBytes(buffer, 0, buffer.length);
        if (read <= 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
