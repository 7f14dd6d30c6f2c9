package io.brandbridge.system.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A closed-loop load generator: N concurrent clients, each sending its next request as soon as the
 * previous one is answered, for a duration or a total count. Records every latency and status.
 */
public final class LoadRun {

    /** What one answer looked like, for checks beyond the status. */
    public record Answer(HttpRequest request, int status, String contentType, String body) {
    }

    /** The figures of a run. Status 0 counts transport failures (connection reset, timeout). */
    public record Result(long requests, Duration elapsed, Map<Integer, Long> byStatus, long[] latenciesMicros) {

        public double throughput() {
            return requests / (elapsed.toNanos() / 1e9);
        }

        public double percentileMillis(double p) {
            if (latenciesMicros.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(latenciesMicros.length - 1, index))] / 1000.0;
        }

        public long count(java.util.function.IntPredicate status) {
            return byStatus.entrySet().stream().filter(e -> status.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d requests in %.1f s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, statuses %s",
                    requests, elapsed.toNanos() / 1e9, throughput(), percentileMillis(50), percentileMillis(99), byStatus);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    public Result run(int clients, Duration duration, long maxRequests, Supplier<HttpRequest> requests, Consumer<Answer> inspect) {
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<long[]> perClient = new ArrayList<>();
        AtomicInteger issued = new AtomicInteger();
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                long[][] latencies = {new long[1024]};
                int[] size = {0};
                executor.submit(() -> {
                    try {
                        while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                            HttpRequest request;
                            synchronized (requests) {
                                request = requests.get();
                            }
                            if (request == null) {
                                continue;
                            }
                            long sent = System.nanoTime();
                            int status = send(request, inspect);
                            long micros = (System.nanoTime() - sent) / 1000;
                            statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
                            if (size[0] == latencies[0].length) {
                                latencies[0] = Arrays.copyOf(latencies[0], size[0] * 2);
                            }
                            latencies[0][size[0]++] = micros;
                        }
                    } catch (Throwable t) {
                        System.err.println("load client stopped: " + t);
                        t.printStackTrace();
                    } finally {
                        synchronized (perClient) {
                            perClient.add(Arrays.copyOf(latencies[0], size[0]));
                        }
                    }
                });
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
        return new Result(all.length, elapsed, byStatus, all);
    }

    private int send(HttpRequest request, Consumer<Answer> inspect) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            inspect.accept(new Answer(request, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body()));
            return response.statusCode();
        } catch (IOException | RuntimeException e) {
            inspect.accept(new Answer(request, 0, "", e.toString()));
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
