package io.brandbridge.touchpoint.counters;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Interactions;
import io.brandbridge.touchpoint.support.Predicates;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backfills stepped by hand: pushes racing a backfill are counted once (by the ingest or by the backfill), and a backfill
 * picked up by a fresh instance resumes from its committed checkpoint. Answers are compared with a mirror touchpoint that
 * received the same pushes and has no predicate.
 */
@MicronautTest(transactional = false)
@Property(name = "touchpoint.predicates.backfill-chunk", value = "25")
@Property(name = "touchpoint.predicates.backfill-sweep", value = "1h")
class BackfillTest {

    private static final Map<String, Object> WAIT = Predicates.attainment("wait_seconds", "LE", 40);
    private static final Map<String, Object> ANSWERED = Predicates.attainment("answered", "EQ", 1);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    PredicateSettings settings;

    @Inject
    Backfills backfills;

    Api api;
    String brand;
    Caller ops;
    String counted;
    String mirror;

    @BeforeEach
    void setUp() {
        backfills.pause();
        api = new Api(client, tokens);
        brand = Api.newBrand();
        ops = Api.operations(brand);
        counted = api.createTouchpoint(brand);
        mirror = api.createTouchpoint(brand);
        pushBoth(Interactions.ndjson("a", 400));
    }

    @AfterEach
    void tearDown() {
        backfills.resume();
    }

    @Test
    void pushesDuringABackfillAreCountedExactlyOnce() throws Exception {
        List<Map<String, Object>> predicates = Predicates.register(api, ops, List.of(counted), List.of(WAIT), List.of(Predicates.pair(WAIT, ANSWERED)));
        assertEquals("BACKFILLING", progress(predicates.getFirst()).get("state"));
        List<Backfills.Key> keys = keys();
        assertEquals(2, keys.size());
        CompletableFuture<Void> backfill = CompletableFuture.runAsync(() -> {
            for (Backfills.Key key : keys) {
                while (!backfills.step(key)) {
                    Thread.onSpinWait();
                }
            }
        });
        for (int k = 0; k < 8; k++) {
            // New rows in the hours being backfilled, and replays of rows the backfill counts.
            pushBoth(ndjson("b" + k + "-", 30, k * 7) + Interactions.ndjson("a", 10));
        }
        backfill.get();
        for (Map<String, Object> predicate : predicates) {
            Map<String, Object> ready = Predicates.awaitReady(api, ops, (String) predicate.get("id"));
            assertEquals(400, progress(ready).get("rowsDone"));
        }
        assertSameAnswers();
    }

    @Test
    void aFreshInstanceResumesABackfillFromItsCheckpoint() throws InterruptedException {
        List<Map<String, Object>> predicates = Predicates.register(api, ops, List.of(counted), List.of(WAIT), List.of(Predicates.pair(WAIT, ANSWERED)));
        List<Backfills.Key> keys = keys();
        for (int i = 0; i < 3; i++) {
            assertEquals(false, backfills.step(keys.getFirst()));
        }
        Map<String, Object> halfway = api.body(ops, HttpRequest.GET("/api/v1/stats/predicates/" + predicates.getFirst().get("id")));
        assertEquals(Map.of("touchpointId", counted, "state", "BACKFILLING", "rowsDone", 75, "rowsTotal", 400), progress(halfway));
        // Until READY the answers come from the raw rows.
        assertSameAnswers();
        pushBoth(ndjson("c-", 50, 3));
        Backfills restarted = new Backfills(transactions, settings);
        try {
            for (Backfills.Key key : keys) {
                while (!restarted.step(key)) {
                    Thread.onSpinWait();
                }
            }
        } finally {
            restarted.stop();
        }
        for (Map<String, Object> predicate : predicates) {
            Map<String, Object> ready = Predicates.awaitReady(api, ops, (String) predicate.get("id"));
            assertEquals(List.of(400L, 400L), List.of(((Number) progress(ready).get("rowsDone")).longValue(),
                    ((Number) progress(ready).get("rowsTotal")).longValue()));
        }
        assertTrue(counterRows() > 0);
        assertSameAnswers();
    }

    private void assertSameAnswers() {
        for (String[] range : List.of(new String[] {"2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"},
                new String[] {"2026-01-01T01:30:00Z", "2026-01-01T05:00:00.000001Z"})) {
            Map<String, Object> request = new HashMap<>(WAIT);
            request.putAll(Map.of("from", range[0], "to", range[1], "bucket", "HOUR"));
            request.put("touchpointIds", List.of(counted));
            Map<String, Object> fromCounted = api.body(ops, HttpRequest.POST("/api/v1/stats/attainment", request));
            request.put("touchpointIds", List.of(mirror));
            Map<String, Object> fromMirror = api.body(ops, HttpRequest.POST("/api/v1/stats/attainment", request));
            assertEquals(fromMirror.get("buckets"), fromCounted.get("buckets"));
            assertEquals(fromMirror.get("valid"), fromCounted.get("valid"));
            assertTrue(((Number) fromCounted.get("valid")).longValue() > 0);
            Map<String, Object> pair = Map.of("a", WAIT, "b", ANSWERED, "from", range[0], "to", range[1]);
            Map<String, Object> a = new HashMap<>(pair);
            a.put("touchpointIds", List.of(counted));
            Map<String, Object> b = new HashMap<>(pair);
            b.put("touchpointIds", List.of(mirror));
            assertEquals(api.body(ops, HttpRequest.POST("/api/v1/stats/contingency", b)), api.body(ops, HttpRequest.POST("/api/v1/stats/contingency", a)));
        }
    }

    /** {@code count} records one 7 minutes apart from {@code offset} minutes past midnight, 2026-01-01. */
    private static String ndjson(String prefix, int count, int offset) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int minute = offset + i * 7;
            body.append(Interactions.json(prefix + i, String.format("2026-01-01T%02d:%02d:00Z", (minute / 60) % 24, minute % 60),
                    "{\"wait_seconds\":" + (i * 13 % 90) + ",\"answered\":" + (i % 3 != 0) + "}")).append('\n');
        }
        return body.toString();
    }

    private void pushBoth(String body) {
        api.push(counted, "application/x-ndjson", body, Api.integrator(brand));
        api.push(mirror, "application/x-ndjson", body, Api.integrator(brand));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> progress(Map<String, Object> predicate) {
        return ((List<Map<String, Object>>) predicate.get("touchpoints")).getFirst();
    }

    private List<Backfills.Key> keys() {
        return transactions.executeRead(status -> {
            List<Backfills.Key> keys = new ArrayList<>();
            try (PreparedStatement query = status.getConnection().prepareStatement("SELECT pt.predicate_seq, pt.touchpoint_seq"
                    + " FROM stats_predicate_touchpoint pt JOIN touchpoint t ON t.seq = pt.touchpoint_seq WHERE t.id = ? ORDER BY pt.predicate_seq")) {
                query.setString(1, counted);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new Backfills.Key(rs.getInt(1), rs.getInt(2)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return keys;
        });
    }

    private long counterRows() {
        return transactions.executeRead(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement("SELECT COUNT(*) FROM stats_pair_hour c"
                    + " JOIN touchpoint t ON t.seq = c.touchpoint_seq WHERE t.id = ?")) {
                query.setString(1, counted);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
