package io.brandbridge.alignment.stubs;

import io.brandbridge.alignment.clients.touchpoints.AttainmentBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.AttainmentQuery;
import io.brandbridge.alignment.clients.touchpoints.ChangesQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyQuery;
import io.brandbridge.alignment.clients.touchpoints.HandoffQuery;
import io.brandbridge.alignment.clients.touchpoints.PredicateRegistration;
import io.brandbridge.alignment.clients.touchpoints.RemoteTarget;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpoint;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpointPage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** touchpoint-service's contract (paths and full JSON shapes), served from the fake. */
@Requires(property = "spec.name", value = StubServices.SPEC)
@Controller(StubServices.BASE + "/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class TouchpointServiceStub {

    private final StubServices stubs;

    TouchpointServiceStub(StubServices stubs) {
        this.stubs = stubs;
    }

    @Get("/touchpoints")
    HttpResponse<?> touchpoints(@QueryValue String brandId, @QueryValue(defaultValue = "50") int limit, @Nullable @QueryValue String cursor) throws InterruptedException {
        HttpResponse<?> failure = fail();
        if (failure != null) {
            return failure;
        }
        RemoteTouchpointPage page = stubs.touchpoints.touchpoints(brandId, limit, cursor);
        Map<String, Object> body = new HashMap<>();
        body.put("items", page.items().stream().map(TouchpointServiceStub::touchpoint).toList());
        body.put("nextCursor", page.nextCursor());
        return HttpResponse.ok(body);
    }

    @Get("/touchpoints/{id}/targets")
    HttpResponse<?> targets(@PathVariable String id, @QueryValue(defaultValue = "50") int limit) throws InterruptedException {
        HttpResponse<?> failure = fail();
        if (failure != null) {
            return failure;
        }
        return stubs.touchpoints.targets(id, limit, null).<HttpResponse<?>>map(page -> HttpResponse.ok(Map.of(
                "items", page.items().stream().map(TouchpointServiceStub::target).toList()))).orElseGet(StubFailures::notFound);
    }

    @Post("/stats/attainment")
    HttpResponse<?> attainment(@Body AttainmentQuery query) throws InterruptedException {
        HttpResponse<?> failure = fail();
        if (failure == null && stubs.touchpointMode == StubServices.Mode.MALFORMED) {
            return HttpResponse.ok(Map.of("valid", 3, "good", 5, "byTouchpoint", List.of(), "buckets", List.of()));
        }
        return failure != null ? failure : answer(() -> stubs.touchpoints.attainment(query));
    }

    @Post("/stats/contingency")
    HttpResponse<?> contingency(@Body ContingencyQuery query) throws InterruptedException {
        HttpResponse<?> failure = fail();
        return failure != null ? failure : answer(() -> stubs.touchpoints.contingency(query));
    }

    @Post("/stats/attainment/batch")
    HttpResponse<?> attainmentBatch(@Body AttainmentBatchQuery query) throws InterruptedException {
        HttpResponse<?> failure = fail();
        if (failure == null && stubs.touchpointMode == StubServices.Mode.MALFORMED) {
            return HttpResponse.ok(Map.of("windows", List.of(Map.of("valid", 3, "good", 5, "byTouchpoint", List.of(), "buckets", List.of()))));
        }
        return failure != null ? failure : answer(() -> stubs.touchpoints.attainmentBatch(query));
    }

    @Post("/stats/contingency/batch")
    HttpResponse<?> contingencyBatch(@Body ContingencyBatchQuery query) throws InterruptedException {
        HttpResponse<?> failure = fail();
        return failure != null ? failure : answer(() -> stubs.touchpoints.contingencyBatch(query));
    }

    @Post("/stats/predicates")
    HttpResponse<?> predicates(@Body PredicateRegistration registration) throws InterruptedException {
        HttpResponse<?> failure = fail();
        return failure != null ? failure : answer(() -> stubs.touchpoints.registerPredicates(registration));
    }

    @Post("/stats/handoffs")
    HttpResponse<?> handoffs(@Body HandoffQuery query) throws InterruptedException {
        HttpResponse<?> failure = fail();
        if (failure != null) {
            return failure;
        }
        return stubs.touchpoints.handoffs(query).<HttpResponse<?>>map(HttpResponse::ok).orElseGet(StubFailures::notFound);
    }

    @Post("/stats/changes")
    HttpResponse<?> changes(@Body ChangesQuery query) throws InterruptedException {
        HttpResponse<?> failure = fail();
        return failure != null ? failure : HttpResponse.ok(stubs.touchpoints.changes(query));
    }

    /** The fake's refusals (HTTP errors) go out as the real service's problem answers would. */
    private static HttpResponse<?> answer(Supplier<Object> body) {
        try {
            return HttpResponse.ok(body.get());
        } catch (HttpClientResponseException e) {
            return HttpResponse.status(e.getStatus()).body(Map.of("type", "about:blank", "title", e.getStatus().getReason(), "status",
                    e.getStatus().getCode(), "detail", e.getMessage()));
        }
    }

    private HttpResponse<?> fail() throws InterruptedException {
        stubs.touchpointRequests.incrementAndGet();
        return StubFailures.answer(stubs.touchpointMode);
    }

    private static Map<String, Object> touchpoint(RemoteTouchpoint t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id());
        json.put("brandId", t.brandId());
        json.put("type", t.type());
        json.put("name", t.name());
        json.put("owner", "Operations");
        json.put("region", "UK");
        json.put("vendor", null);
        json.put("timeZone", "Europe/London");
        json.put("createdAt", "2026-01-01T00:00:00Z");
        return json;
    }

    private static Map<String, Object> target(RemoteTarget t) {
        return Map.of("id", t.id(), "touchpointId", t.touchpointId(), "metric", t.metric(), "op", t.op(), "threshold", t.threshold(),
                "kind", t.kind(), "rationale", "What operations are paid to hit");
    }
}
