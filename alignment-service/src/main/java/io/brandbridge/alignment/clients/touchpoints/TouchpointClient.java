package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.defaults.resilience.Resilient;
import io.brandbridge.defaults.security.InternalCall;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Recoverable;

import java.util.Optional;

/**
 * touchpoint-service over HTTP, guarded by the {@code resilience4j.instances.touchpoint-service} policy.
 * The stats POSTs only read (the query travels in the body), and registering predicates is idempotent, so they
 * are marked idempotent and retried like the GETs. {@link TouchpointClientFallback} answers when the policy gives up.
 */
@Client(id = "touchpoint-service")
@InternalCall
@Resilient("touchpoint-service")
@Recoverable(api = TouchpointOperations.class)
public interface TouchpointClient extends TouchpointOperations {

    @Override
    @Post("/api/v1/stats/attainment")
    @Resilient(value = "touchpoint-service", idempotent = true)
    AttainmentAnswer attainment(@Body AttainmentQuery query);

    @Override
    @Post("/api/v1/stats/contingency")
    @Resilient(value = "touchpoint-service", idempotent = true)
    ContingencyAnswer contingency(@Body ContingencyQuery query);

    @Override
    @Post("/api/v1/stats/changes")
    @Resilient(value = "touchpoint-service", idempotent = true)
    ChangesAnswer changes(@Body ChangesQuery query);

    @Override
    @Post("/api/v1/stats/attainment/batch")
    @Resilient(value = "touchpoint-service", idempotent = true)
    AttainmentBatchAnswer attainmentBatch(@Body AttainmentBatchQuery query);

    @Override
    @Post("/api/v1/stats/contingency/batch")
    @Resilient(value = "touchpoint-service", idempotent = true)
    ContingencyBatchAnswer contingencyBatch(@Body ContingencyBatchQuery query);

    // Registering the same predicates again changes nothing but their last use, so a retry is safe.
    @Override
    @Post("/api/v1/stats/predicates")
    @Resilient(value = "touchpoint-service", idempotent = true)
    RegisteredPredicates registerPredicates(@Body PredicateRegistration registration);

    @Override
    @Post("/api/v1/stats/handoffs")
    @Resilient(value = "touchpoint-service", idempotent = true)
    Optional<HandoffAnswer> handoffs(@Body HandoffQuery query);
}
