package io.brandbridge.bench.gateway;

import io.brandbridge.defaults.ports.FreePorts;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers for bench/gateway.sh: free ports, readiness, the API key and internal token the two
 * load runs use, and the report comparing wrk's figures for the direct and the gateway run.
 */
public final class GatewayBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

    private GatewayBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "free-port" -> System.out.println(FreePorts.next());
            case "wait" -> waitHealthy(args[1], Duration.ofSeconds(Long.parseLong(args[2])));
            case "wait-port" -> waitListening(Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])));
            case "setup" -> setup(args[1], args[2], args[3]);
            case "report" -> report(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Path.of(args[3]) : null);
            default -> {
                System.err.println("usage: free-port | wait <url> <seconds> | wait-port <port> <seconds> | setup <gatewayUrl> <adminKey> <secret>"
                        + " | report <direct.txt> <gateway.txt> [<reference-proxy.txt>]");
                System.exit(2);
            }
        }
    }

    private static void waitHealthy(String url, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/health/liveness")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(url + " did not become healthy within " + within.toSeconds() + " s");
    }

    private static void waitListening(int port, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port + " after " + within.toSeconds() + " s");
    }

    /** Creates a MARKETING client and a brand through the gateway; prints shell assignments for KEY, TOKEN and BENCH_PATH. */
    private static void setup(String gateway, String adminKey, String secret) throws Exception {
        String client = post(gateway + "/api/v1/admin/clients", adminKey,
                "{\"name\":\"bench\",\"roles\":[\"MARKETING\"],\"allBrands\":true,\"rateLimit\":{\"requestsPerSecond\":100000,\"burst\":100000}}");
        String key = match(KEY, client);
        String slug = "bench-" + Long.toString(System.nanoTime(), 36);
        String brand = post(gateway + "/api/v1/brands", key, "{\"name\":\"Bench brand\",\"slug\":\"" + slug + "\"}");
        String brandId = match(ID, brand);
        // The direct run needs what the gateway would send: a token for the same caller, long-lived enough for the run.
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "brandbridge.internal-token.secret", secret, "brandbridge.internal-token.ttl", "2h"))) {
            String token = context.getBean(InternalTokens.class).issuedAs("gateway")
                    .mint(new Caller("bench", Set.of(Role.MARKETING), Set.of(), true), "promise-service");
            System.out.println("KEY=" + key);
            System.out.println("TOKEN=" + token);
            System.out.println("BENCH_PATH=/api/v1/brands/" + brandId);
        }
    }

    private static String post(String url, String key, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + text);
        }
        return m.group(1);
    }

    /** Prints both runs and the ratios the targets name; with a reference proxy's run, what this machine allows any proxy. */
    private static void report(Path directFile, Path gatewayFile, Path referenceFile) throws IOException {
        Figures direct = Figures.parse(Files.readString(directFile));
        Figures gateway = Figures.parse(Files.readString(gatewayFile));
        Figures reference = referenceFile == null ? null : Figures.parse(Files.readString(referenceFile));
        System.out.printf("%-10s %12s %12s %14s %8s%n", "", "p50 (ms)", "p99 (ms)", "req/s", "errors");
        print("direct", direct);
        print("gateway", gateway);
        if (reference != null) {
            print("nginx", reference);
        }
        double ratio = gateway.throughput / direct.throughput;
        double added = gateway.p50 - direct.p50;
        System.out.printf("throughput gateway/direct = %.3f (target >= 0.85: %s)%n", ratio, ratio >= 0.85 ? "met" : "MISSED");
        System.out.printf("added latency at p50      = %.3f ms (target <= 1 ms: %s)%n", added, added <= 1.0 ? "met" : "MISSED");
        System.out.printf("added latency at p99      = %.3f ms; p99 ratio %.2f%n", gateway.p99 - direct.p99, gateway.p99 / direct.p99);
        if (reference != null) {
            System.out.printf("reference proxy (nginx, no checks): throughput nginx/direct = %.3f, +%.3f ms at p50; gateway/nginx = %.3f%n",
                    reference.throughput / direct.throughput, reference.p50 - direct.p50, gateway.throughput / reference.throughput);
        }
    }

    private static void print(String name, Figures figures) {
        System.out.printf("%-10s %12.3f %12.3f %14.0f %8d%n", name, figures.p50, figures.p99, figures.throughput, figures.errors);
    }

    /** The figures of one wrk --latency run. */
    private record Figures(double p50, double p99, double throughput, long errors) {

        private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
        private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
        private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
        private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

        static Figures parse(String wrk) {
            double p50 = -1;
            double p99 = -1;
            Matcher m = PERCENTILE.matcher(wrk);
            while (m.find()) {
                double value = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
                    case "us" -> 0.001;
                    case "s" -> 1000.0;
                    default -> 1.0;
                };
                if (m.group(1).equals("50")) {
                    p50 = value;
                } else {
                    p99 = value;
                }
            }
            Matcher rate = RATE.matcher(wrk);
            if (p50 < 0 || p99 < 0 || !rate.find()) {
                throw new IllegalStateException("not a wrk --latency report:\n" + wrk);
            }
            long errors = 0;
            Matcher non2xx = NON_2XX.matcher(wrk);
            if (non2xx.find()) {
                errors += Long.parseLong(non2xx.group(1));
            }
            Matcher socket = SOCKET.matcher(wrk);
            if (socket.find()) {
                for (int i = 1; i <= 4; i++) {
                    errors += Long.parseLong(socket.group(i));
                }
            }
            return new Figures(p50, p99, Double.parseDouble(rate.group(1)), errors);
        }
    }
}
