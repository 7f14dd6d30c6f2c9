package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Interactions;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest
class IngestIdempotencyTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    String brand;
    Caller integrator;
    String touchpoint;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        integrator = Api.integrator(brand);
        touchpoint = api.createTouchpoint(brand);
    }

    private static Map<String, Object> counts(Map<String, Object> report) {
        return Map.of("received", report.get("received"), "accepted", report.get("accepted"),
                "duplicates", report.get("duplicates"), "rejected", report.get("rejected"));
    }

    @Test
    void aReplayedTenThousandRecordBatchStoresNothingTwice() {
        String batch = Interactions.ndjson("call", 10_000);
        Map<String, Object> first = api.push(touchpoint, "application/x-ndjson", batch, integrator);
        assertEquals(Map.of("received", 10_000, "accepted", 10_000, "duplicates", 0, "rejected", 0), counts(first));
        Map<String, Object> replay = api.push(touchpoint, "application/x-ndjson", batch, integrator);
        assertEquals(Map.of("received", 10_000, "accepted", 0, "duplicates", 10_000, "rejected", 0), counts(replay));
        assertEquals(List.of(), replay.get("errors"));
        assertEquals(10_000, Interactions.storedIds(api, touchpoint, brand).size());
    }

    @Test
    void aBatchWithThreeBadRowsStoresEveryOtherRowAndNamesEachBadRow() {
        List<String> lines = new ArrayList<>(Interactions.ndjson("row", 50).lines().toList());
        lines.set(7, Interactions.json("row-7", "yesterday", "{\"wait_seconds\":1}"));
        lines.set(23, Interactions.json("row-23", "2026-01-01T10:00:00Z", "{\"csat\":9}"));
        lines.set(41, "{\"occurredAt\":\"2026-01-01T10:00:00Z\",\"metrics\":{}}");
        Map<String, Object> report = api.push(touchpoint, "application/x-ndjson", String.join("\n", lines), integrator);
        assertEquals(Map.of("received", 50, "accepted", 47, "duplicates", 0, "rejected", 3), counts(report));
        assertEquals(List.of(
                Map.of("index", 7, "externalId", "row-7", "field", "occurredAt", "message", "must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00Z"),
                Map.of("index", 23, "externalId", "row-23", "field", "metrics.csat", "message", "must be between 1 and 5"),
                errorWithoutId(41, "externalId", "is required")), report.get("errors"));
        List<String> stored = Interactions.storedIds(api, touchpoint, brand);
        assertEquals(47, stored.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(i != 7 && i != 23 && i != 41, stored.contains("row-" + i), "row-" + i);
        }
    }

    private static Map<String, Object> errorWithoutId(int index, String field, String message) {
        Map<String, Object> error = new java.util.HashMap<>();
        error.put("index", index);
        error.put("externalId", null);
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    @Test
    void aBatchOverlappingStoredRecordsStoresOnlyTheNewOnes() {
        List<String> lines = Interactions.ndjson("overlap", 15).lines().toList();
        api.push(touchpoint, "application/x-ndjson", String.join("\n", lines.subList(0, 10)), integrator);
        Map<String, Object> report = api.push(touchpoint, "application/x-ndjson", String.join("\n", lines.subList(5, 15)), integrator);
        assertEquals(Map.of("received", 10, "accepted", 5, "duplicates", 5, "rejected", 0), counts(report));
        assertEquals(15, Interactions.storedIds(api, touchpoint, brand).size());
    }

    @Test
    void anIdRepeatedInsideOneRequestIsADuplicate() {
        String record = Interactions.json("twice", "2026-01-01T10:00:00Z", "{\"wait_seconds\":1}");
        Map<String, Object> report = api.push(touchpoint, "application/json", "[" + record + "," + record + "]", integrator);
        assertEquals(Map.of("received", 2, "accepted", 1, "duplicates", 1, "rejected", 0), counts(report));
    }

    @Test
    void externalIdsAreExactWithCaseAndSpacesSignificant() {
        Map<String, Object> report = api.push(touchpoint, "application/json", "["
                + Interactions.json("Abc", "2026-01-01T10:00:00Z", "{}") + ","
                + Interactions.json("abc", "2026-01-01T10:00:00Z", "{}") + ","
                + Interactions.json("abc ", "2026-01-01T10:00:00Z", "{}") + ","
                + Interactions.json("ábc", "2026-01-01T10:00:00Z", "{}") + "]", integrator);
        assertEquals(4, report.get("accepted"));
    }

    @Test
    void theSameIdAtAnotherTouchpointIsNotADuplicate() {
        String other = api.createTouchpoint(brand);
        String batch = Interactions.ndjson("shared", 10);
        assertEquals(10, api.push(touchpoint, "application/x-ndjson", batch, integrator).get("accepted"));
        assertEquals(10, api.push(other, "application/x-ndjson", batch, integrator).get("accepted"));
    }

    @Test
    void concurrentPushesOfTheSameRecordsStoreEachExactlyOnce() throws Exception {
        String batch = Interactions.ndjson("race", 3_000);
        int pushes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(pushes);
        try {
            List<Future<Map<String, Object>>> results = new ArrayList<>();
            for (int i = 0; i < pushes; i++) {
                results.add(pool.submit(() -> api.push(touchpoint, "application/x-ndjson", batch, integrator)));
            }
            int accepted = 0;
            int duplicates = 0;
            for (Future<Map<String, Object>> result : results) {
                Map<String, Object> report = result.get();
                accepted += (int) report.get("accepted");
                duplicates += (int) report.get("duplicates");
            }
            assertEquals(3_000, accepted);
            assertEquals(3_000 * (pushes - 1), duplicates);
        } finally {
            pool.shutdown();
        }
        List<String> stored = Interactions.storedIds(api, touchpoint, brand);
        assertEquals(3_000, stored.size());
        assertEquals(3_000, new HashSet<>(stored).size());
    }

    @Test
    void anIntegratorCannotPushToAnotherBrandsTouchpoint() {
        String otherBrand = Api.newBrand();
        String foreign = api.createTouchpoint(otherBrand);
        Map<String, Object> problem = api.problem(404, integrator, HttpRequest.POST("/api/v1/touchpoints/" + foreign + "/interactions",
                Interactions.ndjson("intruder", 3)).contentType("application/x-ndjson"));
        assertEquals("Touchpoint '" + foreign + "' does not exist", problem.get("detail"));
        assertEquals(List.of(), Interactions.storedIds(api, foreign, otherBrand));
        api.problem(404, integrator, HttpRequest.POST("/api/v1/touchpoints/tp_00000000000000000000/interactions",
                Interactions.ndjson("nowhere", 1)).contentType("application/x-ndjson"));
    }
}
