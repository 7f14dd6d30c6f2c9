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

    private final JsonFactory factory;
    private final NdjsonLines lines;

    NdjsonSource(JsonFactory factory, InputStream body, int maxRecordBytes) {
        this.factory = factory;
        this.lines = new NdjsonLines(body, maxRecordBytes);
    }

    @Override
    public RawRecord next() throws IOException {
        return lines.next(this::parse);
    }

    private RawRecord parse(int index, byte[] bytes, int offset, int length) throws IOException {
        RawRecord record = new RawRecord(index);
        try (JsonParser parser = factory.createParser(bytes, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                record.problem(null, "must be a JSON object");
                return record;
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
        return record;
    }

    @Override
    public void close() {
        // The body stream belongs to the server.
    }
}
