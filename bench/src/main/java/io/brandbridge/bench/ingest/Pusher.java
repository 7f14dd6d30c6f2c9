package io.brandbridge.bench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** Pushes prepared batches with several concurrent clients, each taking the next batch when its last push is answered. */
final class Pusher {

    /** One request body for one touchpoint. */
    record Batch(String touchpointId, byte[] body, int records) {
    }

    record Result(long records, long accepted, long bytes, long nanos) {

        double perSecond() {
            return records * 1e9 / nanos;
        }
    }

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    private final BenchApi api;
    private final String brandId;
    private final int clients;
    private final String query;

    Pusher(BenchApi api, String brandId, int clients) {
        this(api, brandId, clients, "");
    }

    /** {@code query} follows the interactions path of every push, e.g. {@code ?mapping=vendor-csv}. */
    Pusher(BenchApi api, String brandId, int clients, String query) {
        this.api = api;
        this.brandId = brandId;
        this.clients = clients;
        this.query = query;
    }

    Result push(List<Batch> batches, String contentType) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        long bytes = batches.stream().mapToLong(b -> b.body().length).sum();
        long records = batches.stream().mapToLong(Batch::records).sum();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                        Batch batch = batches.get(i);
                        String report = api.push(batch.touchpointId() + "/interactions" + query, batch.body(), contentType, brandId);
                        accepted.addAndGet(Long.parseLong(BenchApi.match(ACCEPTED, report)));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Result(records, accepted.get(), bytes, System.nanoTime() - start);
    }
}
