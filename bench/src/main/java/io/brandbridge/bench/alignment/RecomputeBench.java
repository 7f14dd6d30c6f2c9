package io.brandbridge.bench.alignment;

import io.brandbridge.defaults.security.Role;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Benchmark (2): recompute of a brand with 20 promises × 10 touchpoints over 10,000,000 interactions.
 * Starts the real promise-service, touchpoint-service and alignment-service jars on fresh schemas, seeds
 * the brand through their APIs (interactions as CSV batches), then times the recompute and reports the
 * calls it made, beside the summed time of the raw SQL answering the same questions on touchpoint-service's
 * tables. Target: recompute ≤ 2× the raw SQL time.
 */
final class RecomputeBench {

    private static final Pattern CALLS = Pattern.compile("\"dependencyCalls\"\\s*:\\s*(\\d+)");
    private static final Pattern SERVER_MILLIS = Pattern.compile("\"durationMillis\"\\s*:\\s*(\\d+)");

    private final Options options;

    RecomputeBench(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        RecomputeScenario scenario = RecomputeScenario.of(options);
        int clients = options.integer("clients", 4);
        int batch = options.integer("batch", 1_000);
        int runs = options.integer("runs", 3);
        String secret = "bench-recompute-secret-" + System.nanoTime() + "-0123456789abcdef";
        System.out.printf(Locale.ROOT, "alignment recompute benchmark: %d promises × %d touchpoints, %,d interactions over %d days, handle-time target at %d touchpoints, %s%n",
                scenario.promises(), scenario.touchpoints(), scenario.interactions(), RecomputeScenario.SPAN.toDays(), scenario.targets(), Database.serverVersion());
        try (Dependencies dependencies = Dependencies.start(secret, options);
             // The bench waits for each recompute to finish (200 with its figures) however long it takes.
             ServiceProcess alignment = ServiceProcess.start("alignment-service", secret, Map.of("PROMISE_SERVICE_URL", dependencies.promises().url(),
                     "TOUCHPOINT_SERVICE_URL", dependencies.touchpoints().url(), "ALIGNMENT_RECOMPUTE_ENABLED", "false", "ALIGNMENT_RECOMPUTE_RESPOND_WITHIN", "2h",
                     "MICRONAUT_SERVER_IDLE_TIMEOUT", "2h", "MICRONAUT_SERVER_READ_IDLE_TIMEOUT", "2h", "MICRONAUT_SERVER_WRITE_IDLE_TIMEOUT", "2h"),
                     options.text("heap", "1g"));
             Api api = new Api(secret)) {
            ServiceProcess promises = dependencies.promises();
            ServiceProcess touchpoints = dependencies.touchpoints();
            String brandId;
            List<String> touchpointIds;
            Instant asOf;
            if (dependencies.reusedBrand() == null) {
                Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                brandId = BrandSeeder.seedPromises(api, promises, scenario, null).brandId();
                touchpointIds = BrandSeeder.seedTouchpoints(api, touchpoints, brandId, scenario);
                BrandSeeder.seedInteractions(api, touchpoints, touchpointIds, scenario, end, RecomputeScenario.SPAN, clients, batch);
                asOf = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            } else {
                brandId = dependencies.reusedBrand();
                touchpointIds = BrandSeeder.existingTouchpoints(touchpoints.schema(), brandId);
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
}
