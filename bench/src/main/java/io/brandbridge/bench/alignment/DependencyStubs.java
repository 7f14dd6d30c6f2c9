package io.brandbridge.bench.alignment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * promise-service and touchpoint-service for the read benchmark, answering their contract for one
 * synthetic brand: 20 promises of 2 commitments over 10 call-centre touchpoints, each with a handle-time
 * target. The read benchmark only needs one realistic snapshot; the recompute benchmark uses the real services.
 */
final class DependencyStubs implements AutoCloseable {

    static final String BRAND = "brd_bench_read";
    static final int PROMISES = 20;
    static final int TOUCHPOINTS = 10;

    private final HttpServer server;

    DependencyStubs() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/brands/" + BRAND + "/promises/in-force", e -> answer(e, inForce()));
        server.createContext("/api/v1/brands/" + BRAND, e -> answer(e, "{\"id\":\"" + BRAND + "\",\"name\":\"Bench\",\"slug\":\"bench\",\"timeZone\":\"Europe/London\",\"createdAt\":\"2026-01-01T00:00:00Z\"}"));
        server.createContext("/api/v1/brands", e -> answer(e, "{\"items\":[],\"nextCursor\":null}"));
        server.createContext("/api/v1/touchpoints", e -> answer(e, e.getRequestURI().getPath().endsWith("/targets") ? targets(e.getRequestURI().getPath()) : touchpoints()));
        server.createContext("/api/v1/stats/attainment", e -> answer(e, attainment(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))));
        server.createContext("/api/v1/stats/contingency", e -> answer(e, contingency(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String inForce() {
        List<String> promises = new ArrayList<>();
        for (int p = 0; p < PROMISES; p++) {
            promises.add(String.format(Locale.ROOT, "{\"id\":\"prm_%02d\",\"brandId\":\"%s\",\"title\":\"Promise %d\",\"statement\":\"We keep promise %d\","
                            + "\"touchpointTypes\":[\"CALL_CENTRE\"],\"priority\":%d,\"status\":\"ACTIVE\",\"version\":1,\"effectiveFrom\":\"2026-01-01T00:00:00Z\","
                            + "\"effectiveTo\":null,\"createdAt\":\"2026-01-01T00:00:00Z\",\"commitments\":["
                            + "{\"key\":\"answer\",\"metric\":\"wait_seconds\",\"op\":\"LE\",\"threshold\":%d,\"objective\":0.8,\"window\":{\"type\":\"ROLLING_DAYS\",\"days\":28},\"weight\":1,\"minSample\":30},"
                            + "{\"key\":\"fcr\",\"metric\":\"resolved_first_contact\",\"op\":\"EQ\",\"threshold\":1,\"objective\":0.%d,\"window\":{\"type\":\"ROLLING_DAYS\",\"days\":%d},\"weight\":2,\"minSample\":30}]}",
                    p, BRAND, p, p, 1 + p % 5, 20 + p, 70 + p, 7 + p));
        }
        return "{\"brandId\":\"" + BRAND + "\",\"at\":\"2026-11-01T00:00:00Z\",\"items\":[" + String.join(",", promises) + "]}";
    }

    private static String touchpoints() {
        List<String> items = new ArrayList<>();
        for (int t = 0; t < TOUCHPOINTS; t++) {
            items.add(String.format(Locale.ROOT, "{\"id\":\"tpt_%02d\",\"brandId\":\"%s\",\"type\":\"CALL_CENTRE\",\"name\":\"Site %d\",\"owner\":\"Ops\",\"region\":\"UK\","
                    + "\"vendor\":null,\"timeZone\":\"Europe/London\",\"createdAt\":\"2026-01-01T00:00:00Z\"}", t, BRAND, t));
        }
        return "{\"items\":[" + String.join(",", items) + "],\"nextCursor\":null}";
    }

    private static String targets(String path) {
        String touchpoint = path.split("/")[4];
        return "{\"items\":[{\"id\":\"tgt_" + touchpoint + "\",\"touchpointId\":\"" + touchpoint + "\",\"metric\":\"handle_seconds\",\"op\":\"LE\","
                + "\"threshold\":180,\"kind\":\"COST\",\"rationale\":\"Cost per call\"}],\"nextCursor\":null}";
    }

    /** Counts that vary by touchpoint and commitment, so the snapshot has kept and broken commitments, gaps and spread. */
    private static String attainment(String query) {
        int seed = query.hashCode();
        List<String> rows = new ArrayList<>();
        long valid = 0;
        long good = 0;
        for (int t = 0; t < TOUCHPOINTS; t++) {
            long v = 80_000 + Math.floorMod(seed * 31 + t * 7919, 40_000);
            long g = v * (70 + Math.floorMod(seed + t * 13, 29)) / 100;
            rows.add(String.format(Locale.ROOT, "{\"touchpointId\":\"tpt_%02d\",\"valid\":%d,\"good\":%d}", t, v, g));
            valid += v;
            good += g;
        }
        return "{\"valid\":" + valid + ",\"good\":" + good + ",\"byTouchpoint\":[" + String.join(",", rows) + "],\"buckets\":[]}";
    }

    /** Short calls are resolved first time less often at half the sites: conflicts to report. */
    private static String contingency(String query) {
        boolean conflicting = Math.floorMod(query.hashCode(), 2) == 0;
        return conflicting ? "{\"bothMet\":30000,\"aOnly\":20000,\"bOnly\":40000,\"neither\":10000}"
                : "{\"bothMet\":40000,\"aOnly\":10000,\"bOnly\":40000,\"neither\":10000}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
