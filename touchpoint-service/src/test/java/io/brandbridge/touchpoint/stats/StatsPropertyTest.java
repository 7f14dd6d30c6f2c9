package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.RandomRanges;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Stats answers equal a brute-force count over the same interactions, for random data and random
 * questions: every operator, thresholds on and between stored values, booleans, custom metrics,
 * ranges whose bounds hit stored instants, buckets, contingency tables and out-of-scope touchpoints.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsPropertyTest {

    private static final long SEED = 20261101L;
    private static final String[] METRICS = {"wait_seconds", "answered", "csat", "score"};
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(3);

    /** One stored interaction as the brute force sees it. */
    private record Stored(String touchpoint, Instant at, Map<String, Double> values) {
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    Caller caller;
    final List<String> inScope = new ArrayList<>();
    String outOfScope;
    final List<Stored> stored = new ArrayList<>();
    final Map<String, List<Double>> valuesByMetric = new HashMap<>();
    final List<Instant> instants = new ArrayList<>();

    @BeforeAll
    void pushRandomInteractions() {
        api = new Api(client, tokens);
        Random random = new Random(SEED);
        String brand = Api.newBrand();
        String otherBrand = Api.newBrand();
        caller = Api.operations(brand);
        for (int i = 0; i < 3; i++) {
            inScope.add(api.createTouchpoint(brand));
        }
        outOfScope = api.createTouchpoint(otherBrand);
        List<String> all = new ArrayList<>(inScope);
        all.add(outOfScope);
        for (String touchpoint : all) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 150; i++) {
                Instant at = i > 0 && random.nextInt(10) == 0 ? instants.get(random.nextInt(instants.size()))
                        : START.plus(random.nextLong(SPAN.toNanos() / 1000), ChronoUnit.MICROS);
                instants.add(at);
                Map<String, Double> values = new LinkedHashMap<>();
                StringBuilder metrics = new StringBuilder("{");
                for (String metric : METRICS) {
                    if (random.nextInt(5) == 0) {
                        continue;
                    }
                    String json;
                    double value;
                    switch (metric) {
                        case "wait_seconds" -> {
                            value = random.nextBoolean() ? random.nextInt(300) : Math.round(random.nextDouble() * 30000) / 100.0;
                            json = Double.toString(value);
                        }
                        case "answered" -> {
                            boolean answered = random.nextInt(4) != 0;
                            value = answered ? 1 : 0;
                            json = random.nextBoolean() ? Boolean.toString(answered) : Integer.toString((int) value);
                        }
                        case "csat" -> {
                            value = 1 + random.nextInt(5);
                            json = Integer.toString((int) value);
                        }
                        default -> {
                            value = Math.round((random.nextDouble() * 10 - 5) * 1000) / 1000.0;
                            json = Double.toString(value);
                        }
                    }
                    values.put(metric, value);
                    valuesByMetric.computeIfAbsent(metric, k -> new ArrayList<>()).add(value);
                    metrics.append(metrics.length() > 1 ? "," : "").append('"').append(metric).append("\":").append(json);
                }
                metrics.append('}');
                body.append("{\"externalId\":\"p-").append(i).append("\",\"occurredAt\":\"").append(at).append("\",\"metrics\":").append(metrics).append("}\n");
                stored.add(new Stored(touchpoint, at, values));
            }
            Map<String, Object> report = api.push(touchpoint, "application/x-ndjson", body.toString(),
                    touchpoint.equals(outOfScope) ? Api.integrator(otherBrand) : Api.integrator(brand));
            assertEquals(150, report.get("accepted"), report.toString());
        }
    }

    @Test
    void attainmentEqualsABruteForceCount() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 250; round++) {
            List<String> touchpoints = touchpoints(random);
            String metric = METRICS[random.nextInt(METRICS.length)];
            Comparison op = Comparison.values()[random.nextInt(Comparison.values().length)];
            double threshold = threshold(random, metric);
            Instant[] range = range(random);
            Bucket bucket = switch (random.nextInt(3)) {
                case 0 -> Bucket.HOUR;
                case 1 -> Bucket.DAY;
                default -> null;
            };
            Map<String, Object> request = new HashMap<>(Map.of("touchpointIds", touchpoints, "metric", metric, "op", op.name(),
                    "threshold", threshold, "from", range[0].toString(), "to", range[1].toString()));
            if (bucket != null) {
                request.put("bucket", bucket.name());
            }
            Map<String, Object> answer = api.body(caller, HttpRequest.POST("/api/v1/stats/attainment", request));
            assertEquals(expectedAttainment(touchpoints, metric, op, threshold, range, bucket), answer, () -> "round with " + request);
        }
    }

    @Test
    void contingencyEqualsABruteForceCount() {
        Random random = new Random(SEED + 2);
        for (int round = 0; round < 250; round++) {
            List<String> touchpoints = touchpoints(random);
            String metricA = METRICS[random.nextInt(METRICS.length)];
            String metricB = METRICS[random.nextInt(METRICS.length)];
            Comparison opA = Comparison.values()[random.nextInt(Comparison.values().length)];
            Comparison opB = Comparison.values()[random.nextInt(Comparison.values().length)];
            double thresholdA = threshold(random, metricA);
            double thresholdB = threshold(random, metricB);
            Instant[] range = range(random);
            Map<String, Object> request = Map.of("touchpointIds", touchpoints,
                    "a", Map.of("metric", metricA, "op", opA.name(), "threshold", thresholdA),
                    "b", Map.of("metric", metricB, "op", opB.name(), "threshold", thresholdB),
                    "from", range[0].toString(), "to", range[1].toString());
            long[] table = new long[4];
            for (Stored s : stored) {
                if (counts(s, touchpoints, range) && s.values().containsKey(metricA) && s.values().containsKey(metricB)) {
                    boolean a = opA.test(s.values().get(metricA), thresholdA);
                    boolean b = opB.test(s.values().get(metricB), thresholdB);
                    table[a && b ? 0 : a ? 1 : b ? 2 : 3]++;
                }
            }
            Map<String, Object> answer = api.body(caller, HttpRequest.POST("/api/v1/stats/contingency", request));
            assertEquals(Map.of("bothMet", (int) table[0], "aOnly", (int) table[1], "bOnly", (int) table[2], "neither", (int) table[3]),
                    answer, () -> "round with " + request);
        }
    }

    private Map<String, Object> expectedAttainment(List<String> touchpoints, String metric, Comparison op, double threshold, Instant[] range, Bucket bucket) {
        List<Map<String, Object>> byTouchpoint = new ArrayList<>();
        TreeMap<Instant, long[]> buckets = new TreeMap<>();
        if (bucket != null) {
            for (Instant start = bucket.floor(range[0]); start.isBefore(range[1]); start = bucket.start(start, 1)) {
                buckets.put(start, new long[2]);
            }
        }
        long valid = 0;
        long good = 0;
        for (String touchpoint : touchpoints.stream().distinct().toList()) {
            if (!inScope.contains(touchpoint)) {
                continue;
            }
            long tpValid = 0;
            long tpGood = 0;
            for (Stored s : stored) {
                if (s.touchpoint().equals(touchpoint) && counts(s, touchpoints, range) && s.values().containsKey(metric)) {
                    boolean met = op.test(s.values().get(metric), threshold);
                    tpValid++;
                    tpGood += met ? 1 : 0;
                    if (bucket != null) {
                        long[] b = buckets.get(bucket.floor(s.at()));
                        b[0]++;
                        b[1] += met ? 1 : 0;
                    }
                }
            }
            byTouchpoint.add(Map.of("touchpointId", touchpoint, "valid", (int) tpValid, "good", (int) tpGood));
            valid += tpValid;
            good += tpGood;
        }
        List<Map<String, Object>> series = new ArrayList<>();
        buckets.forEach((start, c) -> series.add(Map.of("start", start.toString(), "valid", (int) c[0], "good", (int) c[1])));
        return Map.of("valid", (int) valid, "good", (int) good, "byTouchpoint", byTouchpoint, "buckets", series);
    }

    private boolean counts(Stored s, List<String> touchpoints, Instant[] range) {
        return inScope.contains(s.touchpoint()) && touchpoints.contains(s.touchpoint())
                && !s.at().isBefore(range[0]) && s.at().isBefore(range[1]);
    }

    private List<String> touchpoints(Random random) {
        List<String> candidates = new ArrayList<>(inScope);
        candidates.add(outOfScope);
        candidates.add("tp_unknown");
        List<String> chosen = new ArrayList<>();
        for (String candidate : candidates) {
            if (random.nextInt(3) != 0) {
                chosen.add(candidate);
            }
        }
        if (chosen.isEmpty() || random.nextInt(8) == 0) {
            chosen.add(inScope.get(random.nextInt(inScope.size())));
        }
        return chosen;
    }

    private double threshold(Random random, String metric) {
        List<Double> values = valuesByMetric.get(metric);
        double a = values.get(random.nextInt(values.size()));
        double b = values.get(random.nextInt(values.size()));
        return switch (random.nextInt(4)) {
            case 0, 1 -> a;
            case 2 -> (a + b) / 2;
            default -> metric.equals("answered") ? random.nextInt(3) * 0.5 : a + random.nextGaussian();
        };
    }

    private Instant[] range(Random random) {
        return RandomRanges.of(() -> pick(random));
    }

    private Instant pick(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> instants.get(random.nextInt(instants.size()));
            case 1 -> random.nextBoolean() ? START.minusSeconds(3600) : START.plus(SPAN).plusSeconds(3600);
            default -> START.plus(random.nextLong(SPAN.toNanos() / 1000), ChronoUnit.MICROS);
        };
    }
}
