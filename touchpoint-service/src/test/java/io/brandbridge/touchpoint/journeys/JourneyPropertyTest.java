package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Predicates;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random brands (a few touchpoints, customers and journey ids; rows with a journeyId, a customerRef, both or neither;
 * instants on a coarse grid so ties and gaps of exactly 7 days happen) pushed in random arrival orders and chunkings:
 * afterwards every derived value in interaction_metric, the handoff matrix and the standing counters of predicates on
 * derived metrics equal a brute force computed from the definitions over the final set.
 */
// Not in a test transaction: on InnoDB its snapshot, taken at the first scenario's read, would hide every later scenario.
@MicronautTest(transactional = false)
class JourneyPropertyTest {

    private static final long SEED = 20261201L;
    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    private static final Duration WINDOW = JourneyDerivation.DEFAULT_REPEAT_WINDOW;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    ConnectionOperations<Connection> connections;

    @Test
    void derivedValuesMatrixAndCountersEqualABruteForceWhateverTheArrivalOrder() throws SQLException {
        Api api = new Api(client, tokens);
        Random random = new Random(SEED);
        for (int scenario = 0; scenario < 12; scenario++) {
            String brand = Api.newBrand();
            Caller caller = Api.operations(brand);
            Caller pusher = Api.integrator(brand);
            List<String> touchpoints = new ArrayList<>();
            for (int t = 0, n = 2 + random.nextInt(2); t < n; t++) {
                touchpoints.add(api.createTouchpoint(brand));
            }
            boolean early = scenario % 2 == 0;
            if (early) {
                register(api, caller, touchpoints);
            }
            List<BruteJourneys.Row> rows = new ArrayList<>();
            Map<String, Integer> waits = new HashMap<>();
            for (int i = 0, n = 15 + random.nextInt(35); i < n; i++) {
                String tp = touchpoints.get(random.nextInt(touchpoints.size()));
                // Six-hour grid over 40 days: ties and exact 7-day gaps are common.
                Instant at = START.plus(Duration.ofHours(6L * random.nextInt(160)));
                if (random.nextInt(5) == 0) {
                    at = at.plusSeconds(random.nextInt(3600));
                }
                int kind = random.nextInt(10);
                String journeyId = kind < 4 ? "jrn-" + random.nextInt(3) : null;
                String customer = kind >= 2 && kind < 9 ? "cust-" + random.nextInt(4) : null;
                BruteJourneys.Row row = new BruteJourneys.Row(tp, "x" + i, at, journeyId, customer);
                rows.add(row);
                waits.put(row.id(), random.nextInt(120));
            }
            List<BruteJourneys.Row> arrival = new ArrayList<>(rows);
            Collections.shuffle(arrival, random);
            for (int from = 0; from < arrival.size(); ) {
                int to = Math.min(arrival.size(), from + 1 + random.nextInt(8));
                Map<String, StringBuilder> bodies = new TreeMap<>();
                for (BruteJourneys.Row r : arrival.subList(from, to)) {
                    bodies.computeIfAbsent(r.touchpointId(), k -> new StringBuilder()).append(json(r, waits.get(r.id()))).append('\n');
                }
                for (Map.Entry<String, StringBuilder> body : bodies.entrySet()) {
                    api.push(body.getKey(), "application/x-ndjson", body.getValue().toString(), pusher);
                    if (random.nextInt(6) == 0) {
                        api.push(body.getKey(), "application/x-ndjson", body.getValue().toString(), pusher);
                    }
                }
                from = to;
            }
            if (!early) {
                register(api, caller, touchpoints).forEach(p -> Predicates.awaitReady(api, caller, (String) p.get("id")));
            }
            String context = "scenario " + scenario + ": " + rows;
            assertEquals(BruteJourneys.derived(rows, WINDOW), storedDerived(touchpoints), context);
            assertCounters(touchpoints, rows, waits, context);
            for (int q = 0; q < 4; q++) {
                List<String> listed = new ArrayList<>(touchpoints.subList(0, 1 + random.nextInt(touchpoints.size())));
                Instant a = START.plus(Duration.ofHours(random.nextInt(24 * 40)));
                Instant b = a.plus(Duration.ofHours(1 + random.nextInt(24 * 40)));
                assertEquals(BruteJourneys.matrix(rows, WINDOW, listed, a, b), JourneyHttp.handoffs(api, caller, listed, a, b), context);
            }
        }
    }

