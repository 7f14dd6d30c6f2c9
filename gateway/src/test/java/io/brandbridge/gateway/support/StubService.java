package io.brandbridge.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.brandbridge.defaults.ports.FreePorts;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.VerifiedToken;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for a Brandbridge service on its own port: it refuses requests without a valid
 * internal token (401), enforces brand scope on alignment reads (404) like the real services, and
 * otherwise echoes what it received, including the identity decoded from the token.
 */
public final class StubService implements AutoCloseable {

    /** Writes a custom answer for one path. */
    public interface Responder {
        void respond(HttpExchange exchange, Caller caller) throws IOException;
    }

    private static final Pattern ALIGNMENT_BRAND = Pattern.compile("^/api/v1/alignment/brands/([^/]+)(/.*)?$");

    private final String serviceId;
    private final int port;
    private final Map<String, Responder> responders = new ConcurrentHashMap<>();
    private final AtomicLong bodyBytes = new AtomicLong();
    private final AtomicLong apiCalls = new AtomicLong();
    private volatile HttpServer server;
    private volatile InternalTokens tokens;
    private volatile JsonMapper json;
    private volatile Duration delay = Duration.ZERO;
    private volatile String openApi;
    private volatile boolean healthy = true;

    private StubService(String serviceId, int port) {
        this.serviceId = serviceId;
        this.port = port;
    }

    public static StubService start(String serviceId) {
        StubService stub = new StubService(serviceId, FreePorts.next());
        stub.restart();
        return stub;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Tokens are verified as this service would, with the gateway's secret, known once its context runs. */
    public StubService attach(InternalTokens tokens, JsonMapper json) {
        this.tokens = tokens.issuedAs(serviceId);
        this.json = json;
        return this;
    }

    public void reset() {
        responders.clear();
        delay = Duration.ZERO;
        healthy = true;
        bodyBytes.set(0);
        apiCalls.set(0);
        if (server == null) {
            restart();
        }
    }

    public void respond(String path, Responder responder) {
        responders.put(path, responder);
    }

    public void delay(Duration delay) {
        this.delay = delay;
    }

    public void openApi(String document) {
        this.openApi = document;
    }

    public String openApiDocument() {
        return openApi;
    }

    public void healthy(boolean healthy) {
        this.healthy = healthy;
    }

    /** Bytes of request bodies read so far, counted as they stream in. */
    /** Requests to {@code /api/**} since the last reset. */
    public long calls() {
        return apiCalls.get();
    }

    public long bodyBytes() {
        return bodyBytes.get();
    }

    public void stop() {
        HttpServer running = server;
        server = null;
        if (running != null) {
            running.stop(0);
        }
    }

    public synchronized void restart() {
        stop();
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
            created.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            created.createContext("/", this::handle);
            created.start();
            server = created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/health/readiness")) {
                send(exchange, healthy ? 200 : 503, "application/json", "{\"status\":\"" + (healthy ? "UP" : "DOWN") + "\"}");
                return;
            }
            if (path.equals("/swagger/" + serviceId + ".yml")) {
                String doc = openApi;
                send(exchange, doc == null ? 404 : 200, "application/x-yaml", doc == null ? "" : doc);
                return;
            }
            if (path.startsWith("/api/")) {
                apiCalls.incrementAndGet();
            }
            Optional<Caller> caller = tokens.verify(exchange.getRequestHeaders().getFirst(InternalTokens.HEADER)).map(VerifiedToken::caller);
            if (caller.isEmpty()) {
                send(exchange, 401, "application/problem+json",
                        "{\"type\":\"https://brandbridge.io/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401}");
                return;
            }
            long received = drain(exchange.getRequestBody());
            pause();
            Responder responder = responders.get(path);
            if (responder != null) {
                responder.respond(exchange, caller.get());
                return;
            }
            Matcher alignment = ALIGNMENT_BRAND.matcher(path);
            if (alignment.matches() && !caller.get().mayAccessBrand(alignment.group(1))) {
                send(exchange, 404, "application/problem+json",
                        "{\"type\":\"https://brandbridge.io/problems/not-found\",\"title\":\"Not Found\",\"status\":404,"
                                + "\"detail\":\"Brand '" + alignment.group(1) + "' does not exist\"}");
                return;
            }
            send(exchange, 200, "application/json", json.writeValueAsString(echo(exchange, caller.get(), received)));
        }
    }

    private Map<String, Object> echo(HttpExchange exchange, Caller caller, long received) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("service", serviceId);
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", exchange.getRequestURI().getRawPath());
        echo.put("query", exchange.getRequestURI().getRawQuery());
        echo.put("client", caller.client());
        echo.put("roles", caller.roles().stream().map(Enum::name).sorted().toList());
        echo.put("brands", caller.brands().stream().sorted().toList());
        echo.put("allBrands", caller.allBrands());
        echo.put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"));
        echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        List<String> internalTokens = exchange.getRequestHeaders().get(InternalTokens.HEADER);
        echo.put("internalTokens", internalTokens == null ? 0 : internalTokens.size());
        echo.put("bodyBytes", received);
        return echo;
    }

    private long drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = body.read(buffer)) >= 0; ) {
            total += n;
            bodyBytes.addAndGet(n);
        }
        return total;
    }

    private void pause() {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
