package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.brandbridge.defaults.json.JsonReadLimits;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code application/x-ndjson}: one interaction object per line. Lines are independent, so a
 * malformed line is a rejected record and the others are still stored. Blank lines are skipped.
 */
final class NdjsonSource implements RecordSource {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final JsonFactory factory;
    private final LineReader lines;
    private final int maxRecordBytes;
    private boolean first = true;
    private int index;

    NdjsonSource(JsonFactory factory, InputStream body, int maxRecordBytes) {
        this.factory = factory;
        this.lines = new LineReader(body, maxRecordBytes);
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public RawRecord next() throws IOException {
        while (lines.next()) {
            int offset = first && startsWithBom() ? BOM.length : 0;
            first = false;
            if (lines.tooLong()) {
                RawRecord record = new RawRecord(index++);
                record.problem(null, "is longer than " + maxRecordBytes + " bytes");
                return record;
            }
            if (lines.isBlank()) {
                continue;
            }
            RawRecord record = new RawRecord(index++);
            parse(record, offset);
            return record;
        }
        if (index == 0) {
            throw BodyProblems.empty();
        }
        return null;
    }

    private void parse(RawRecord record, int offset) throws IOException {
        try (JsonParser parser = factory.createParser(lines.bytes(), offset, lines.length() - offset)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                record.problem(null, "must be a JSON object");
                return;
            }
            JsonRecordReader.read(parser, record);
            if (parser.nextToken() != null) {
                record.problem(null, "has content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            // The line cannot be read, so what it held is unknown; only its position is reported.
            record.externalId = null;
            record.metrics.clear();
            record.problems.clear();
            record.problem(null, JsonReadLimits.describe(e));
        }
    }

    private boolean startsWithBom() {
        return lines.length() >= BOM.length && lines.bytes()[0] == BOM[0] && lines.bytes()[1] == BOM[1] && lines.bytes()[2] == BOM[2];
    }

    @Override
    public void close() {
        // The body stream belongs to the server.
    }
}
