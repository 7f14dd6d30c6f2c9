package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.brandbridge.defaults.testing.RawHttp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rate limits, body size limits, CORS and path hygiene at the gateway. */
@MicronautTest
class ProtectionTest extends GatewayTestBase {

    private static final String ALLOWED_ORIGIN = "https://app.example.com";

    @Inject
    EmbeddedServer server;

    private final HttpClient raw = HttpClient.newHttpClient();

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of(
                "brandbridge.gateway.limits.body", "1KB",
                "brandbridge.gateway.limits.ingestion-body", "64KB",
                "brandbridge.gateway.cors.allowed-origins", ALLOWED_ORIGIN + ",https://admin.example.com");
    }

    @Test
    void clientOverItsRateLimitGets429WithRetryAfterAndOthersAreUnaffected() {
        String limited = createClient(Map.of("name", "limited", "roles", List.of("VIEWER"), "allBrands", true,
                "rateLimit", Map.of("requestsPerSecond", 0.5, "burst", 2)));
        String other = createClient("unlimited", List.of(Role.VIEWER));

        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), limited).status());
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), limited).status());
        Reply refused = send(HttpRequest.GET("/api/v1/brands"), limited);

        assertEquals(429, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("https://brandbridge.io/problems/rate-limited", refused.json().get("type"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), other).status());
    }

    @Test
    void bodyOverTheRouteLimitAnswers413AndIngestionHasItsOwnLimit() {
        String marketing = createClient("marketing-big", List.of(Role.MARKETING), "brd_1");
        String integrator = createClient("integrator-big", List.of(Role.INTEGRATOR), "brd_1");

        Reply tooBig = send(HttpRequest.POST("/api/v1/brands", "x".repeat(2048)).contentType("application/json"), marketing);
        assertEquals(413, tooBig.status());
        assertEquals("application/problem+json", tooBig.contentType());

        Reply ingested = send(HttpRequest.POST("/api/v1/touchpoints/tp_1/interactions", "{}\n".repeat(10_000))
                .contentType("application/x-ndjson"), integrator);
        assertEquals(200, ingested.status(), ingested.body());
        assertEquals(30_000, ((Number) ingested.json().get("bodyBytes")).intValue());

        Reply ingestTooBig = send(HttpRequest.POST("/api/v1/touchpoints/tp_1/interactions", "{}\n".repeat(30_000))
                .contentType("application/x-ndjson"), integrator);
        assertEquals(413, ingestTooBig.status());
    }

    /** The body is refused unread, so the connection cannot carry another request: it closes, and says so. */
    @Test
    void anEarlyRefusalOfABodyClosesTheConnection() throws Exception {
        String marketing = createClient("marketing-close", List.of(Role.MARKETING), "brd_1");
        String viewer = createClient("viewer-close", List.of(Role.VIEWER), "brd_1");
        String overLimit = brandPostHead(marketing, 2_000_000) + "{\"name\":";
        String forbidden = brandPostHead(viewer, 500) + "{\"name\":";
        for (String request : List.of(overLimit, forbidden)) {
            try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();

                String response = RawHttp.readResponse(socket.getInputStream());
                assertTrue(response.startsWith("HTTP/1.1 413") || response.startsWith("HTTP/1.1 403"), response);
                assertTrue(response.toLowerCase(Locale.ROOT).contains("\r\nconnection: close\r\n"), response);
                assertEquals(-1, socket.getInputStream().read(), "the gateway closed the connection");
            }
        }
    }

    /** A client that has not yet seen the answer keeps sending; the gateway drains what comes and the answer arrives whole. */
    @Test
    void aClientStillSendingTheRefusedBodyReadsTheWholeAnswer() throws Exception {
        String marketing = createClient("marketing-linger", List.of(Role.MARKETING), "brd_1");
        int announced = 4_000_000;
        byte[] part = new byte[64 * 1024];
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(brandPostHead(marketing, announced).getBytes(StandardCharsets.ISO_8859_1));
            out.write(part);
            out.flush();
            Thread.sleep(300);
            // Closed at once, the gateway's side would answer these bytes with a reset, and the 413 could be lost with it.
            for (int sent = part.length; sent < announced; sent += part.length) {
                out.write(part, 0, Math.min(part.length, announced - sent));
            }
            out.flush();

            String response = RawHttp.readResponse(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertEquals(-1, socket.getInputStream().read(), "the gateway closed the connection once the body was in");
        }
    }

    @Test
    void aClientThatNeverStopsSendingIsCutOffAfterTheLinger() throws Exception {
        String marketing = createClient("marketing-endless", List.of(Role.MARKETING), "brd_1");
        byte[] part = new byte[64 * 1024];
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(brandPostHead(marketing, 50_000_000).getBytes(StandardCharsets.ISO_8859_1));
            long start = System.nanoTime();
            long elapsedMillis = 0;
            IOException cutOff = null;
            while (cutOff == null && elapsedMillis < 10_000) {
                try {
                    out.write(part);
                    // Paced so the announced length is not reached before the linger ends.
                    Thread.sleep(5);
                } catch (IOException e) {
                    cutOff = e;
                }
                elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            }
            assertNotNull(cutOff, "the connection was still open after " + elapsedMillis + " ms");
            assertTrue(elapsedMillis >= 1_000 && elapsedMillis < 8_000, "cut off after " + elapsedMillis + " ms");
        }
    }

    @Test
    void aRequestWithoutABodyKeepsItsConnectionAfterARefusal() throws Exception {
        String viewer = createClient("viewer-keep", List.of(Role.VIEWER), "brd_1");
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(5_000);
            String refused = "DELETE /api/v1/brands/brd_1 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + viewer + "\r\n\r\n";
            socket.getOutputStream().write(refused.getBytes(StandardCharsets.ISO_8859_1));
            String first = RawHttp.readResponse(socket.getInputStream());
            assertTrue(first.startsWith("HTTP/1.1 403"), first);
            assertFalse(first.toLowerCase(Locale.ROOT).contains("connection: close"), first);

            String allowed = "GET /api/v1/brands HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + viewer + "\r\n\r\n";
            socket.getOutputStream().write(allowed.getBytes(StandardCharsets.ISO_8859_1));
            String second = RawHttp.readResponse(socket.getInputStream());
            assertTrue(second.startsWith("HTTP/1.1 200"), second);
        }
    }

    @Test
    void streamedBodiesAreLimitedToo() throws Exception {
        String integrator = createClient("integrator-chunked", List.of(Role.INTEGRATOR), "brd_1");
        String marketing = createClient("marketing-chunked", List.of(Role.MARKETING), "brd_1");

        assertEquals(200, chunked("/api/v1/touchpoints/tp_1/interactions", integrator, 20_000).statusCode());
        HttpResponse<String> over = chunked("/api/v1/touchpoints/tp_1/interactions", integrator, 200_000);
        assertEquals(413, over.statusCode(), over.body());
        assertEquals(411, chunked("/api/v1/brands", marketing, 100).statusCode(), "only ingestion takes bodies of unknown length");
    }

    @Test
    void preflightFromAnAllowedOriginIsAnsweredWithoutAKey() {
        Reply preflight = send(HttpRequest.create(HttpMethod.OPTIONS, "/api/v1/brands")
                .header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        assertEquals(200, preflight.status(), preflight.body());
        assertEquals(ALLOWED_ORIGIN, preflight.header("Access-Control-Allow-Origin"));
        assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"));

        Reply second = send(HttpRequest.create(HttpMethod.OPTIONS, "/api/v1/brands")
                .header("Origin", "https://admin.example.com")
                .header("Access-Control-Request-Method", "GET"));
        assertEquals(200, second.status(), "origins come from a comma-separated list");

        String viewer = createClient("viewer-cors", List.of(Role.VIEWER));
        Reply actual = send(HttpRequest.GET("/api/v1/brands").header("Origin", ALLOWED_ORIGIN), viewer);
        assertEquals(200, actual.status());
        assertEquals(ALLOWED_ORIGIN, actual.header("Access-Control-Allow-Origin"));
        assertTrue(actual.header("Access-Control-Expose-Headers").contains("X-Request-Id"));
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        Reply preflight = send(HttpRequest.create(HttpMethod.OPTIONS, "/api/v1/brands")
                .header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "GET"));
        assertEquals(403, preflight.status());
        assertEquals("application/problem+json", preflight.contentType());
        assertNull(preflight.header("Access-Control-Allow-Origin"));

        Reply badHeader = send(HttpRequest.create(HttpMethod.OPTIONS, "/api/v1/brands")
                .header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "X-Internal-Token"));
        assertEquals(403, badHeader.status());

        String viewer = createClient("viewer-cors-refused", List.of(Role.VIEWER));
        Reply actual = send(HttpRequest.GET("/api/v1/brands").header("Origin", "https://evil.example.net"), viewer);
        assertNull(actual.header("Access-Control-Allow-Origin"), "the browser will not hand the answer to that page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/alignment/brands/../../brands", "/api/v1/alignment/..%2Fbrands", "/api/v1/alignment//brands",
            "/api/v1/alignment/%2e%2e/brands", "/api/v1/alignment;x=1/brands"})
    void ambiguousPathsAreRefused(String path) throws Exception {
        String partner = createClient("partner-path", List.of(Role.PARTNER), "brd_1");
        HttpResponse<String> response = raw.send(java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + partner).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(0, alignment.bodyBytes());
    }

    private HttpResponse<String> chunked(String path, String key, int bytes) throws IOException, InterruptedException {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/x-ndjson")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes])))
                .build();
        return raw.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
