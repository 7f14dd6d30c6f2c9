package io.brandbridge.touchpoint.ingest;

import io.micronaut.http.MediaType;

import java.io.IOException;
import java.io.InputStream;

/** The touchpoints' named mapping profiles, which read CSV and JSON exports of any shape ({@code ?mapping=<name>}). */
public interface MappingProfiles {

    /** A profile name: lower-case letters, digits and hyphens, starting with a letter. */
    String NAME = "^[a-z][a-z0-9-]{0,63}$";

    /**
     * Reads {@code body} with the current version of profile {@code name} of the touchpoint (whose scope the caller has
     * already checked). An unknown name, or a body whose media type does not suit the profile, is a problem naming the field.
     */
    RecordSource open(String touchpointId, String name, MediaType type, InputStream body) throws IOException;
}
