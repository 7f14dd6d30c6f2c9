package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.RecordSource;
import io.brandbridge.touchpoint.ingest.VendorFormat;

import java.io.IOException;
import java.io.InputStream;

/** A vendor format read through the shared framing; a vendor only says how one of its records maps. */
abstract class VendorExport implements VendorFormat, VendorRecords {

    private final VendorFraming framing;
    private final String name;
    private final String mediaType;
    private final String envelope;

    VendorExport(VendorFraming framing, String name, String mediaType, String envelope) {
        this.framing = framing;
        this.name = name;
        this.mediaType = mediaType;
        this.envelope = envelope;
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
    public final RecordSource open(InputStream body, boolean ndjson) throws IOException {
        return framing.open(body, ndjson, this);
    }
}
