package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * Limits of one ingest request. The body size limit is the server's {@code micronaut.server.max-request-size}.
 *
 * @param maxRecords     records per request; one more answers 413 and nothing of the request is stored
 * @param chunkSize      records written per JDBC batch
 * @param maxErrors      row errors listed in the report; the counts stay exact beyond it
 * @param maxRecordBytes longest NDJSON line or CSV row
 * @param futureTolerance how far past "now" an {@code occurredAt} may lie
 * @param lockWait       how long a push waits for another push into the same touchpoint before answering 503
 */
@ConfigurationProperties("brandbridge.ingest")
public record IngestLimits(@Bindable(defaultValue = "100000") @Min(1) int maxRecords,
                           @Bindable(defaultValue = "1000") @Min(1) int chunkSize,
                           @Bindable(defaultValue = "1000") @Min(0) @Max(MAX_ERRORS) int maxErrors,
                           @Bindable(defaultValue = "65536") @Min(256) int maxRecordBytes,
                           @Bindable(defaultValue = "1d") @PositiveDuration Duration futureTolerance,
                           @Bindable(defaultValue = "30s") @PositiveDuration Duration lockWait) {

    public static final int DEFAULT_MAX_RECORDS = 100_000;
    /** The most field errors a report may list, as the OpenAPI document promises. */
    public static final int MAX_ERRORS = 1000;
    public static final int MAX_ID_CHARS = 128;
    public static final int MAX_ATTRIBUTES = 32;
    public static final int MAX_ATTRIBUTE_CHARS = 256;
    public static final String ATTRIBUTES = "Attribute key (`[A-Za-z][A-Za-z0-9_]{0,63}`) to a single line of at most 256 characters; "
            + "at most 32 attributes";
}
