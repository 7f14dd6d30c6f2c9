package io.brandbridge.touchpoint.counters;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Predicates;
import io.brandbridge.touchpoint.support.RandomRanges;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On random data (metrics, booleans, instants on and around hour edges, duplicates) pushed and registered in a random
 * interleaving, every stats answer over touchpoints whose predicates are READY (counters for whole hours) equals the
 * same question over mirror touchpoints holding the same rows and no predicate (raw rows only), and a brute force here.
 * The counter rows themselves equal a brute-force recount per hour.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandingCountersPropertyTest {

    private static final long SEED = 20261114L;
    private static final String[] METRICS = {"wait_seconds", "answered", "csat"};
    private static final Instant START = Instant.parse("2026-03-28T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(3);
    private static final int SLOTS = 2;

    private record Stored(int slot, Instant at, Map<String, Double> values) {
    }

    private record Question(String metric, Comparison op, double threshold) {
        Map<String, Object> json() {
            return Predicates.attainment(metric, op.name(), threshold);
        }
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    ConnectionOperations<Connection> connections;

    Api api;
    Caller caller;
    String brand;
    /** Counted touchpoints get predicates; their mirrors hold the same rows and none. */
    final List<String> counted = new ArrayList<>();
    final List<String> mirrors = new ArrayList<>();
    final List<Stored> stored = new ArrayList<>();
    final List<Set<String>> externalIds = new ArrayList<>();
    final List<Instant> instants = new ArrayList<>();
    final List<Question> attainmentPool = new ArrayList<>();
    final List<Question[]> pairPool = new ArrayList<>();
    final Set<String> predicateIds = new HashSet<>();
    int nextId;

    @BeforeAll
    void pushAndRegisterInARandomOrder() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        caller = Api.operations(brand);
        for (int i = 0; i < SLOTS; i++) {
            counted.add(api.createTouchpoint(brand));
            mirrors.add(api.createTouchpoint(brand));
            externalIds.add(new HashSet<>());
        }
        Random random = new Random(SEED);
        attainmentPool.add(new Question("wait_seconds", Comparison.LE, 60));
        attainmentPool.add(new Question("wait_seconds", Comparison.GT, 120.5));
        attainmentPool.add(new Question("answered", Comparison.EQ, 1));
        attainmentPool.add(new Question("csat", Comparison.GE, 4));
        attainmentPool.add(new Question("csat", Comparison.LT, 3));
        pairPool.add(new Question[] {new Question("wait_seconds", Comparison.LE, 60), new Question("answered", Comparison.EQ, 1)});
        pairPool.add(new Question[] {new Question("csat", Comparison.GE, 4), new Question("answered", Comparison.EQ, 0)});
        pairPool.add(new Question[] {new Question("answered", Comparison.EQ, 1), new Question("wait_seconds", Comparison.LE, 60)});
        for (int round = 0; round < 14; round++) {
            if (round > 0 && random.nextInt(3) == 0) {
                register(random);
            } else {
                push(random, 1 + random.nextInt(60));
            }
        }
        // Every predicate at every counted touchpoint, then more pushes counted only at ingest.
        registerAll();
        predicateIds.forEach(id -> Predicates.awaitReady(api, caller, id));
        push(random, 80);
        push(random, 30);
    }

    @Test
    void attainmentFromCountersEqualsRawRowsAndABruteForce() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 200; round++) {
            Question q = random.nextInt(6) == 0 ? randomQuestion(random) : attainmentPool.get(random.nextInt(attainmentPool.size()));
            List<Integer> slots = slots(random);
            Instant[] range = range(random);
            String bucket = new String[] {null, "HOUR", "DAY"}[random.nextInt(3)];
            Map<String, Object> fromCounters = attainment(ids(counted, slots), q, range, bucket);
            Map<String, Object> fromRows = attainment(ids(mirrors, slots), q, range, bucket);
            Map<String, Object> brute = bruteAttainment(slots, q, range, bucket);
            assertEquals(brute, fromCounters, () -> "counters, " + q + " " + List.of(range) + " " + bucket);
            assertEquals(mirrored(brute), fromRows, () -> "raw rows, " + q + " " + List.of(range) + " " + bucket);
        }
    }

    @Test
    void contingencyFromCountersEqualsRawRowsAndABruteForce() {
        Random random = new Random(SEED + 2);
        for (int round = 0; round < 200; round++) {
            Question[] pair = random.nextInt(6) == 0 ? new Question[] {randomQuestion(random), randomQuestion(random)}
                    : pairPool.get(random.nextInt(pairPool.size()));
            List<Integer> slots = slots(random);
            Instant[] range = range(random);
            Map<String, Object> fromCounters = contingency(ids(counted, slots), pair, range);
            Map<String, Object> fromRows = contingency(ids(mirrors, slots), pair, range);
            Map<String, Object> brute = bruteContingency(slots, pair, range);
            assertEquals(brute, fromCounters, () -> "counters, " + List.of(pair) + " " + List.of(range));
            assertEquals(brute, fromRows, () -> "raw rows, " + List.of(pair) + " " + List.of(range));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchAnswersEqualTheSingleAnswersOfEachWindow() {
        Random random = new Random(SEED + 3);
        for (int round = 0; round < 30; round++) {
            Question q = attainmentPool.get(random.nextInt(attainmentPool.size()));
            Question[] pair = pairPool.get(random.nextInt(pairPool.size()));
            List<Integer> slots = slots(random);
            List<Map<String, Object>> windows = new ArrayList<>();
            List<Map<String, Object>> attainment = new ArrayList<>();
            List<Map<String, Object>> tables = new ArrayList<>();
            for (int w = 0, n = 1 + random.nextInt(6); w < n; w++) {
                Instant[] range = range(random);
                String bucket = new String[] {null, "HOUR", "DAY"}[random.nextInt(3)];
                Map<String, Object> window = new HashMap<>(Map.of("from", range[0].toString(), "to", range[1].toString()));
                window.put("bucket", bucket);
                windows.add(window);
                attainment.add(bruteAttainment(slots, q, range, bucket));
                tables.add(bruteContingency(slots, pair, range));
            }
            Map<String, Object> request = new HashMap<>(q.json());
            request.put("touchpointIds", ids(counted, slots));
            request.put("windows", windows);
            assertEquals(Map.of("windows", attainment), api.body(caller, HttpRequest.POST("/api/v1/stats/attainment/batch", request)));
            List<Map<String, Object>> plainWindows = windows.stream().map(w -> Map.of("from", w.get("from"), "to", w.get("to"))).toList();
            Map<String, Object> pairRequest = Map.of("touchpointIds", ids(counted, slots), "a", pair[0].json(), "b", pair[1].json(),
                    "windows", plainWindows);
            assertEquals(Map.of("windows", tables), api.body(caller, HttpRequest.POST("/api/v1/stats/contingency/batch", pairRequest)));
        }
    }

    @Test
    void counterRowsEqualABruteForceRecountPerHour() throws SQLException {
        Map<String, long[]> expected = new TreeMap<>();
        Map<String, long[]> actual = new TreeMap<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            for (Question q : attainmentPool) {
                for (Stored s : storedAt(slot)) {
                    Double v = s.values().get(q.metric());
                    if (v != null) {
                        long[] c = expected.computeIfAbsent(slot + " " + q + " " + s.at().truncatedTo(ChronoUnit.HOURS), k -> new long[2]);
                        c[0]++;
                        c[1] += q.op().test(v, q.threshold()) ? 1 : 0;
                    }
                }
                actual.putAll(counterRows(slot, q));
            }
        }
        assertTrue(expected.size() > 100, "enough hours to mean something: " + expected.size());
        assertEquals(flatten(expected), flatten(actual));
    }

    private Map<String, long[]> counterRows(int slot, Question q) throws SQLException {
        return connections.executeRead(status -> {
            Map<String, long[]> rows = new TreeMap<>();
            try (PreparedStatement query = status.getConnection().prepareStatement("SELECT c.hour_start, c.valid, c.good FROM stats_counter_hour c"
                    + " JOIN stats_predicate p ON p.seq = c.predicate_seq JOIN touchpoint t ON t.seq = c.touchpoint_seq"
                    + " WHERE t.id = ? AND p.kind = 'ATTAINMENT' AND p.conditions = ?")) {
                query.setString(1, counted.get(slot));
                query.setString(2, q.metric() + " " + q.op() + " " + q.threshold());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Instant hour = rs.getTimestamp(1).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
                        rows.put(slot + " " + q + " " + hour, new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }

    private static Map<String, List<Long>> flatten(Map<String, long[]> counts) {
        Map<String, List<Long>> flat = new TreeMap<>();
        counts.forEach((k, v) -> flat.put(k, List.of(v[0], v[1])));
        return flat;
    }

    private void push(Random random, int count) {
        for (int slot = 0; slot < SLOTS; slot++) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < count; i++) {
                boolean duplicate = !externalIds.get(slot).isEmpty() && random.nextInt(6) == 0;
                String externalId = duplicate ? externalIds.get(slot).iterator().next() : "r-" + nextId++;
                Instant at = instant(random);
                Map<String, Double> values = new LinkedHashMap<>();
                StringBuilder metrics = new StringBuilder("{");
                for (String metric : METRICS) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    double value;
                    String json;
                    switch (metric) {
                        case "wait_seconds" -> {
                            value = random.nextBoolean() ? random.nextInt(200) : Math.round(random.nextDouble() * 20000) / 100.0;
                            json = Double.toString(value);
                        }
                        case "answered" -> {
                            boolean answered = random.nextInt(3) != 0;
                            value = answered ? 1 : 0;
                            json = Boolean.toString(answered);
                        }
                        default -> {
                            value = 1 + random.nextInt(5);
                            json = Integer.toString((int) value);
                        }
                    }
                    values.put(metric, value);
                    metrics.append(metrics.length() > 1 ? "," : "").append('"').append(metric).append("\":").append(json);
                }
                metrics.append('}');
                body.append("{\"externalId\":\"").append(externalId).append("\",\"occurredAt\":\"").append(at).append("\",\"metrics\":")
                        .append(metrics).append("}\n");
                // A duplicate (stored before or earlier in this body) changes nothing.
                if (externalIds.get(slot).add(externalId)) {
                    stored.add(new Stored(slot, at, values));
                    instants.add(at);
                }
            }
            for (String touchpoint : List.of(counted.get(slot), mirrors.get(slot))) {
                api.push(touchpoint, "application/x-ndjson", body.toString(), Api.integrator(brand));
            }
        }
    }

    private void register(Random random) {
        List<Map<String, Object>> attainment = new ArrayList<>();
        for (Question q : attainmentPool) {
            if (random.nextInt(3) == 0) {
                attainment.add(q.json());
            }
        }
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Question[] pair : pairPool) {
            if (random.nextInt(3) == 0) {
                pairs.add(Predicates.pair(pair[0].json(), pair[1].json()));
            }
        }
        List<String> touchpoints = random.nextBoolean() ? counted : List.of(counted.get(random.nextInt(SLOTS)));
        Predicates.register(api, caller, touchpoints, attainment, pairs).forEach(p -> predicateIds.add((String) p.get("id")));
    }

    private void registerAll() {
        Predicates.register(api, caller, counted, attainmentPool.stream().map(Question::json).toList(),
                pairPool.stream().map(p -> Predicates.pair(p[0].json(), p[1].json())).toList()).forEach(p -> predicateIds.add((String) p.get("id")));
    }

    private Map<String, Object> attainment(List<String> touchpoints, Question q, Instant[] range, String bucket) {
        Map<String, Object> request = new HashMap<>(q.json());
        request.put("touchpointIds", touchpoints);
        request.put("from", range[0].toString());
        request.put("to", range[1].toString());
        request.put("bucket", bucket);
        return api.body(caller, HttpRequest.POST("/api/v1/stats/attainment", request));
    }

    private Map<String, Object> contingency(List<String> touchpoints, Question[] pair, Instant[] range) {
        return api.body(caller, HttpRequest.POST("/api/v1/stats/contingency", Map.of("touchpointIds", touchpoints, "a", pair[0].json(),
                "b", pair[1].json(), "from", range[0].toString(), "to", range[1].toString())));
    }

    private Map<String, Object> bruteAttainment(List<Integer> slots, Question q, Instant[] range, String bucket) {
        ChronoUnit unit = bucket == null ? null : "HOUR".equals(bucket) ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        TreeMap<Instant, long[]> buckets = new TreeMap<>();
        if (unit != null) {
            for (Instant start = range[0].truncatedTo(unit); start.isBefore(range[1]); start = start.plus(1, unit)) {
                buckets.put(start, new long[2]);
            }
        }
        List<Map<String, Object>> byTouchpoint = new ArrayList<>();
        long valid = 0;
        long good = 0;
        for (int slot : slots) {
            long v = 0;
            long g = 0;
            for (Stored s : storedAt(slot)) {
                Double value = s.values().get(q.metric());
                if (value != null && !s.at().isBefore(range[0]) && s.at().isBefore(range[1])) {
                    boolean met = q.op().test(value, q.threshold());
                    v++;
                    g += met ? 1 : 0;
                    if (unit != null) {
                        long[] b = buckets.get(s.at().truncatedTo(unit));
                        b[0]++;
                        b[1] += met ? 1 : 0;
                    }
                }
            }
            byTouchpoint.add(Map.of("touchpointId", counted.get(slot), "valid", (int) v, "good", (int) g));
            valid += v;
            good += g;
        }
        List<Map<String, Object>> series = new ArrayList<>();
        buckets.forEach((start, c) -> series.add(Map.of("start", start.toString(), "valid", (int) c[0], "good", (int) c[1])));
        return Map.of("valid", (int) valid, "good", (int) good, "byTouchpoint", byTouchpoint, "buckets", series);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mirrored(Map<String, Object> answer) {
        Map<String, Object> copy = new HashMap<>(answer);
        copy.put("byTouchpoint", ((List<Map<String, Object>>) answer.get("byTouchpoint")).stream().map(t -> {
            Map<String, Object> m = new HashMap<>(t);
            m.put("touchpointId", mirrors.get(counted.indexOf((String) t.get("touchpointId"))));
            return (Map<String, Object>) m;
        }).toList());
        return copy;
    }

    private Map<String, Object> bruteContingency(List<Integer> slots, Question[] pair, Instant[] range) {
        long[] table = new long[4];
        for (int slot : slots) {
            for (Stored s : storedAt(slot)) {
                Double a = s.values().get(pair[0].metric());
                Double b = s.values().get(pair[1].metric());
                if (a != null && b != null && !s.at().isBefore(range[0]) && s.at().isBefore(range[1])) {
                    boolean am = pair[0].op().test(a, pair[0].threshold());
                    boolean bm = pair[1].op().test(b, pair[1].threshold());
                    table[am && bm ? 0 : am ? 1 : bm ? 2 : 3]++;
                }
            }
        }
        return Map.of("bothMet", (int) table[0], "aOnly", (int) table[1], "bOnly", (int) table[2], "neither", (int) table[3]);
    }

    private List<Stored> storedAt(int slot) {
        return stored.stream().filter(s -> s.slot() == slot).toList();
    }

    private static List<String> ids(List<String> touchpoints, List<Integer> slots) {
        return slots.stream().map(touchpoints::get).toList();
    }

    private static List<Integer> slots(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> List.of(0);
            case 1 -> List.of(1);
            default -> List.of(0, 1);
        };
    }

    private Question randomQuestion(Random random) {
        String metric = METRICS[random.nextInt(METRICS.length)];
        Comparison op = Comparison.values()[random.nextInt(Comparison.values().length)];
        double threshold = switch (metric) {
            case "answered" -> random.nextInt(2);
            case "csat" -> 1 + random.nextInt(5);
            default -> random.nextInt(200);
        };
        return new Question(metric, op, threshold);
    }

    /** Mostly random microseconds; a third exactly on an hour edge or one microsecond either side of one. */
    private static Instant instant(Random random) {
        if (random.nextInt(3) == 0) {
            Instant edge = START.plus(random.nextInt((int) SPAN.toHours()), ChronoUnit.HOURS);
            return edge.plus(random.nextInt(3) - 1, ChronoUnit.MICROS);
        }
        return START.plus(random.nextLong(SPAN.toNanos() / 1000), ChronoUnit.MICROS);
    }

    private Instant[] range(Random random) {
        return RandomRanges.of(() -> pick(random));
    }

    private Instant pick(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> instants.get(random.nextInt(instants.size()));
            case 1 -> START.plus(random.nextInt((int) SPAN.toHours() + 1), ChronoUnit.HOURS);
            case 2 -> random.nextBoolean() ? START.minusSeconds(3600) : START.plus(SPAN).plusSeconds(3600);
            default -> START.plus(random.nextLong(SPAN.toNanos() / 1000), ChronoUnit.MICROS);
        };
    }
}
