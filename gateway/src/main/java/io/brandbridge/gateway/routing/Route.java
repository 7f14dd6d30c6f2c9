package io.brandbridge.gateway.routing;

/**
 * Where a request goes: the downstream service id (its URL is {@code micronaut.http.services.<id>.url})
 * and the resilience policy that guards it ({@code resilience4j.instances.<policy>}).
 */
public record Route(String serviceId, String policy, boolean ingestion) {
}