    /**
     * One client per touchpoint pushing small batches of the same few customers and journey ids at once, so a push's own
     * contacts are often derived before another push commits their neighbours and must be rewritten under the brand lock.
     */
    @Test
    void concurrentPushesToTheTouchpointsOfOneBrandDeriveWhatABruteForceDoes() throws Exception {
        Api api = new Api(client, tokens);
        Random random = new Random(SEED + 1);
        for (int scenario = 0; scenario < 4; scenario++) {
            String brand = Api.newBrand();
            Caller caller = Api.operations(brand);
            Caller pusher = Api.integrator(brand);
            List<String> touchpoints = List.of(api.createTouchpoint(brand), api.createTouchpoint(brand), api.createTouchpoint(brand));
            register(api, caller, touchpoints);
            List<BruteJourneys.Row> rows = new ArrayList<>();
            Map<String, Integer> waits = new HashMap<>();
            Map<String, List<String>> batches = new TreeMap<>();
            for (String tp : touchpoints) {
                List<String> ofTouchpoint = new ArrayList<>();
                for (int b = 0; b < 12; b++) {
                    StringBuilder body = new StringBuilder();
                    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                        Instant at = START.plus(Duration.ofHours(6L * random.nextInt(80)));
                        int kind = random.nextInt(10);
                        String journeyId = kind < 3 ? "jrn-" + random.nextInt(2) : null;
                        String customer = kind >= 2 ? "cust-" + random.nextInt(3) : null;
                        BruteJourneys.Row row = new BruteJourneys.Row(tp, "c" + rows.size(), at, journeyId, customer);
                        rows.add(row);
                        waits.put(row.id(), random.nextInt(120));
                        body.append(json(row, waits.get(row.id()))).append('\n');
                    }
                    ofTouchpoint.add(body.toString());
                }
                batches.put(tp, ofTouchpoint);
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(touchpoints.size());
            try {
                List<Future<?>> clients = new ArrayList<>();
                for (Map.Entry<String, List<String>> tp : batches.entrySet()) {
                    clients.add(pool.submit(() -> {
                        start.await();
                        for (String body : tp.getValue()) {
                            pushUntilStored(api, tp.getKey(), body, pusher);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> c : clients) {
                    c.get();
                }
            } finally {
                pool.shutdown();
            }
            String context = "concurrent scenario " + scenario + ": " + rows;
            assertEquals(BruteJourneys.derived(rows, WINDOW), storedDerived(touchpoints), context);
            assertCounters(touchpoints, rows, waits, context);
        }
    }

    /** A push that answers 503 (a deadlock rolled it back) is replayed, as a client would: replays store nothing twice. */
    private static void pushUntilStored(Api api, String touchpointId, String body, Caller pusher) {
        for (int attempt = 1; ; attempt++) {
            try {
                api.push(touchpointId, "application/x-ndjson", body, pusher);
                return;
            } catch (HttpClientResponseException e) {
                if (e.getStatus() != HttpStatus.SERVICE_UNAVAILABLE || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static List<Map<String, Object>> register(Api api, Caller caller, List<String> touchpoints) {
        return Predicates.register(api, caller, touchpoints,
                List.of(Predicates.attainment("handed_off", "EQ", 1), Predicates.attainment("repeat_contact_7d", "EQ", 1),
                        Predicates.attainment("journey_contacts", "GE", 2)),
                List.of(Predicates.pair(Predicates.attainment("handed_off", "EQ", 1), Predicates.attainment("wait_seconds", "LE", 60))));
    }

    private static String json(BruteJourneys.Row r, int wait) {
        return "{\"externalId\":\"" + r.externalId() + "\",\"occurredAt\":\"" + r.at() + "\""
                + (r.journeyId() == null ? "" : ",\"journeyId\":\"" + r.journeyId() + "\"")
                + (r.customer() == null ? "" : ",\"customerRef\":\"" + r.customer() + "\"")
                + ",\"metrics\":{\"wait_seconds\":" + wait + "}}";
    }

    /** "touchpointId/externalId" to derived key to value, as stored in interaction_metric. */
    private Map<String, Map<String, Double>> storedDerived(List<String> touchpoints) {
        return connections.executeRead(status -> {
            Map<String, Map<String, Double>> out = new TreeMap<>();
            try (PreparedStatement query = status.getConnection().prepareStatement("SELECT t.id, i.external_id, k.metric_key, m.metric_value"
                    + " FROM interaction_metric m JOIN touchpoint t ON t.seq = m.touchpoint_seq"
                    + " JOIN touchpoint_metric k ON k.touchpoint_seq = m.touchpoint_seq AND k.metric_id = m.metric_id"
                    + " JOIN interaction i ON i.touchpoint_seq = m.touchpoint_seq AND i.occurred_at = m.occurred_at AND i.id = m.interaction_id"
                    + " WHERE m.metric_id < 0 AND t.id IN (" + String.join(",", Collections.nCopies(touchpoints.size(), "?")) + ")")) {
                for (int i = 0; i < touchpoints.size(); i++) {
                    query.setString(i + 1, touchpoints.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1) + "/" + new String(rs.getBytes(2), StandardCharsets.UTF_8), k -> new TreeMap<>())
                                .put(rs.getString(3), rs.getDouble(4));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        });
    }

    /** The counters of handed_off = 1 and the pair (handed_off = 1, wait_seconds <= 60) per touchpoint and hour against a recount. */
    private void assertCounters(List<String> touchpoints, List<BruteJourneys.Row> rows, Map<String, Integer> waits, String context) {
        Map<String, Map<String, Double>> derived = BruteJourneys.derived(rows, WINDOW);
        Map<String, List<Long>> expected = new TreeMap<>();
        for (BruteJourneys.Row r : rows) {
            Double handedOff = derived.getOrDefault(r.id(), Map.of()).get("handed_off");
            Double repeat = derived.getOrDefault(r.id(), Map.of()).get("repeat_contact_7d");
            String hour = r.touchpointId() + " " + r.at().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            if (handedOff != null) {
                boolean a = handedOff == 1;
                boolean b = waits.get(r.id()) <= 60;
                bump(expected, "handed_off EQ 1.0 " + hour, 2, 0, a ? 1 : 0);
                bump(expected, "pair " + hour, 4, a ? (b ? 0 : 1) : (b ? 2 : 3), -1);
            }
            if (repeat != null) {
                bump(expected, "repeat_contact_7d EQ 1.0 " + hour, 2, 0, repeat == 1 ? 1 : 0);
            }
        }
        assertEquals(expected, counters(touchpoints), context);
    }

    private static void bump(Map<String, List<Long>> counts, String key, int cells, int cell, int good) {
        List<Long> c = counts.computeIfAbsent(key, k -> new ArrayList<>(Collections.nCopies(cells, 0L)));
        c.set(cell, c.get(cell) + 1);
        if (good >= 0) {
            c.set(1, c.get(1) + good);
        }
    }

    private Map<String, List<Long>> counters(List<String> touchpoints) {
        return connections.executeRead(status -> {
            Map<String, List<Long>> out = new TreeMap<>();
            String in = " AND t.id IN (" + String.join(",", Collections.nCopies(touchpoints.size(), "?")) + ")";
            try (PreparedStatement attainment = status.getConnection().prepareStatement("SELECT p.conditions, t.id, c.hour_start, c.valid, c.good"
                    + " FROM stats_counter_hour c JOIN stats_predicate p ON p.seq = c.predicate_seq JOIN touchpoint t ON t.seq = c.touchpoint_seq"
                    + " WHERE p.conditions IN ('handed_off EQ 1.0', 'repeat_contact_7d EQ 1.0') AND (c.valid <> 0 OR c.good <> 0)" + in);
                 PreparedStatement pairs = status.getConnection().prepareStatement("SELECT t.id, c.hour_start, c.both_met, c.a_only, c.b_only, c.neither"
                    + " FROM stats_pair_hour c JOIN stats_predicate p ON p.seq = c.predicate_seq JOIN touchpoint t ON t.seq = c.touchpoint_seq"
                    + " WHERE p.conditions = 'handed_off EQ 1.0;wait_seconds LE 60.0'"
                    + " AND (c.both_met <> 0 OR c.a_only <> 0 OR c.b_only <> 0 OR c.neither <> 0)" + in)) {
                for (int i = 0; i < touchpoints.size(); i++) {
                    attainment.setString(i + 1, touchpoints.get(i));
                    pairs.setString(i + 1, touchpoints.get(i));
                }
                try (ResultSet rs = attainment.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1) + " " + rs.getString(2) + " " + hour(rs.getObject(3, LocalDateTime.class)),
                                List.of(rs.getLong(4), rs.getLong(5)));
                    }
                }
                try (ResultSet rs = pairs.executeQuery()) {
                    while (rs.next()) {
                        out.put("pair " + rs.getString(1) + " " + hour(rs.getObject(2, LocalDateTime.class)),
                                List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        });
    }

    private static Instant hour(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC);
    }
}
