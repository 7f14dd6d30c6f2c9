package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Predicates;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Interactions.json;
import static io.brandbridge.touchpoint.support.Interactions.storedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily retention removes a brand's raw interactions before the start of the UTC day its retention reaches back to, in small
 * chunks, and leaves the standing counters: whole expired hours keep answering their counts.
 */
@MicronautTest(transactional = false)
@Property(name = "touchpoint.retention.enabled", value = "false")
@Property(name = "touchpoint.retention.chunk-rows", value = "7")
class RetentionTest {

    private static final int DAYS = 30;
    /** 40 old records, a minute apart, from 09:00 on a day 40 days back; 10 recent ones two days back. */
    private static final int OLD = 40;
    private static final int RECENT = 10;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    InteractionRetention retention;

    @Inject
    ConnectionOperations<Connection> connections;

    Api api;
    String brand;
    String touchpoint;
    Caller operations;
    Instant oldHour;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        operations = Api.operations(brand);
        touchpoint = api.createTouchpoint(brand);
        cutoff = InteractionRetention.cutoff(Instant.now(), DAYS);
        oldHour = cutoff.minus(Duration.ofDays(10)).plus(Duration.ofHours(9));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < OLD; i++) {
            body.append(json("old-" + i, oldHour.plus(Duration.ofMinutes(i * 3L)).toString(), "{\"wait_seconds\":" + (i * 5) + ",\"csat\":4}")).append('\n');
        }
        // Right at the edge: a microsecond before the cutoff goes, the cutoff itself stays.
        body.append(json("edge-before", cutoff.minus(1, ChronoUnit.MICROS).toString(), "{\"wait_seconds\":1}")).append('\n');
        body.append(json("edge-at", cutoff.toString(), "{\"wait_seconds\":1}")).append('\n');
        Instant recent = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < RECENT; i++) {
            body.append(json("new-" + i, recent.plus(Duration.ofMinutes(i)).toString(), "{\"wait_seconds\":" + (i * 10) + "}")).append('\n');
        }
        Map<String, Object> report = api.push(touchpoint, "application/x-ndjson", body.toString(), Api.integrator(brand));
        assertEquals(OLD + 2 + RECENT, report.get("accepted"), report::toString);
    }

    private void keepDays(String brandId, Integer days) {
        Map<String, Object> policy = new HashMap<>();
        policy.put("repeatWindowDays", 7);
        policy.put("interactionRetentionDays", days);
        policy.put("piiGuard", true);
        api.body(TestCallers.of(Role.PRIVACY, brandId), HttpRequest.PUT("/api/v1/brands/" + brandId + "/data-policy", policy));
    }

    private Map<String, Object> attainment(Instant from, Instant to) {
        return api.body(operations, HttpRequest.POST("/api/v1/stats/attainment", Map.of("touchpointIds", List.of(touchpoint),
                "metric", "wait_seconds", "op", "LE", "threshold", 60, "from", from.toString(), "to", to.toString())));
    }

    private long rows(String table, String column) {
        return connections.executeRead(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement("SELECT COUNT(*) FROM " + table + " x JOIN touchpoint t ON t.seq = x."
                    + column + " WHERE t.id = ?")) {
                query.setString(1, touchpoint);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void interactionsBeforeTheCutoffGoAndNewerOnesStay() {
        String otherBrand = Api.newBrand();
        String kept = api.createTouchpoint(otherBrand);
        api.push(kept, "application/json", json("k", oldHour.toString(), "{\"wait_seconds\":1}"), Api.integrator(otherBrand));
        keepDays(brand, DAYS);

        InteractionRetention.Outcome outcome = retention.run();

        assertEquals(OLD + 1, outcome.interactions());
        List<String> stored = storedIds(api, touchpoint, brand);
        assertEquals(RECENT + 1, stored.size(), stored::toString);
        assertEquals("edge-at", stored.getFirst());
        assertTrue(stored.stream().noneMatch(id -> id.startsWith("old-") || id.equals("edge-before")), stored::toString);
        assertEquals(RECENT + 1, rows("interaction", "touchpoint_seq"));
        assertEquals(RECENT + 1, rows("interaction_metric", "touchpoint_seq"), "one metric each is left: the old rows' csat went too");
        assertEquals(List.of("k"), storedIds(api, kept, otherBrand), "a brand without a retention keeps everything");
        assertEquals(0, retention.run().interactions(), "a second run finds nothing more");
    }

    @Test
    void expiredWholeHoursStillAnswerFromTheCountersWhileTheirRawRowsAreGone() {
        List<Map<String, Object>> registered = Predicates.register(api, operations, List.of(touchpoint),
                List.of(Predicates.attainment("wait_seconds", "LE", 60)), List.of());
        Predicates.awaitReady(api, operations, (String) registered.getFirst().get("id"));
        Instant wholeFrom = oldHour;
        Instant wholeTo = oldHour.plus(Duration.ofHours(3));
        Map<String, Object> whole = attainment(wholeFrom, wholeTo);
        Map<String, Object> partial = attainment(oldHour.plus(Duration.ofMinutes(30)), wholeTo);
        Map<String, Object> wholeOfSecondHour = attainment(oldHour.plus(Duration.ofHours(1)), wholeTo);
        assertEquals(OLD, whole.get("valid"), whole::toString);
        assertEquals(13, whole.get("good"), whole::toString);
        keepDays(brand, DAYS);

        retention.run();

        assertEquals(whole, attainment(wholeFrom, wholeTo), "whole hours come from the counters, which stay");
        // The partial first hour is read from raw rows, which are gone: only the whole hours after it still count.
        Map<String, Object> partialAfter = attainment(oldHour.plus(Duration.ofMinutes(30)), wholeTo);
        assertEquals(wholeOfSecondHour.get("valid"), partialAfter.get("valid"), () -> partial + " then " + partialAfter);
        assertEquals(wholeOfSecondHour.get("good"), partialAfter.get("good"));
        assertEquals(0, ((Map<?, ?>) attainment(oldHour.plus(Duration.ofMinutes(5)), oldHour.plus(Duration.ofMinutes(50)))).get("valid"),
                "a window inside one expired hour has only raw rows to read");
    }

    @Test
    void withoutAPredicateAnExpiredRangeCountsNothing() {
        keepDays(brand, DAYS);

        retention.run();

        assertEquals(0, attainment(oldHour, oldHour.plus(Duration.ofHours(3))).get("valid"));
    }

    @Test
    void theCutoffIsTheStartOfTheUtcDayTheRetentionReachesBackTo() {
        assertEquals(Instant.parse("2026-10-02T00:00:00Z"), InteractionRetention.cutoff(Instant.parse("2026-11-01T23:59:59Z"), 30));
        assertEquals(Instant.parse("2026-10-02T00:00:00Z"), InteractionRetention.cutoff(Instant.parse("2026-11-01T00:00:00Z"), 30));
        assertEquals(Instant.parse("2026-10-31T00:00:00Z"), InteractionRetention.cutoff(Instant.parse("2026-11-01T00:00:01Z"), 1));
    }
}
