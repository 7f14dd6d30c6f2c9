package io.brandbridge.gateway.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code audit_event}; {@code seq} orders events as they were written and pages through them. */
@MappedEntity("audit_event")
public record AuditEventEntity(
        @Id @GeneratedValue @Nullable Long seq,
        String id,
        Instant occurredAt,
        AuditAction action,
        String actorId,
        String actorName,
        String clientId,
        String clientName,
        String sourceAddress,
        @Nullable String requestId,
        @Nullable String detail) {
}
