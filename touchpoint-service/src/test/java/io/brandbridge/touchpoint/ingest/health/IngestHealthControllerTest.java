package io.brandbridge.touchpoint.ingest.health;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.StoredRows;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Interactions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ingest health answers the last push and the summed reports of the last 24 hours, by the service's clock; pushes refused
 * whole or failed half way count for nothing. Chunks of two records, so a push can fail after it began writing.
 */
@MicronautTest(transactional = false)
@Property(name = "test.mutable-clock", value = "true")
@Property(name = "brandbridge.ingest.chunk-size", value = "2")
class IngestHealthControllerTest {

    private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    MutableClock clock;

    @Inject
    PushLogRetention retention;

    @Inject
    ConnectionOperations<Connection> connections;

    Api api;
    String brand;
    Caller viewer;
    Caller integrator;
    String touchpoint;
    String path;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        api = new Api(client, tokens);
        brand = Api.newBrand();
        viewer = TestCallers.of(Role.VIEWER, brand);
        integrator = Api.integrator(brand);
        touchpoint = api.createTouchpoint(brand);
        path = "/api/v1/touchpoints/" + touchpoint + "/ingest-health";
    }

    private Map<String, Object> health(Caller caller) {
        HttpResponse<Map<String, Object>> response = api.exchange(caller, HttpRequest.GET(path));
        assertEquals(200, response.code());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        return response.body();
    }

    private Map<String, Object> expected(String lastPushAt, Instant to, long... counts) {
        Map<String, Object> body = new HashMap<>();
        body.put("touchpointId", touchpoint);
        body.put("lastPushAt", lastPushAt);
        body.put("window", Map.of("from", to.minus(Duration.ofHours(24)).toString(), "to", to.toString()));
        body.put("last24h", Map.of("pushes", (int) counts[0], "received", (int) counts[1], "accepted", (int) counts[2],
                "updated", (int) counts[3], "duplicates", (int) counts[4], "rejected", (int) counts[5]));
        return body;
    }

    private void push(String contentType, String body) {
        api.push(touchpoint, contentType, body, integrator);
    }

    private static String records(String... records) {
        return "[" + String.join(",", records) + "]";
    }

    @Test
    void aTouchpointWithoutPushesAnswersNoLastPushAndZeros() {
        assertEquals(expected(null, NOW, 0, 0, 0, 0, 0, 0), health(viewer));
    }

    @Test
    void twoPushesWithRejectedRowsAreSummedExactly() {
        clock.set(NOW.minus(Duration.ofHours(3)));
        push("application/json", records(json("a-1", "2026-05-20T08:00:00Z", "{\"csat\":4}"), json("a-2", "2026-05-20T08:01:00Z", "{\"csat\":5}"),
                json("a-3", "2026-05-20T08:02:00Z", "{\"csat\":9}")));
        // A fraction of a second is dropped: the log keeps whole seconds.
        clock.set(NOW.minus(Duration.ofMinutes(10)).plusMillis(750));
        push("text/csv", "externalId,occurredAt,sourceVersion,m.csat\r\na-1,2026-05-20T08:00:00Z,,4\r\na-2,2026-05-20T08:01:00Z,2,3\r\n"
                + "b-1,2026-05-20T09:00:00Z,,2\r\nb-2,2026-05-20T09:01:00Z,,0\r\nb-3,not a time,,3\r\n");
        clock.set(NOW);
        assertEquals(expected("2026-05-20T11:50:00Z", NOW, 2, 8, 3, 1, 1, 3), health(viewer));
    }

    @Test
    void aPushWhoseRecordsWereAllRejectedCounts() {
        push("application/x-ndjson", json("x-1", "2026-05-20T08:00:00Z", "{\"nps\":11}") + "\n{\"externalId\":\"x-2\"}\n");
        assertEquals(expected("2026-05-20T12:00:00Z", NOW, 1, 2, 0, 0, 0, 2), health(viewer));
    }

    @Test
    void aPushRefusedWholeOrFailedHalfWayCountsForNothing() {
        String path = "/api/v1/touchpoints/" + touchpoint + "/interactions";
        api.problem(400, integrator, HttpRequest.POST(path, "[{\"externalId\":\"m-1\"").contentType("application/json"));
        // The first two chunks are written before the body turns out malformed; the push rolls back with its log row.
        api.problem(400, integrator, HttpRequest.POST(path, "[" + json("m-1", "2026-05-20T08:00:00Z", "{}") + ","
                + json("m-2", "2026-05-20T08:00:00Z", "{}") + "," + json("m-3", "2026-05-20T08:00:00Z", "{}") + ","
                + json("m-4", "2026-05-20T08:00:00Z", "{}") + ",{\"externalId\":").contentType("application/json"));
        assertEquals(expected(null, NOW, 0, 0, 0, 0, 0, 0), health(viewer));
        assertEquals(0, rows(seq()));
    }

    @Test
    void aPushMoreThan24HoursAgoIsTheLastPushButOutsideTheWindow() {
        push("application/json", json("old-1", "2026-05-20T08:00:00Z", "{\"csat\":4}"));
        clock.set(NOW.plus(Duration.ofHours(24)).minusSeconds(1));
        assertEquals(expected("2026-05-20T12:00:00Z", clock.instant(), 1, 1, 1, 0, 0, 0), health(viewer));
        // The window is (now - 24 h, now]: a push exactly 24 hours ago has left it.
        clock.set(NOW.plus(Duration.ofHours(24)));
        assertEquals(expected("2026-05-20T12:00:00Z", clock.instant(), 0, 0, 0, 0, 0, 0), health(viewer));
        clock.set(NOW.plus(Duration.ofDays(3)));
        assertEquals(expected("2026-05-20T12:00:00Z", clock.instant(), 0, 0, 0, 0, 0, 0), health(integrator));
    }

    @Test
    void rowsOlderThan30DaysAreDeletedAndNewerOnesStay() {
        push("application/json", json("r-1", "2026-05-20T08:00:00Z", "{\"csat\":4}"));
        clock.set(NOW.plus(Duration.ofDays(1)));
        push("application/json", json("r-2", "2026-05-21T08:00:00Z", "{\"csat\":4}"));
        int seq = seq();
        clock.set(NOW.plus(PushLog.RETENTION));
        retention.deleteExpired();
        assertEquals(2, rows(seq));
        clock.set(NOW.plus(PushLog.RETENTION).plusSeconds(1));
        retention.deleteExpired();
        assertEquals(1, rows(seq));
        assertEquals(expected("2026-05-21T12:00:00Z", clock.instant(), 0, 0, 0, 0, 0, 0), health(viewer));
    }

    @Test
    void deletingATouchpointDeletesItsPushLog() {
        push("application/json", json("d-1", "2026-05-20T08:00:00Z", "{\"csat\":0}"));
        int seq = seq();
        assertEquals(1, rows(seq));
        HttpResponse<Map<String, Object>> deleted = api.exchange(Api.operations(brand), HttpRequest.DELETE("/api/v1/touchpoints/" + touchpoint));
        assertEquals(204, deleted.code());
        assertEquals(0, rows(seq));
    }

    @Test
    void anUnknownTouchpointAnswers404Problem() {
        Map<String, Object> problem = api.problem(404, viewer, HttpRequest.GET("/api/v1/touchpoints/tp_0000000000000000000a/ingest-health"));
        assertEquals(404, problem.get("status"));
    }

    @Test
    void anotherBrandsTouchpointAnswers404ToAScopedCaller() {
        push("application/json", json("s-1", "2026-05-20T08:00:00Z", "{\"csat\":4}"));
        api.problem(404, TestCallers.of(Role.VIEWER, Api.newBrand()), HttpRequest.GET(path));
        api.problem(404, Api.integrator(Api.newBrand()), HttpRequest.GET(path));
    }

    @Test
    void aRoleThatMayNotReadTouchpointsAnswers403() {
        api.problem(403, TestCallers.of(Role.PARTNER, brand), HttpRequest.GET(path));
        api.problem(403, TestCallers.of(Role.PRIVACY, brand), HttpRequest.GET(path));
    }

    private int seq() {
        return StoredRows.touchpointSeq(connections, touchpoint);
    }

    private long rows(int seq) {
        return StoredRows.number(connections, "SELECT COUNT(*) FROM ingest_push WHERE touchpoint_seq = ?", seq);
    }
}
