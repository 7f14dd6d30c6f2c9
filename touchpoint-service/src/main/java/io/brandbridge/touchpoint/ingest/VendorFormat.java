package io.brandbridge.touchpoint.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A contact-centre vendor's export, pushed unchanged: chosen with {@code ?format=<name>} (JSON or NDJSON framing by the
 * content type) or with its own media type (JSON framing). Each vendor record becomes one {@link RawRecord}, which the
 * push validates and stores like a native one.
 */
public interface VendorFormat {

    /** The {@code format} query value, e.g. {@code amazon-connect-ctr}. */
    String name();

    /** The media type that selects this format without a query parameter; one of {@link IngestFormats}' vendor types. */
    String mediaType();

    /** Reads {@code body}: one record per line when {@code ndjson}, otherwise the vendor's JSON document. */
    RecordSource open(InputStream body, boolean ndjson) throws IOException;
}
