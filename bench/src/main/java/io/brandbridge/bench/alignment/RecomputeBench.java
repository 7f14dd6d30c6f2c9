package io.brandbridge.bench.alignment;

import io.brandbridge.defaults.security.Role;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Benchmark (2): recompute of a brand with 20 promises × 10 touchpoints over 10,000,000 interactions.
 * Starts the real promise-service, touchpoint-service and alignment-service jars on fresh schemas, seeds
 * the brand through their APIs (interactions as CSV batches), then times the recompute and reports the
 * calls it made, beside the summed time of the raw SQL answering the same questions on touchpoint-service's
 * tables. Target: recompute ≤ 2× the raw SQL time.
 */
final class RecomputeBench {

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");
    private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\"\\s*:\\s*(\\d+)");
    private static final Pattern CALLS = Pattern.compile("\"dependencyCalls\"\\s*:\\s*(\\d+)");
    private static final Pattern SERVER_MILLIS = Pattern.compile("\"durationMillis\"\\s*:\\s*(\\d+)");

    private final Options options;

    RecomputeBench(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        RecomputeScenario scenario = new RecomputeScenario(options.integer("promises", 20), options.integer("touchpoints", 10),
                options.integer("targets", 2), options.number("interactions", 10_000_000L));
        int clients = options.integer("clients", 4);
        int batch = options.integer("batch", 1_000);
        int runs = options.integer("runs", 3);
        String secret = "bench-recompute-secret-" + System.nanoTime() + "-0123456789abcdef";
        System.out.printf(Locale.ROOT, "alignment recompute benchmark: %d promises × %d touchpoints, %,d interactions over %d days, handle-time target at %d touchpoints, %s%n",
                scenario.promises(), scenario.touchpoints(), scenario.interactions(), RecomputeScenario.SPAN.toDays(), scenario.targets(), Database.serverVersion());
        // --reuse <brandId>,<promise schema>,<touchpoint schema> measures a brand seeded by an earlier --seed-only true run.
        String[] reuse = options.text("reuse", "").isEmpty() ? null : options.text("reuse", "").split(",");
        try (ServiceProcess promises = ServiceProcess.start("promise-service", secret, Map.of(), options.text("heap", "1g"), reuse == null ? null : reuse[1]);
             ServiceProcess touchpoints = ServiceProcess.start("touchpoint-service", secret, Map.of(), options.text("heap", "1g"), reuse == null ? null : reuse[2]);
             // The bench waits for each recompute to finish (200 with its figures) however long it takes.
             ServiceProcess alignment = ServiceProcess.start("alignment-service", secret, Map.of("PROMISE_SERVICE_URL", promises.url(),
                     "TOUCHPOINT_SERVICE_URL", touchpoints.url(), "ALIGNMENT_RECOMPUTE_ENABLED", "false", "ALIGNMENT_RECOMPUTE_RESPOND_WITHIN", "2h",
                     "MICRONAUT_SERVER_IDLE_TIMEOUT", "2h", "MICRONAUT_SERVER_READ_IDLE_TIMEOUT", "2h", "MICRONAUT_SERVER_WRITE_IDLE_TIMEOUT", "2h"),
                     options.text("heap", "1g"));
             Api api = new Api(secret)) {
            String brandId;
            List<String> touchpointIds;
            Instant asOf;
            if (reuse == null) {
                Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                brandId = seedPromises(api, promises, scenario);
                touchpointIds = seedTouchpoints(api, touchpoints, brandId, scenario);
                seedInteractions(api, touchpoints, touchpointIds, scenario, end, clients, batch);
                asOf = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            } else {
                brandId = reuse[0];
                touchpointIds = existingTouchpoints(touchpoints.schema(), brandId);
                asOf = Instant.parse(options.text("as-of", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
                System.out.printf("  reusing brand %s with %d touchpoints%n", brandId, touchpointIds.size());
            }
            if (options.text("seed-only", "false").equals("true")) {
                System.out.printf("seeded brand %s, touchpoints %s; schemas kept: %s %s %s%n", brandId, touchpointIds, promises.schema(), touchpoints.schema(), alignment.schema());
                System.setProperty("bench.keep", "true");
                return;
            }

            System.out.printf(Locale.ROOT, "%nrecompute as of %s (%d runs; the first is cold)%n", asOf, runs);
            List<Long> wallMillis = new ArrayList<>();
            String calls = null;
            for (int r = 0; r < runs; r++) {
                long started = System.nanoTime();
                String answer = api.expect(200, api.send("POST", alignment.url() + "/api/v1/alignment/brands/" + brandId + "/recompute?asOf=" + asOf,
                        null, null, Role.OPERATIONS, Map.of()));
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                wallMillis.add(millis);
                calls = Api.match(CALLS, answer);
                System.out.printf(Locale.ROOT, "  run %d: %,d ms (server %s ms), %s calls to other services%n", r + 1, millis, Api.match(SERVER_MILLIS, answer), calls);
            }
            long best = wallMillis.stream().skip(runs > 1 ? 1 : 0).mapToLong(Long::longValue).min().orElseThrow();

            List<String> targetTouchpoints = touchpointIds.subList(0, Math.min(scenario.targets(), touchpointIds.size()));
            Duration sql = null;
            try (Connection db = Database.connect(touchpoints.schema())) {
                RawSqlBaseline baseline = new RawSqlBaseline(db, brandId);
                for (int r = 0; r < runs; r++) {
                    RawSqlBaseline.Times t = baseline.run(scenario, touchpointIds, targetTouchpoints, asOf, options.text("folded", "false").equals("true"));
                    String folded = t.folded() == null ? "" : String.format(Locale.ROOT, " (or %,d ms in %d folded scans)", t.folded().toMillis(), t.foldedStatements());
                    System.out.printf(Locale.ROOT, "  raw SQL run %d: windows %,d ms in %d counts%s; 2×2 tables %,d ms in %d statements%n",
                            r + 1, t.separate().toMillis(), t.separateStatements(), folded, t.contingency().toMillis(), t.contingencyStatements());
                    if (r > 0 || runs == 1) {
                        sql = sql == null || t.best().compareTo(sql) < 0 ? t.best() : sql;
                    }
                }
            }
            double ratio = (double) best / Math.max(1, sql.toMillis());
            System.out.printf(Locale.ROOT, "%nrecompute (warm, best)     %,8d ms   %s calls to promise-service and touchpoint-service%n", best, calls);
            System.out.printf(Locale.ROOT, "raw SQL, same questions    %,8d ms   (warm, best; the faster window counting plus the 2×2 tables, summed)%n", sql.toMillis());
            System.out.printf(Locale.ROOT, "ratio %.2f (target <= 2): %s%n", ratio, ratio <= 2 ? "MET" : "NOT MET");
        }
    }

    /** The brand's touchpoints in creation order (targets were seeded at the first ones). */
    private static List<String> existingTouchpoints(String schema, String brandId) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = Database.connect(schema);
             java.sql.PreparedStatement q = db.prepareStatement("SELECT id FROM touchpoint WHERE brand_id = ? ORDER BY seq")) {
            q.setString(1, brandId);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static String seedPromises(Api api, ServiceProcess promises, RecomputeScenario scenario) throws Exception {
        String slug = "bench-" + System.currentTimeMillis();
        String brandId = Api.id(api.expect(201, api.send("POST", promises.url() + "/api/v1/brands",
                "{\"name\":\"Bench Telecom\",\"slug\":\"" + slug + "\",\"timeZone\":\"Europe/London\"}", "application/json", Role.MARKETING, Map.of())));
        for (int p = 0; p < scenario.promises(); p++) {
            String promiseId = Api.id(api.expect(201, api.send("POST", promises.url() + "/api/v1/brands/" + brandId + "/promises",
                    scenario.promiseJson(p), "application/json", Role.MARKETING, Map.of())));
            HttpResponse<String> activated = api.send("POST", promises.url() + "/api/v1/promises/" + promiseId + "/activate", null, null, Role.MARKETING, Map.of());
            if (activated.statusCode() / 100 != 2) {
                throw new IllegalStateException("activating " + promiseId + " answered " + activated.statusCode() + ": " + activated.body());
            }
        }
        System.out.printf("  brand %s with %d active promises%n", brandId, scenario.promises());
        return brandId;
    }

    private static List<String> seedTouchpoints(Api api, ServiceProcess touchpoints, String brandId, RecomputeScenario scenario) throws Exception {
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

    private static void seedInteractions(Api api, ServiceProcess touchpoints, List<String> ids, RecomputeScenario scenario, Instant end,
                                         int clients, int batch) throws Exception {
        long perTouchpoint = scenario.interactions() / ids.size();
        AtomicLong accepted = new AtomicLong();
        long started = System.nanoTime();
        String token = api.token(Role.INTEGRATOR);
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
                                .POST(HttpRequest.BodyPublishers.ofByteArray(CallRecords.csv(touchpoint, first, last, perTouchpoint, end))).build();
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
}
