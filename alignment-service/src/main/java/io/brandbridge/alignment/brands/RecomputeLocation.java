package io.brandbridge.alignment.brands;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Where a recompute's snapshot is read: the brand overview with ?asOf= the recompute's instant. */
final class RecomputeLocation {

    /** The path and an id of at most 64 characters, and an encoded instant. */
    static final int MAX_LENGTH = 256;

    private RecomputeLocation() {
    }

    static String of(String brandId, Instant asOf) {
        return "/api/v1/alignment/brands/" + brandId + "?asOf=" + URLEncoder.encode(asOf.toString(), StandardCharsets.UTF_8);
    }
}
