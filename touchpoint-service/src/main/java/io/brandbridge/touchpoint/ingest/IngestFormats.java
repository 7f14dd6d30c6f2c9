package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import io.brandbridge.defaults.json.JsonReadLimits;
import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Picks the record reader for a body's content type. */
@Singleton
final class IngestFormats {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    private final JsonFactory json;
    private final IngestLimits limits;

    IngestFormats(IngestLimits limits) {
        this.limits = limits;
        this.json = JsonFactory.builder()
                .streamReadConstraints(JsonReadLimits.constraints().maxStringLength(limits.maxRecordBytes()).build())
                .build();
    }

    RecordSource open(MediaType type, InputStream body) throws IOException {
        requireUtf8(type);
        String name = type.getName();
        if (name.equals(MediaType.APPLICATION_JSON)) {
            return new JsonSource(json, body);
        }
        if (name.equals(NDJSON)) {
            return new NdjsonSource(json, body, limits.maxRecordBytes());
        }
        if (name.equals(CSV)) {
            return new CsvSource(body, limits.maxRecordBytes());
        }
        throw unsupported();
    }

    private static void requireUtf8(MediaType type) {
        Charset charset = type.getCharset().orElse(StandardCharsets.UTF_8);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Interaction bodies must be UTF-8");
        }
    }

    static ProblemException unsupported() {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send application/json (an object or an array), application/x-ndjson or text/csv");
    }
}
