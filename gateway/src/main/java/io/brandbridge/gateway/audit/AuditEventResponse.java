package io.brandbridge.gateway.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.gateway.security.AuthenticatedClient;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A sensitive change made through the admin API. Keys never appear here.")
public record AuditEventResponse(
        @Schema(requiredMode = REQUIRED, maxLength = 24, pattern = SchemaPatterns.ID, example = "aud_8d2k4m6n8p0q2r4s6t8v") String id,
        @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = 35) Instant occurredAt,
        @Schema(requiredMode = REQUIRED) AuditAction action,
        @Schema(description = "The client that made the change: a client id, or `bootstrap-admin` for the key from the gateway's configuration",
                requiredMode = REQUIRED, maxLength = AuthenticatedClient.ID_MAX, pattern = AuthenticatedClient.ID_PATTERN) String actorId,
        @Schema(requiredMode = REQUIRED, maxLength = 100, pattern = SchemaPatterns.SINGLE_LINE) String actorName,
        @Schema(description = "The client that was changed", requiredMode = REQUIRED, maxLength = 24, pattern = SchemaPatterns.ID) String clientId,
        @Schema(requiredMode = REQUIRED, maxLength = 100, pattern = SchemaPatterns.SINGLE_LINE) String clientName,
        @Schema(description = "Where the request came from, as the gateway saw it", requiredMode = REQUIRED, maxLength = 64,
                pattern = SchemaPatterns.SINGLE_LINE, example = "203.0.113.7") String sourceAddress,
        @Schema(description = "The X-Request-Id of the request that made the change", nullable = true, requiredMode = REQUIRED,
                maxLength = 128, pattern = "^[A-Za-z0-9._:-]{1,128}$") @Nullable String requestId,
        @Schema(description = "The roles and brand scope granted, or how they changed", nullable = true, requiredMode = REQUIRED,
                maxLength = 500, pattern = SchemaPatterns.SINGLE_LINE) @Nullable String detail) {

    static AuditEventResponse from(AuditEventEntity e) {
        return new AuditEventResponse(e.id(), e.occurredAt(), e.action(), e.actorId(), e.actorName(), e.clientId(), e.clientName(),
                e.sourceAddress(), e.requestId(), e.detail());
    }
}
