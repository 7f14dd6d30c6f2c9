package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.RawRecord;
import io.micronaut.json.tree.JsonNode;

import java.util.Set;

/** How one vendor's export is laid out and how one of its records becomes a {@link RawRecord}. */
interface VendorRecords {

    /** The top-level field of the export document that holds the records array, e.g. {@code calls}; null when there is none. */
    String envelope();

    /** The top-level fields of a record the mapping reads; the others are skipped unread, which keeps big records cheap. */
    Set<String> fields();

    /** Fills {@code out} from one vendor record (a JSON object), naming the vendor's fields in any problem. */
    void map(JsonNode record, RawRecord out);
}
