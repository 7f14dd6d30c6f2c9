package io.brandbridge.gateway.audit;

import io.micronaut.core.annotation.Nullable;

/** Who made a change and from where: the acting client, the request's source address and its request id. */
public record AuditActor(String clientId, String clientName, String sourceAddress, @Nullable String requestId) {
}
