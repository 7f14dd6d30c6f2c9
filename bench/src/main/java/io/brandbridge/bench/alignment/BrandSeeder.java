package io.brandbridge.bench.alignment;

import io.brandbridge.defaults.security.Role;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Seeds a {@link RecomputeScenario} brand through the real services' APIs (promises, touchpoints with their targets,
 * interactions as CSV batches), or finds the one an earlier {@code --seed-only true} run left in its schemas.
 */
final class BrandSeeder {

    /** A seeded brand and its promises in creation order. */
    record Promises(String brandId, List<String> ids) {
    }

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");
    private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\"\\s*:\\s*(\\d+)");

    private BrandSeeder() {
    }

    /** The brand and its promises, activated from {@code effectiveFrom} (null: now). */
    static Promises seedPromises(Api api, ServiceProcess promises, RecomputeScenario scenario, Instant effectiveFrom) throws Exception {
        String slug = "bench-" + System.currentTimeMillis();
        String brandId = Api.id(api.expect(201, api.send("POST", promises.url() + "/api/v1/brands",
                "{\"name\":\"Bench Telecom\",\"slug\":\"" + slug + "\",\"timeZone\":\"" + RecomputeScenario.ZONE.getId() + "\"}", "application/json",
                Role.MARKETING, Map.of())));
        String activate = effectiveFrom == null ? "/activate" : "/activate?effectiveFrom=" + effectiveFrom;
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < scenario.promises(); p++) {
            String promiseId = Api.id(api.expect(201, api.send("POST", promises.url() + "/api/v1/brands/" + brandId + "/promises",
                    scenario.promiseJson(p), "application/json", Role.MARKETING, Map.of())));
            HttpResponse<String> activated = api.send("POST", promises.url() + "/api/v1/promises/" + promiseId + activate, null, null, Role.MARKETING, Map.of());
            if (activated.statusCode() / 100 != 2) {
                throw new IllegalStateException("activating " + promiseId + " answered " + activated.statusCode() + ": " + activated.body());
            }
            ids.add(promiseId);
        }
        System.out.printf("  brand %s with %d active promises%s%n", brandId, scenario.promises(), effectiveFrom == null ? "" : " in force since " + effectiveFrom);
        return new Promises(brandId, ids);
    }

    static List<String> seedTouchpoints(Api api, ServiceProcess touchpoints, String brandId, RecomputeScenario scenario) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int t = 0; t < scenario.touchpoints(); t++) {
            String id = Api.id(api.expect(201, api.send("POST", touchpoints.url() + "/api/v1/touchpoints?brandId=" + brandId,
                    "{\"brandId\":\"" + brandId + "\",\"type\":\"CALL_CENTRE\",\"name\":\"Site " + t + "\",\"owner\":\"Customer Operations\",\"region\":\"UK\",\"timeZone\":\"Europe/London\"}",
                    "application/json", Role.OPERATIONS, Map.of())));
            ids.add(id);
            if (t < scenario.targets()) {
                api.expect(201, api.send("POST", touchpoints.url() + "/api/v1/touchpoints/" + id + "/targets",
                        "{\"metric\":\"handle_seconds\",\"op\":\"LE\",\"threshold\":180,\"kind\":\"COST\",\"rationale\":\"Cost per call\"}",
                        "application/json", Role.OPERATIONS, Map.of()));
            }
        }
        return ids;
    }

    /** The scenario's interactions, each touchpoint's spread evenly over the {@code span} ending at {@code end}. */
    static void seedInteractions(Api api, ServiceProcess touchpoints, List<String> ids, RecomputeScenario scenario, Instant end, Duration span,
                                 int clients, int batch) throws Exception {
        long perTouchpoint = scenario.interactions() / ids.size();
        AtomicLong accepted = new AtomicLong();
        long started = System.nanoTime();
        String token = api.tokenFor("touchpoint-service", Role.INTEGRATOR);
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> pushes = new ArrayList<>();
            for (long from = 0; from < perTouchpoint; from += batch) {
                long first = from;
                long last = Math.min(perTouchpoint, from + batch);
                for (int t = 0; t < ids.size(); t++) {
                    int touchpoint = t;
                    pushes.add(pool.submit(() -> {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(touchpoints.url() + "/api/v1/touchpoints/" + ids.get(touchpoint) + "/interactions"))
                                .header("Content-Type", "text/csv").header("X-Internal-Token", token).timeout(Duration.ofMinutes(5))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(CallRecords.csv(touchpoint, first, last, perTouchpoint, end, span))).build();
                        String report = api.expect(200, api.http().send(request, HttpResponse.BodyHandlers.ofString()));
                        long stored = Long.parseLong(Api.match(ACCEPTED, report)) + Long.parseLong(Api.match(DUPLICATES, report));
                        if (stored != last - first) {
                            throw new IllegalStateException("batch not fully stored: " + report);
                        }
                        long total = accepted.addAndGet(stored);
                        if (total % 1_000_000 < stored) {
                            System.out.printf(Locale.ROOT, "  %,d interactions pushed (%.0f/s)%n", total, total / ((System.nanoTime() - started) / 1e9));
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> push : pushes) {
                push.get();
            }
        }
        System.out.printf(Locale.ROOT, "  %,d interactions in %,d s%n", accepted.get(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /** The brand's touchpoints in creation order (targets were seeded at the first ones). */
    static List<String> existingTouchpoints(String schema, String brandId) throws Exception {
        return ids(schema, "SELECT id FROM touchpoint WHERE brand_id = ? ORDER BY seq", brandId);
    }

    /** The brand's promises in creation order. */
    static List<String> existingPromises(String schema, String brandId) throws Exception {
        return ids(schema, "SELECT id FROM promise WHERE brand_id = ? ORDER BY created_at, id", brandId);
    }

    /** When the brand's newest seeded interaction happened (a reused brand's data ends there), from each touchpoint's primary key. */
    static Instant lastInteraction(String schema, String brandId) throws Exception {
        try (Connection db = Database.connect(schema);
             PreparedStatement q = db.prepareStatement("SELECT MAX(i.occurred_at) FROM touchpoint t JOIN interaction i ON i.touchpoint_seq = t.seq WHERE t.brand_id = ?")) {
            q.setString(1, brandId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || rs.getTimestamp(1) == null) {
                    throw new IllegalStateException("brand " + brandId + " has no interactions in " + schema);
                }
                return rs.getTimestamp(1).toInstant();
            }
        }
    }

    private static List<String> ids(String schema, String sql, String brandId) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = Database.connect(schema);
             PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, brandId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
