package io.brandbridge.gateway.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Serdeable
@Schema(description = "A sensitive change made through the admin API. Keys never appear here.")
public record AuditEventResponse(
        String id,
        Instant occurredAt,
        AuditAction action,
        @Schema(description = "The client that made the change") String actorId,
        String actorName,
        @Schema(description = "The client that was changed") String clientId,
        String clientName,
        @Schema(description = "Where the request came from, as the gateway saw it", example = "203.0.113.7") String sourceAddress,
        @Schema(description = "The X-Request-Id of the request that made the change", nullable = true) @Nullable String requestId,
        @Schema(description = "The roles and brand scope granted, or how they changed", nullable = true) @Nullable String detail) {

    static AuditEventResponse from(AuditEventEntity e) {
        return new AuditEventResponse(e.id(), e.occurredAt(), e.action(), e.actorId(), e.actorName(), e.clientId(), e.clientName(),
                e.sourceAddress(), e.requestId(), e.detail());
    }
}
