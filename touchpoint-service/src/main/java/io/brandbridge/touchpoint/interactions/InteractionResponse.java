package io.brandbridge.touchpoint.interactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.ingest.IngestLimits;
import io.brandbridge.touchpoint.metrics.MetricValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A stored interaction as it was pushed; metrics keep their JSON form (booleans stay booleans). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Interaction")
public record InteractionResponse(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID,
                                          example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                  @Schema(requiredMode = REQUIRED, maxLength = 128, pattern = SchemaPatterns.SINGLE_LINE,
                                          example = "call-000042") String externalId,
                                  @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, description = "In UTC, microseconds")
                                  Instant occurredAt,
                                  @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = 128, pattern = SchemaPatterns.SINGLE_LINE,
                                          example = "jrn-7f3a") String journeyId,
                                  @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = 128, pattern = SchemaPatterns.SINGLE_LINE,
                                          description = "The brand's pseudonym of the pushed customerRef (HMAC-SHA256 under the brand's key); "
                                                  + "the raw value is never stored",
                                          example = "tioY4Z1ldd30_dei0J6LvBB5ioW8K3Q_lPV9IPg25Zo") String customerRef,
                                  @Nullable @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "9223372036854775807",
                                          description = "The source's version as compared: a whole number as pushed, a timestamp as microseconds "
                                                  + "since 1970-01-01T00:00:00Z; null when pushed without one",
                                          example = "1793526843123000") Long sourceVersion,
                                  @Schema(requiredMode = REQUIRED, ref = MetricValues.SCHEMA) Map<String, Object> metrics,
                                  @Schema(requiredMode = REQUIRED, maxProperties = IngestLimits.MAX_ATTRIBUTES, description = IngestLimits.ATTRIBUTES,
                                          example = "{\"queue\":\"billing\"}")
                                  Map<String, @Size(max = IngestLimits.MAX_ATTRIBUTE_CHARS) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String> attributes,
                                  @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, description = "When this service stored it")
                                  Instant receivedAt) {
}
