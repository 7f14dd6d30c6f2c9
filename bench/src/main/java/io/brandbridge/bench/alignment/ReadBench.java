package io.brandbridge.bench.alignment;

import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark (1): alignment read p99 against the same service's trivial endpoint p99 under the same load.
 * alignment-service runs from its jar on a fresh MariaDB schema with stubbed dependencies; one recompute
 * stores a 20-promise × 10-touchpoint snapshot; then concurrent clients send an even mix of the alignment
 * read and GET /health/liveness, each timed on its own. Target: p99 ratio ≤ 3.
 */
final class ReadBench {

    private final Options options;

    ReadBench(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        int concurrency = options.integer("concurrency", 8);
        Duration warmup = options.duration("warmup", Duration.ofSeconds(30));
        Duration duration = options.duration("duration", Duration.ofSeconds(30));
        String secret = "bench-read-secret-" + System.nanoTime() + "-0123456789abcdefghij";
        System.out.printf(Locale.ROOT, "alignment read benchmark: %d concurrent clients, %s warm-up, %s per mix, %s%n", concurrency, warmup, duration,
                Database.serverVersion());
        try (DependencyStubs stubs = new DependencyStubs();
             ServiceProcess alignment = ServiceProcess.start("alignment-service", secret, Map.of(
                     "PROMISE_SERVICE_URL", stubs.url(), "TOUCHPOINT_SERVICE_URL", stubs.url(), "ALIGNMENT_RECOMPUTE_ENABLED", "false"),
                     options.text("heap", "512m"));
             Api api = new Api(secret)) {
            String base = alignment.url() + "/api/v1/alignment/brands/" + DependencyStubs.BRAND;
            String recomputed = api.expect(200, api.send("POST", base + "/recompute?asOf=" + Instant.now().minusSeconds(60), null, null, Role.OPERATIONS, Map.of()));
            System.out.println("  snapshot: " + recomputed.substring(0, Math.min(160, recomputed.length())) + "...");
            String token = api.token(Role.PARTNER, DependencyStubs.BRAND);
            String summaryBytes = api.expect(200, api.send("GET", base, null, null, token, Map.of()));
            String promiseBytes = api.expect(200, api.send("GET", base + "/promises/prm_07", null, null, token, Map.of()));
            System.out.printf(Locale.ROOT, "  brand summary %d bytes, promise breakdown %d bytes%n", summaryBytes.length(), promiseBytes.length());

            String trivial = alignment.url() + "/health/liveness";
            mix(api, token, List.of(base, trivial), concurrency, warmup);
            report("GET /alignment/brands/{id}", mix(api, token, List.of(base, trivial), concurrency, duration), duration);
            report("GET /alignment/brands/{id}/promises/{promiseId}", mix(api, token, List.of(base + "/promises/prm_07", trivial), concurrency, duration), duration);
        }
    }

    private static void report(String read, List<Latencies> measured, Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        Latencies alignment = measured.get(0);
        Latencies trivial = measured.get(1);
        double ratio = alignment.quantileMillis(0.99) / trivial.quantileMillis(0.99);
        System.out.printf(Locale.ROOT, "%n%s mixed 50/50 with GET /health/liveness%n", read);
        System.out.println("  alignment read   " + alignment.summary(seconds));
        System.out.println("  trivial endpoint " + trivial.summary(seconds));
        System.out.printf(Locale.ROOT, "  p99 ratio %.2f (target <= 3): %s%n", ratio, ratio <= 3 ? "MET" : "NOT MET");
    }

    /** Each client alternates between the endpoints back to back for the given time; one latency list per endpoint. */
    private static List<Latencies> mix(Api api, String token, List<String> urls, int concurrency, Duration duration) throws Exception {
        List<Latencies> latencies = List.of(new Latencies(), new Latencies());
        List<HttpRequest> requests = urls.stream().map(u -> HttpRequest.newBuilder(URI.create(u)).header(InternalTokens.HEADER, token)
                .timeout(Duration.ofSeconds(30)).GET().build()).toList();
        long end = System.nanoTime() + duration.toNanos();
        HttpClient http = api.http();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                int offset = c;
                running.add(clients.submit(() -> {
                    for (long i = offset; System.nanoTime() < end; i++) {
                        int which = (int) (i % 2);
                        long started = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(requests.get(which), HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - started;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(requests.get(which).uri() + " answered " + response.statusCode());
                        }
                        latencies.get(which).add(took);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        return latencies;
    }
}
