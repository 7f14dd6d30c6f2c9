package io.brandbridge.touchpoint.ingest.vendors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.brandbridge.defaults.json.JsonReadLimits;
import io.brandbridge.touchpoint.ingest.BodyProblems;
import io.brandbridge.touchpoint.ingest.LineReader;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.brandbridge.touchpoint.ingest.RecordSource;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.InputStream;

/** One vendor record per line; a malformed or over-long line is only that record's problem, and blank lines are skipped. */
final class VendorLinesSource implements RecordSource {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final JsonFactory factory;
    private final LineReader lines;
    private final int maxRecordBytes;
    private final VendorRecords vendor;
    private final JsonTrees trees = new JsonTrees();
    private boolean first = true;
    private int index;

    VendorLinesSource(JsonFactory factory, InputStream body, int maxRecordBytes, VendorRecords vendor) {
        this.factory = factory;
        this.lines = new LineReader(body, maxRecordBytes);
        this.maxRecordBytes = maxRecordBytes;
        this.vendor = vendor;
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
            if (!lines.isBlank()) {
                return parse(index++, offset);
            }
        }
        if (index == 0) {
            throw BodyProblems.empty();
        }
        return null;
    }

    private RawRecord parse(int at, int offset) throws IOException {
        try (JsonParser parser = factory.createParser(lines.bytes(), offset, lines.length() - offset)) {
            if (parser.nextToken() == null) {
                RawRecord record = new RawRecord(at);
                record.problem(null, "must be a JSON object");
                return record;
            }
            JsonNode tree = trees.read(parser);
            if (parser.nextToken() != null) {
                RawRecord record = new RawRecord(at);
                record.problem(null, "has content after the JSON object");
                return record;
            }
            return VendorFraming.record(vendor, at, tree, trees.repeatedKey());
        } catch (JsonProcessingException e) {
            RawRecord record = new RawRecord(at);
            record.problem(null, JsonReadLimits.describe(e));
            return record;
        }
    }

    private boolean startsWithBom() {
        byte[] line = lines.bytes();
        return lines.length() >= BOM.length && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2];
    }

    @Override
    public void close() {
        // The body stream belongs to the server.
    }
}
