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

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A record with a greater sourceVersion replaces the stored one of its externalId; an equal or older one is a duplicate. */
@MicronautTest(transactional = false)
class SourceVersionTest {

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

    private static String record(String id, String at, Object version, int wait) {
        String v = version == null ? "" : version instanceof String text ? ",\"sourceVersion\":\"" + text + "\"" : ",\"sourceVersion\":" + version;
        return "{\"externalId\":\"" + id + "\",\"occurredAt\":\"" + at + "\"" + v + ",\"metrics\":{\"wait_seconds\":" + wait + "}}\n";
    }

    private Map<String, Object> push(String... records) {
        return api.push(touchpoint, "application/x-ndjson", String.join("", records), integrator);
    }

    private static Map<String, Object> counts(int received, int accepted, int updated, int duplicates) {
        return Map.of("received", received, "accepted", accepted, "updated", updated, "duplicates", duplicates, "rejected", 0, "errors", List.of());
    }

    private Map<String, Object> attainment(String from, String to) {
        return api.body(Api.operations(brand), HttpRequest.POST("/api/v1/stats/attainment", Map.of("touchpointIds", List.of(touchpoint),
                "metric", "wait_seconds", "op", "LE", "threshold", 60, "from", from, "to", to)));
    }

    @Test
    void aGreaterVersionReplacesTheStoredRecordAndAnEqualOrOlderOneChangesNothing() {
        assertEquals(counts(1, 1, 0, 0), push(record("c-1", "2026-11-03T09:10:00Z", 5, 30)));
        assertEquals(counts(1, 0, 1, 0), push(record("c-1", "2026-11-03T11:40:00Z", 7, 90)));
        assertEquals(counts(2, 0, 0, 2), push(record("c-1", "2026-11-03T09:10:00Z", 5, 30), record("c-1", "2026-11-03T12:00:00Z", 7, 10)));

        List<Map<String, Object>> stored = Interactions.stored(api, touchpoint, brand);
        assertEquals(1, stored.size());
        assertEquals("2026-11-03T11:40:00Z", stored.getFirst().get("occurredAt"));
        assertEquals(7, ((Number) stored.getFirst().get("sourceVersion")).intValue());
        assertEquals(Map.of("wait_seconds", 90), stored.getFirst().get("metrics"));
        // The old hour lost its record, the new one holds the replacement.
        assertEquals(0, attainment("2026-11-03T09:00:00Z", "2026-11-03T10:00:00Z").get("valid"));
        Map<String, Object> now = attainment("2026-11-03T11:00:00Z", "2026-11-03T12:00:00Z");
        assertEquals(List.of(1, 0), List.of(now.get("valid"), now.get("good")));
    }

    @Test
    void versionsInOnePushCountAsIfPushedOneAfterAnother() {
        assertEquals(counts(4, 1, 1, 2), push(record("c-2", "2026-11-03T09:00:00Z", "2026-11-03T09:05:00Z", 10),
                record("c-2", "2026-11-03T09:00:00Z", "2026-11-03T09:07:00.250Z", 20),
                record("c-2", "2026-11-03T09:00:00Z", "2026-11-03T09:06:00Z", 30),
                record("c-2", "2026-11-03T09:00:00Z", "2026-11-03T09:09:00+01:00", 40)));
        List<Map<String, Object>> stored = Interactions.stored(api, touchpoint, brand);
        assertEquals(Map.of("wait_seconds", 20), stored.getFirst().get("metrics"));
        assertEquals(1_793_696_400_000_000L + 7 * 60_000_000L + 250_000L, ((Number) stored.getFirst().get("sourceVersion")).longValue());
    }

    @Test
    void aVersionReplacesARecordStoredWithoutOneAndRecordsWithoutOneStayDuplicates() {
        assertEquals(counts(1, 1, 0, 0), push(record("c-3", "2026-11-03T09:00:00Z", null, 10)));
        assertEquals(counts(1, 0, 0, 1), push(record("c-3", "2026-11-03T09:00:00Z", null, 20)));
        assertEquals(counts(1, 0, 1, 0), push(record("c-3", "2026-11-03T09:00:00Z", 1, 30)));
        assertEquals(counts(1, 0, 0, 1), push(record("c-3", "2026-11-03T09:00:00Z", null, 40)));
        assertEquals(Map.of("wait_seconds", 30), Interactions.stored(api, touchpoint, brand).getFirst().get("metrics"));
    }

    @Test
    void aMalformedVersionIsThatRecordsErrorNamingTheField() {
        Map<String, Object> report = push(record("c-4", "2026-11-03T09:00:00Z", "yesterday", 10), record("c-5", "2026-11-03T09:00:00Z", "-3", 10),
                "{\"externalId\":\"c-6\",\"occurredAt\":\"2026-11-03T09:00:00Z\",\"sourceVersion\":1.5}\n", record("c-7", "2026-11-03T09:00:00Z", 2, 1));
        assertEquals(List.of(4, 1, 3), List.of(report.get("received"), report.get("accepted"), report.get("rejected")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) report.get("errors");
        assertEquals(List.of("sourceVersion", "sourceVersion", "sourceVersion"), errors.stream().map(e -> e.get("field")).toList());
        assertEquals(SourceVersions.MESSAGE, errors.getFirst().get("message"));
    }

    @Test
    void csvCarriesASourceVersionColumn() {
        String csv = "externalId,occurredAt,sourceVersion,m.wait_seconds\r\nc-8,2026-11-03T09:00:00Z,3,50\r\nc-8,2026-11-03T09:00:00Z,4,70\r\n";
        assertEquals(counts(2, 1, 1, 0), api.push(touchpoint, "text/csv", csv, integrator));
        assertEquals(Map.of("wait_seconds", 70), Interactions.stored(api, touchpoint, brand).getFirst().get("metrics"));
    }
}
