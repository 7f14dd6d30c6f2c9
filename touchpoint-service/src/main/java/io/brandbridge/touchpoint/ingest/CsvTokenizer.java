package io.brandbridge.touchpoint.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream: comma-separated, optionally double-quoted cells
 * ({@code ""} is a quote inside a quoted cell, which may span lines), LF or CRLF line ends.
 * A record longer than {@code maxRecordChars} is read to its end but not kept.
 */
final class CsvTokenizer {

    /** One record's cells; {@code problem} is set when the record could not be read faithfully. */
    record Row(List<String> cells, String problem) {
    }

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buffer = new char[32 * 1024];
    private int position;
    private int limit;
    private boolean eof;

    CsvTokenizer(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The next record, or null at the end of the stream. */
    Row next() throws IOException {
        if (peek() < 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int recordChars = 0;
        boolean tooLong = false;
        String problem = null;
        while (true) {
            int c = read();
            if (c == '"' && cell.isEmpty()) {
                while (true) {
                    int q = read();
                    if (q < 0) {
                        problem = "has a quoted cell that is never closed";
                        break;
                    }
                    if (q == '"') {
                        if (peek() == '"') {
                            read();
                        } else {
                            break;
                        }
                    }
                    if (++recordChars > maxRecordChars) {
                        tooLong = true;
                    } else {
                        cell.append((char) q);
                    }
                }
                continue;
            }
            if (c < 0 || c == ',' || c == '\n' || c == '\r') {
                cells.add(tooLong ? "" : cell.toString());
                cell.setLength(0);
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                break;
            }
            if (++recordChars > maxRecordChars) {
                tooLong = true;
            } else {
                cell.append((char) c);
            }
        }
        if (tooLong) {
            return new Row(List.of(), "is longer than " + maxRecordChars + " characters");
        }
        return new Row(cells, problem);
    }

    /** Skips {@code c} if the stream starts with it (the byte-order mark). */
    void skipLeading(char c) throws IOException {
        if (peek() == c) {
            read();
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int read = in.read(buffer, 0, buffer.length);
        while (read == 0) {
            read = in.read(buffer, 0, buffer.length);
        }
        if (read < 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
