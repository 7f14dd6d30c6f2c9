package io.brandbridge.promise.clients.touchpoints;

import io.brandbridge.defaults.resilience.Resilient;
import io.brandbridge.defaults.security.InternalCall;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Recoverable;

/**
 * touchpoint-service over HTTP with this service's own SERVICE token, guarded by the
 * {@code resilience4j.instances.touchpoint-service} policy (the DELETE is idempotent, so it is retried);
 * {@link TouchpointClientFallback} answers when it gives up.
 */
@Client(id = "touchpoint-service")
@InternalCall
@Resilient("touchpoint-service")
@Recoverable(api = TouchpointOperations.class)
public interface TouchpointClient extends TouchpointOperations {
}
