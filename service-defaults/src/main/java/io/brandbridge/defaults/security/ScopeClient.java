package io.brandbridge.defaults.security;

import io.brandbridge.defaults.resilience.Resilient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Recoverable;

/**
 * The gateway over HTTP ({@code micronaut.http.services.gateway.url}), guarded by the
 * {@code resilience4j.instances.gateway-scopes} policy; {@link ScopeClientFallback} answers when it gives up.
 */
@Client(id = "gateway")
@InternalCall
@Resilient("gateway-scopes")
@Recoverable(api = ScopeOperations.class)
public interface ScopeClient extends ScopeOperations {
}
