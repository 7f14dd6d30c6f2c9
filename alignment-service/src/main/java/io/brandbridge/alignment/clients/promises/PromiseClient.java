package io.brandbridge.alignment.clients.promises;

import io.brandbridge.defaults.resilience.Resilient;
import io.brandbridge.defaults.security.InternalCall;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Recoverable;

/**
 * promise-service over HTTP, guarded by the {@code resilience4j.instances.promise-service} policy
 * (all calls are GETs, so they are retried); {@link PromiseClientFallback} answers when it gives up.
 */
@Client(id = "promise-service")
@InternalCall
@Resilient("promise-service")
@Recoverable(api = PromiseOperations.class)
public interface PromiseClient extends PromiseOperations {
}
