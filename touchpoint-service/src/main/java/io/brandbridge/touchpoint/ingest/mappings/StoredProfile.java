package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.defaults.conditional.ETags;

import java.time.Instant;

/** A stored profile: its definition as the client wrote it, and {@code version}, which counts stored changes from 1. */
record StoredProfile(String touchpointId, String name, long version, MappingProfileRequest definition, Instant createdAt, Instant updatedAt) {

    /** Changes with every stored change, and differs for a profile deleted and created again under the same name. */
    String etag() {
        return ETags.of("mapping-profile", touchpointId, name, createdAt, version);
    }
}
