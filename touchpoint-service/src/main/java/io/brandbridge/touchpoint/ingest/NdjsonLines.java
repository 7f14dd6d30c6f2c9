package io.brandbridge.touchpoint.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of an NDJSON body as records: blank lines skipped, a leading byte-order mark dropped, and a line over the
 * byte limit an unreadable record of its own, so each format only parses one line into one record.
 */
public final class NdjsonLines {

    /** Parses one non-blank line, {@code bytes[offset, offset + length)}, into the record at {@code index}. */
    public interface LineParser {
        RawRecord parse(int index, byte[] bytes, int offset, int length) throws IOException;
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final LineReader lines;
    private final int maxRecordBytes;
    private boolean first = true;
    private int index;

    public NdjsonLines(InputStream body, int maxRecordBytes) {
        this.lines = new LineReader(body, maxRecordBytes);
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The next line's record, or null at the end; a body without any line is a request problem. */
    public RawRecord next(LineParser parser) throws IOException {
        while (lines.next()) {
            int offset = first && startsWithBom() ? BOM.length : 0;
            first = false;
            if (lines.tooLong()) {
                RawRecord record = new RawRecord(index++);
                record.problem(null, "is longer than " + maxRecordBytes + " bytes");
                return record;
            }
            if (!lines.isBlank()) {
                return parser.parse(index++, lines.bytes(), offset, lines.length() - offset);
            }
        }
        if (index == 0) {
            throw BodyProblems.empty();
        }
        return null;
    }

    private boolean startsWithBom() {
        byte[] line = lines.bytes();
        return lines.length() >= BOM.length && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2];
    }
}
