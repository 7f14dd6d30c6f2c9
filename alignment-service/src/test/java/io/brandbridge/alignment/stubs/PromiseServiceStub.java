package io.brandbridge.alignment.stubs;

import io.brandbridge.alignment.clients.promises.InForcePromises;
import io.brandbridge.alignment.clients.promises.RemoteBrand;
import io.brandbridge.alignment.clients.promises.RemoteBrandPage;
import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** promise-service's contract (paths and full JSON shapes, fields this service ignores included), served from the fake. */
@Requires(property = "spec.name", value = StubServices.SPEC)
@Controller(StubServices.BASE + "/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class PromiseServiceStub {

    private final StubServices stubs;

    PromiseServiceStub(StubServices stubs) {
        this.stubs = stubs;
    }

    @Get("/brands")
    HttpResponse<?> brands(@QueryValue(defaultValue = "50") int limit, @Nullable @QueryValue String cursor) throws InterruptedException {
        HttpResponse<?> failure = StubFailures.answer(stubs.promiseMode);
        if (failure != null) {
            return failure;
        }
        RemoteBrandPage page = stubs.promises.brands(limit, cursor);
        Map<String, Object> body = new HashMap<>();
        body.put("items", page.items().stream().map(PromiseServiceStub::brand).toList());
        body.put("nextCursor", page.nextCursor());
        return HttpResponse.ok(body);
    }

    @Get("/brands/{brandId}")
    HttpResponse<?> brand(@PathVariable String brandId) throws InterruptedException {
        HttpResponse<?> failure = StubFailures.answer(stubs.promiseMode);
        if (failure != null) {
            return failure;
        }
        return stubs.promises.brand(brandId).<HttpResponse<?>>map(b -> HttpResponse.ok(brand(b))).orElseGet(StubFailures::notFound);
    }

    @Get("/brands/{brandId}/promises/in-force")
    HttpResponse<?> inForce(@PathVariable String brandId, @Nullable @QueryValue Instant at) throws InterruptedException {
        HttpResponse<?> failure = StubFailures.answer(stubs.promiseMode);
        if (failure != null) {
            return failure;
        }
        Optional<InForcePromises> found = stubs.promises.inForce(brandId, at);
        if (stubs.promiseMode == StubServices.Mode.MALFORMED) {
            found = found.map(f -> new InForcePromises(f.brandId(), f.at(), f.items().stream().map(PromiseServiceStub::withObjectiveAboveOne).toList()));
        }
        return found.<HttpResponse<?>>map(f -> HttpResponse.ok(Map.of("brandId", brandId, "at", String.valueOf(at),
                "items", f.items().stream().map(p -> promise(brandId, p)).toList()))).orElseGet(StubFailures::notFound);
    }

    private static Map<String, Object> brand(RemoteBrand b) {
        return Map.of("id", b.id(), "name", b.name(), "slug", b.id().toLowerCase(), "timeZone", b.timeZone(), "createdAt", "2026-01-01T00:00:00Z");
    }

    private static Map<String, Object> promise(String brandId, RemotePromise p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("brandId", brandId);
        json.put("title", p.title());
        json.put("statement", "What we promise about " + p.title());
        json.put("touchpointTypes", p.touchpointTypes());
        json.put("priority", p.priority());
        json.put("status", p.status());
        json.put("version", p.version());
        json.put("effectiveFrom", "2026-01-01T00:00:00Z");
        json.put("effectiveTo", null);
        json.put("createdAt", "2026-01-01T00:00:00Z");
        json.put("commitments", p.commitments().stream().map(PromiseServiceStub::commitment).toList());
        return json;
    }

    private static Map<String, Object> commitment(RemoteCommitment c) {
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("type", c.window().type());
        if (c.window().days() != null) {
            window.put("days", c.window().days());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", c.key());
        json.put("metric", c.metric());
        json.put("op", c.op());
        json.put("threshold", c.threshold());
        json.put("objective", c.objective());
        json.put("window", window);
        json.put("weight", c.weight());
        json.put("minSample", c.minSample());
        return json;
    }


    private static RemotePromise withObjectiveAboveOne(RemotePromise p) {
        List<RemoteCommitment> commitments = p.commitments().stream().map(c -> new RemoteCommitment(c.key(), c.metric(), c.op(), c.threshold(),
                1.5, c.window(), c.weight(), c.minSample())).toList();
        return new RemotePromise(p.id(), p.brandId(), p.title(), p.touchpointTypes(), p.priority(), p.status(), p.version(), commitments);
    }
}
