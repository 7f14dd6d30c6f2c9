package io.brandbridge.touchpoint.ingest.mappings;

import com.fasterxml.jackson.core.JsonFactory;
import io.brandbridge.defaults.json.JsonReadLimits;
import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.touchpoint.ingest.IngestFormats;
import io.brandbridge.touchpoint.ingest.IngestLimits;
import io.brandbridge.touchpoint.ingest.MappingProfiles;
import io.brandbridge.touchpoint.ingest.RecordSource;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Reads a push through the touchpoint's stored profile, as it is when the push starts: later edits apply to later pushes. */
@Singleton
final class StoredMappingProfiles implements MappingProfiles {

    private final MappingProfileStore store;
    private final IngestLimits limits;
    private final JsonFactory json;

    StoredMappingProfiles(MappingProfileStore store, IngestLimits limits) {
        this.store = store;
        this.limits = limits;
        this.json = JsonFactory.builder()
                .streamReadConstraints(JsonReadLimits.constraints().maxStringLength(limits.maxRecordBytes()).build())
                .build();
    }

    @Override
    public RecordSource open(String touchpointId, String name, MediaType type, InputStream body) throws IOException {
        StoredProfile stored = store.find(touchpointId, name).orElseThrow(() -> IngestFormats.unknownMapping(name));
        CompiledProfile profile = ProfileRules.compile(name, stored.definition());
        String media = type.getName();
        if (profile.json()) {
            if (!media.equals(MediaType.APPLICATION_JSON) && !media.equals(IngestFormats.NDJSON)) {
                throw unsuitable(name, "application/json or application/x-ndjson");
            }
            return new JsonMappedSource(profile, json, body, media.equals(IngestFormats.NDJSON), limits.maxRecordBytes());
        }
        if (!media.equals(IngestFormats.CSV)) {
            throw unsuitable(name, "text/csv");
        }
        return new CsvMappedSource(profile, body, limits.maxRecordBytes());
    }

    private static ProblemException unsuitable(String name, String types) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "mapping: profile '" + name + "' reads " + types,
                List.of(new Problem.FieldError("mapping", "reads " + types)), Map.of());
    }
}
