package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
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
                           @Bindable(defaultValue = "1000") @Min(0) int maxErrors,
                           @Bindable(defaultValue = "65536") @Min(256) int maxRecordBytes,
                           @Bindable(defaultValue = "1d") @PositiveDuration Duration futureTolerance,
                           @Bindable(defaultValue = "30s") @PositiveDuration Duration lockWait) {
}
