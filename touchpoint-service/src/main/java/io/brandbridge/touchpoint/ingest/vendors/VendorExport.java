package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.RecordSource;
import io.brandbridge.touchpoint.ingest.VendorFormat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** A vendor format read through the shared framing; a vendor only says how one of its records maps. */
abstract class VendorExport implements VendorFormat, VendorRecords {

    private final VendorFraming framing;
    private final String name;
    private final String mediaType;
    private final String envelope;
    private final Set<String> fields;

    VendorExport(VendorFraming framing, String name, String mediaType, String envelope, Set<String> fields) {
        this.framing = framing;
        this.name = name;
        this.mediaType = mediaType;
        this.envelope = envelope;
        this.fields = fields;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String mediaType() {
        return mediaType;
    }

    @Override
    public final String envelope() {
        return envelope;
    }

    @Override
    public final Set<String> fields() {
        return fields;
    }

    @Override
    public final RecordSource open(InputStream body, boolean ndjson) throws IOException {
        return framing.open(body, ndjson, this);
    }
}
