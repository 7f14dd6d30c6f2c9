package io.brandbridge.touchpoint.interactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/** A stored interaction as it was pushed; metrics keep their JSON form (booleans stay booleans). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Interaction")
public record InteractionResponse(String touchpointId,
                                  String externalId,
                                  Instant occurredAt,
                                  @Nullable @Schema(nullable = true) String journeyId,
                                  @Nullable @Schema(nullable = true) String customerRef,
                                  @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                          example = "{\"wait_seconds\":42,\"answered\":true}") Map<String, Object> metrics,
                                  @Schema(example = "{\"queue\":\"billing\"}") Map<String, String> attributes,
                                  @Schema(description = "When this service stored it") Instant receivedAt) {
}
