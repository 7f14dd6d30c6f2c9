package io.brandbridge.touchpoint.ingest.vendors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.brandbridge.defaults.json.JsonReadLimits;
import io.brandbridge.touchpoint.ingest.NdjsonLines;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.brandbridge.touchpoint.ingest.RecordSource;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.InputStream;

/** One vendor record per line; a malformed or over-long line is only that record's problem, and blank lines are skipped. */
final class VendorLinesSource implements RecordSource {

    private final JsonFactory factory;
    private final NdjsonLines lines;
    private final VendorRecords vendor;
    private final JsonTrees trees = new JsonTrees();

    VendorLinesSource(JsonFactory factory, InputStream body, int maxRecordBytes, VendorRecords vendor) {
        this.factory = factory;
        this.lines = new NdjsonLines(body, maxRecordBytes);
        this.vendor = vendor;
    }

    @Override
    public RawRecord next() throws IOException {
        return lines.next(this::parse);
    }

    private RawRecord parse(int index, byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser parser = factory.createParser(bytes, offset, length)) {
            if (parser.nextToken() == null) {
                return unreadable(index, "must be a JSON object");
            }
            JsonNode tree = trees.read(parser, vendor.fields());
            if (parser.nextToken() != null) {
                return unreadable(index, "has content after the JSON object");
            }
            return VendorFraming.record(vendor, index, tree, trees.repeatedKey());
        } catch (JsonProcessingException e) {
            return unreadable(index, JsonReadLimits.describe(e));
        }
    }

    private static RawRecord unreadable(int index, String message) {
        RawRecord record = new RawRecord(index);
        record.problem(null, message);
        return record;
    }

    @Override
    public void close() {
        // The body stream belongs to the server.
    }
}
