package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

import java.util.Optional;

/**
 * What this service asks touchpoint-service. An unknown touchpoint's targets answer an empty Optional, and so do handoffs when
 * touchpoint-service answers their path with 404 (a deployment from before journeys).
 */
public interface TouchpointOperations {

    @Get("/api/v1/touchpoints")
    RemoteTouchpointPage touchpoints(@QueryValue String brandId, @QueryValue int limit, @Nullable @QueryValue String cursor);

    @Get("/api/v1/touchpoints/{touchpointId}/targets")
    Optional<RemoteTargetPage> targets(String touchpointId, @QueryValue int limit, @Nullable @QueryValue String cursor);

    @Post("/api/v1/stats/attainment")
    AttainmentAnswer attainment(@Body AttainmentQuery query);

    @Post("/api/v1/stats/contingency")
    ContingencyAnswer contingency(@Body ContingencyQuery query);

    @Post("/api/v1/stats/changes")
    ChangesAnswer changes(@Body ChangesQuery query);

    @Post("/api/v1/stats/attainment/batch")
    AttainmentBatchAnswer attainmentBatch(@Body AttainmentBatchQuery query);

    @Post("/api/v1/stats/contingency/batch")
    ContingencyBatchAnswer contingencyBatch(@Body ContingencyBatchQuery query);

    @Post("/api/v1/stats/predicates")
    RegisteredPredicates registerPredicates(@Body PredicateRegistration registration);

    @Post("/api/v1/stats/handoffs")
    Optional<HandoffAnswer> handoffs(@Body HandoffQuery query);
}
