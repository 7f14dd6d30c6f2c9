package io.brandbridge.promise.clients.alignment;

import io.brandbridge.defaults.resilience.Resilient;
import io.brandbridge.defaults.security.InternalCall;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Recoverable;

/**
 * alignment-service over HTTP with this service's own SERVICE token, guarded by the
 * {@code resilience4j.instances.alignment-service} policy (the DELETE is idempotent, so it is retried);
 * {@link AlignmentClientFallback} answers when it gives up.
 */
@Client(id = "alignment-service")
@InternalCall
@Resilient("alignment-service")
@Recoverable(api = AlignmentOperations.class)
public interface AlignmentClient extends AlignmentOperations {
}
