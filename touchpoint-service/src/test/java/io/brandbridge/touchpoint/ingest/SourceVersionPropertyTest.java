package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Interactions;
import io.brandbridge.touchpoint.support.Predicates;
import io.brandbridge.touchpoint.support.RandomRanges;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Versions of records arrive in a random order, some more than once, pushed by four clients at once into two touchpoints of
 * one brand while a predicate is registered and backfills. What is stored must then be what a single clean push of each
 * record's newest version gives: the listing, every stats answer from counters and raw rows (equal to a brute-force count for
 * pushed metrics, and to a mirror brand holding only the newest versions for derived ones) and the handoff matrix.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceVersionPropertyTest {

    private static final long SEED = 20261201L;
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final int SPAN_MINUTES = 12 * 24 * 60;
    private static final int SLOTS = 2;
    private static final int IDS_PER_SLOT = 80;
    /**
     * Concurrent clients on the MySQL-compatible server. H2, the embedded demo database, stalls for its whole lock timeout on
     * waits that InnoDB ends at once (one push answers 503 and is sent again), so there the versions go in from one client.
     */
    private static final int CLIENTS = "mariadb".equals(System.getProperty("brandbridge.test.db")) ? 4 : 1;

    /** One version of a record: the JSON line pushed and what it says. */
    private record Version(int slot, String externalId, Integer number, Instant at, Map<String, Double> metrics, String line) {
    }

    private record Question(String metric, Comparison op, double threshold) {
        Map<String, Object> json() {
            return Predicates.attainment(metric, op.name(), threshold);
        }
    }

    private static final List<Question> QUESTIONS = List.of(new Question("wait_seconds", Comparison.LE, 60),
            new Question("answered", Comparison.EQ, 1), new Question("repeat_contact_7d", Comparison.EQ, 1),
            new Question("handed_off", Comparison.EQ, 1), new Question("journey_contacts", Comparison.GE, 2));
    private static final Question LATE = new Question("csat", Comparison.GE, 4);
    private static final Question[] PAIR = {new Question("wait_seconds", Comparison.LE, 60), new Question("repeat_contact_7d", Comparison.EQ, 0)};

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    String brand;
    String mirrorBrand;
    final List<String> versioned = new ArrayList<>();
    final List<String> mirrors = new ArrayList<>();
    /** The newest version of every record, by slot and externalId. */
    final Map<String, Version> newest = new LinkedHashMap<>();
    final Set<String> predicateIds = new HashSet<>();
    final List<Map<String, Object>> reports = new ArrayList<>();
    int sent;

    @BeforeAll
    void pushVersionsConcurrentlyThenTheNewestOnesCleanly() throws Exception {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        mirrorBrand = Api.newBrand();
        for (int i = 0; i < SLOTS; i++) {
            versioned.add(api.createTouchpoint(brand));
            mirrors.add(api.createTouchpoint(mirrorBrand));
        }
        register(brand, versioned, QUESTIONS, true);
        register(mirrorBrand, mirrors, QUESTIONS, true);
        register(mirrorBrand, mirrors, List.of(LATE), false);
        Random random = new Random(SEED);
        List<Version> sends = versions(random);
        sent = sends.size();
        ConcurrentLinkedQueue<List<Version>> batches = new ConcurrentLinkedQueue<>(batches(random, sends));
        int half = batches.size() / 2;
        AtomicInteger taken = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Map<String, Object>>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                List<Map<String, Object>> mine = new ArrayList<>();
                for (List<Version> batch; (batch = batches.poll()) != null; taken.incrementAndGet()) {
                    mine.add(push(versioned.get(batch.getFirst().slot()), Api.integrator(brand), batch));
                }
                return mine;
            }));
        }
        while (taken.get() < half) {
            Thread.sleep(5);
        }
        // Registered mid-way, so its backfill runs while records are being replaced.
        register(brand, versioned, List.of(LATE), false);
        for (Future<List<Map<String, Object>>> c : clients) {
            reports.addAll(c.get());
        }
        pool.shutdown();
        for (int slot = 0; slot < SLOTS; slot++) {
            int s = slot;
            push(mirrors.get(slot), Api.integrator(mirrorBrand), newest.values().stream().filter(v -> v.slot() == s).toList());
        }
        predicateIds.forEach(id -> Predicates.awaitReady(api, Api.operations(brand, mirrorBrand), id));
    }

    @Test
    void everyRecordIsCountedOnceAndEachStoredRecordIsItsNewestVersion() {
        int received = 0;
        int accepted = 0;
        int others = 0;
        for (Map<String, Object> r : reports) {
            received += (int) r.get("received");
            accepted += (int) r.get("accepted");
            others += (int) r.get("updated") + (int) r.get("duplicates");
            assertEquals(0, r.get("rejected"), r::toString);
        }
        assertEquals(sent, received);
        assertEquals(newest.size(), accepted);
        assertEquals(sent - newest.size(), others);
        for (int slot = 0; slot < SLOTS; slot++) {
            Map<String, List<Object>> expected = new HashMap<>();
            for (Version v : newest.values()) {
                if (v.slot() == slot) {
                    expected.put(v.externalId(), List.of(v.at().toString(), v.metrics()));
                }
            }
            Map<String, List<Object>> actual = new HashMap<>();
            for (Map<String, Object> item : Interactions.stored(api, versioned.get(slot), brand)) {
                @SuppressWarnings("unchecked")
                Map<String, Number> metrics = (Map<String, Number>) item.get("metrics");
                Map<String, Double> values = new HashMap<>();
                metrics.forEach((k, n) -> values.put(k, n.doubleValue()));
                actual.put((String) item.get("externalId"), List.of(item.get("occurredAt"), values));
            }
            assertEquals(expected, actual);
        }
    }

    @Test
    void statsFromCountersAndRawRowsEqualABruteForceAndTheMirror() {
        Random random = new Random(SEED + 1);
        List<Question> all = new ArrayList<>(QUESTIONS);
        all.add(LATE);
        for (int round = 0; round < 120; round++) {
            Question q = all.get(random.nextInt(all.size()));
            List<Integer> slots = random.nextBoolean() ? List.of(0, 1) : List.of(random.nextInt(SLOTS));
            Instant[] range = range(random);
            String bucket = new String[] {null, "HOUR", "DAY"}[random.nextInt(3)];
            Map<String, Object> answer = attainment(brand, ids(versioned, slots), q, range, bucket);
            String context = q + " " + List.of(range) + " " + bucket;
            assertEquals(renamed(attainment(mirrorBrand, ids(mirrors, slots), q, range, bucket)), answer.toString(), context);
            if (!q.metric().startsWith("repeat") && !q.metric().startsWith("handed") && !q.metric().startsWith("journey")) {
                assertEquals(brute(q, slots, range), List.of(answer.get("valid"), answer.get("good")), context);
            }
            Map<String, Object> table = contingency(brand, ids(versioned, slots), range);
            assertEquals(renamed(contingency(mirrorBrand, ids(mirrors, slots), range)), table.toString(), context);
        }
    }

    @Test
    void theHandoffMatrixEqualsTheMirrors() {
        Instant from = START.minus(1, ChronoUnit.DAYS);
        Instant to = START.plus(SPAN_MINUTES + 60 * 24, ChronoUnit.MINUTES);
        Map<String, Object> matrix = api.body(Api.operations(brand), HttpRequest.POST("/api/v1/stats/handoffs",
                Map.of("touchpointIds", versioned, "from", from.toString(), "to", to.toString())));
        Map<String, Object> mirror = api.body(Api.operations(mirrorBrand), HttpRequest.POST("/api/v1/stats/handoffs",
                Map.of("touchpointIds", mirrors, "from", from.toString(), "to", to.toString())));
        assertTrue((int) matrix.get("journeys") > 20, matrix::toString);
        assertEquals(List.of("journeys", "oneContactJourneys", "oneContactFollowedUp").stream().map(mirror::get).toList(),
                List.of("journeys", "oneContactJourneys", "oneContactFollowedUp").stream().map(matrix::get).toList());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> expected = (List<Map<String, Object>>) mirror.get("handoffs");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actual = (List<Map<String, Object>>) matrix.get("handoffs");
        // Handoffs are listed in touchpoint-id order, which differs between the two brands.
        assertEquals(new HashSet<>(expected.stream().map(this::renamed).toList()), new HashSet<>(actual.stream().map(Map::toString).toList()));
    }

    /** Every record's versions, each sent once and some twice; records without a version are sent alike each time. */
    private List<Version> versions(Random random) {
        List<Version> sends = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            for (int i = 0; i < IDS_PER_SLOT; i++) {
                String id = "r-" + slot + "-" + i;
                boolean hasVersions = random.nextInt(10) < 7;
                List<Integer> numbers = new ArrayList<>();
                while (numbers.size() < (hasVersions ? 1 + random.nextInt(4) : 1)) {
                    int n = 1 + random.nextInt(1000);
                    if (!numbers.contains(n)) {
                        numbers.add(n);
                    }
                }
                Version top = null;
                for (int n : numbers) {
                    Version v = version(random, slot, id, hasVersions ? n : null);
                    sends.add(v);
                    if (random.nextInt(5) == 0) {
                        sends.add(v);
                    }
                    if (top == null || hasVersions && n > top.number()) {
                        top = v;
                    }
                }
                newest.put(id, top);
            }
        }
        Collections.shuffle(sends, random);
        return sends;
    }

    private static Version version(Random random, int slot, String id, Integer number) {
        Instant at = START.plus(random.nextInt(SPAN_MINUTES), ChronoUnit.MINUTES).plusMillis(random.nextInt(1000));
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (random.nextInt(5) != 0) {
            metrics.put("wait_seconds", (double) random.nextInt(200));
        }
        if (random.nextInt(10) < 7) {
            metrics.put("answered", random.nextInt(3) == 0 ? 0.0 : 1.0);
        }
        if (random.nextBoolean()) {
            metrics.put("csat", (double) (1 + random.nextInt(5)));
        }
        StringBuilder line = new StringBuilder("{\"externalId\":\"").append(id).append("\",\"occurredAt\":\"").append(at).append('"');
        if (number != null) {
            line.append(",\"sourceVersion\":").append(number);
        }
        if (random.nextInt(10) < 7) {
            line.append(",\"customerRef\":\"cust-").append(random.nextInt(15)).append('"');
        }
        if (random.nextInt(5) == 0) {
            line.append(",\"journeyId\":\"j-").append(random.nextInt(6)).append('"');
        }
        StringBuilder json = new StringBuilder("{");
        metrics.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v.intValue()));
        line.append(",\"metrics\":").append(json).append("}}\n");
        return new Version(slot, id, number, at, metrics, line.toString());
    }

    /** Runs of 1 to 25 sends of one touchpoint each, in the shuffled order. */
    private static List<List<Version>> batches(Random random, List<Version> sends) {
        List<List<Version>> batches = new ArrayList<>();
        List<List<Version>> open = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
        int[] size = {1 + random.nextInt(25), 1 + random.nextInt(25)};
        for (Version v : sends) {
            List<Version> batch = open.get(v.slot());
            batch.add(v);
            if (batch.size() == size[v.slot()]) {
                batches.add(batch);
                open.set(v.slot(), new ArrayList<>());
                size[v.slot()] = 1 + random.nextInt(25);
            }
        }
        open.stream().filter(b -> !b.isEmpty()).forEach(batches::add);
        return batches;
    }

    /** Pushes a batch, again after a 503 (a deadlock between concurrent pushes of one brand answers so, and nothing was stored). */
    private Map<String, Object> push(String touchpoint, Caller caller, List<Version> batch) {
        String body = String.join("", batch.stream().map(Version::line).toList());
        for (int attempt = 0; ; attempt++) {
            try {
                return api.push(touchpoint, "application/x-ndjson", body, caller);
            } catch (HttpClientResponseException e) {
                if (e.getStatus().getCode() != 503 || attempt == 20) {
                    throw e;
                }
            }
        }
    }

    private void register(String owner, List<String> touchpoints, List<Question> questions, boolean withPair) {
        List<Map<String, Object>> pairs = withPair ? List.of(Predicates.pair(PAIR[0].json(), PAIR[1].json())) : List.of();
        Predicates.register(api, Api.operations(owner), touchpoints, questions.stream().map(Question::json).toList(), pairs)
                .forEach(p -> predicateIds.add((String) p.get("id")));
    }

    private Instant[] range(Random random) {
        return RandomRanges.of(() -> {
            Instant at = START.plus(random.nextInt(SPAN_MINUTES + 60 * 24) - 60 * 12, ChronoUnit.MINUTES);
            return random.nextBoolean() ? at.truncatedTo(ChronoUnit.HOURS) : at;
        });
    }

    private List<Integer> brute(Question q, List<Integer> slots, Instant[] range) {
        int valid = 0;
        int good = 0;
        for (Version v : newest.values()) {
            Double value = v.metrics().get(q.metric());
            if (slots.contains(v.slot()) && value != null && !v.at().isBefore(range[0]) && v.at().isBefore(range[1])) {
                valid++;
                good += q.op().test(value, q.threshold()) ? 1 : 0;
            }
        }
        return List.of(valid, good);
    }

    private Map<String, Object> attainment(String owner, List<String> touchpoints, Question q, Instant[] range, String bucket) {
        Map<String, Object> request = new HashMap<>(q.json());
        request.put("touchpointIds", touchpoints);
        request.put("from", range[0].toString());
        request.put("to", range[1].toString());
        request.put("bucket", bucket);
        return api.body(Api.operations(owner), HttpRequest.POST("/api/v1/stats/attainment", request));
    }

    private Map<String, Object> contingency(String owner, List<String> touchpoints, Instant[] range) {
        return api.body(Api.operations(owner), HttpRequest.POST("/api/v1/stats/contingency", Map.of("touchpointIds", touchpoints,
                "a", PAIR[0].json(), "b", PAIR[1].json(), "from", range[0].toString(), "to", range[1].toString())));
    }

    private static List<String> ids(List<String> touchpoints, List<Integer> slots) {
        return slots.stream().map(touchpoints::get).toList();
    }

    /** The mirror's answer as text, with its touchpoint ids replaced by the versioned brand's. */
    private String renamed(Map<String, Object> answer) {
        String text = answer.toString();
        for (int slot = 0; slot < SLOTS; slot++) {
            text = text.replace(mirrors.get(slot), versioned.get(slot));
        }
        return text;
    }
}
