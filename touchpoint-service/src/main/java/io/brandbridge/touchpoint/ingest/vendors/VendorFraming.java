package io.brandbridge.touchpoint.ingest.vendors;

import com.fasterxml.jackson.core.JsonFactory;
import io.brandbridge.defaults.json.JsonReadLimits;
import io.brandbridge.touchpoint.ingest.IngestLimits;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.brandbridge.touchpoint.ingest.RecordSource;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;

/** Opens a vendor export in either framing: the vendor's JSON document, or one vendor record per NDJSON line. */
@Singleton
final class VendorFraming {

    private final JsonFactory json;
    private final int maxRecordBytes;

    VendorFraming(IngestLimits limits) {
        this.maxRecordBytes = limits.maxRecordBytes();
        this.json = JsonFactory.builder()
                .streamReadConstraints(JsonReadLimits.constraints().maxStringLength(limits.maxRecordBytes()).build())
                .build();
    }

    RecordSource open(InputStream body, boolean ndjson, VendorRecords vendor) throws IOException {
        return ndjson ? new VendorLinesSource(json, body, maxRecordBytes, vendor) : new VendorDocumentSource(json, body, vendor);
    }

    /** The record at {@code index} read from {@code tree}; a value that is not an object is only that record's problem. */
    static RawRecord record(VendorRecords vendor, int index, JsonNode tree, String repeatedKey) {
        RawRecord record = new RawRecord(index);
        if (!tree.isObject()) {
            record.problem(null, "must be a JSON object");
            return record;
        }
        if (repeatedKey != null) {
            record.problem(repeatedKey, "is given more than once");
        }
        vendor.map(tree, record);
        return record;
    }
}
