package io.brandbridge.system.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import io.brandbridge.system.owasp.SecurityFixture.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API4, unrestricted resource consumption: bodies, batches, pages and request rates have limits that
 * answer a problem, and a client that sends slowly or not at all cannot hold a connection open.
 */
@OwaspSuite
class Api4ResourceConsumptionTest {

    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    @Test
    void aBodyOverTheLimitAnswers413() {
        String name = "x".repeat(1_100_000);
        fixture.asA(Role.MARKETING).post("/api/v1/brands", Map.of("name", name, "slug", "too-big", "timeZone", "UTC")).expect(413);
    }

    @Test
    void aPushOverTheRecordLimitAnswers413AndStoresNothing() {
        String path = "/api/v1/touchpoints/" + fixture.a.touchpointId() + "/interactions";
        StringJoiner lines = new StringJoiner("\n", "", "\n");
        for (int i = 0; i <= SecurityFixture.MAX_RECORDS; i++) {
            lines.add("{\"externalId\":\"over-limit-" + i + "\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"metrics\":{\"wait_seconds\":1}}");
        }
        fixture.asA(Role.INTEGRATOR).send("POST", path, "application/x-ndjson", lines.toString()).expect(413);
        JsonNode stored = fixture.admin.get(path + "?from=2026-01-01T00:00:00Z&to=2026-01-01T00:00:01Z").expect(200).json();
        stored.path("items").forEach(i -> assertFalse(i.path("externalId").asText().startsWith("over-limit-"), i.toString()));
    }

    @Test
    void aPageLargerThanAllowedAnswers400NamingTheParameter() {
        Answer answer = fixture.asA(Role.VIEWER).get("/api/v1/brands?limit=100000").expect(400);
        assertTrue(answer.text().contains("limit"), answer.text());
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() {
        JsonNode client = fixture.admin.post("/api/v1/admin/clients", Map.of("name", "slow-lane", "roles", List.of("VIEWER"),
                "brands", List.of(fixture.a.brandId()), "rateLimit", Map.of("requestsPerSecond", 0.5, "burst", 2))).expect(201).json();
        Caller slowLane = fixture.withKey(client.path("key").asText());
        slowLane.get("/api/v1/brands").expect(200);
        slowLane.get("/api/v1/brands").expect(200);
        Answer limited = slowLane.get("/api/v1/brands").expect(429);
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1, limited.header("Retry-After"));
        fixture.asA(Role.VIEWER).get("/api/v1/brands").expect(200);
    }

    @Test
    void failedAuthenticationsFromOneAddressAreThrottledBeforeAnyKeyLookUp() throws IOException {
        InetAddress flooder = InetAddress.getByName("127.0.0.9");
        int refused = 0;
        String last = "";
        for (int i = 0; i <= SecurityFixture.AUTH_FAILURES; i++) {
            last = rawGet(flooder, "bb_flood" + "x".repeat(37) + i);
            refused += last.startsWith("HTTP/1.1 401") ? 1 : 0;
        }
        assertEquals(SecurityFixture.AUTH_FAILURES, refused);
        assertTrue(last.startsWith("HTTP/1.1 429") && last.contains("Retry-After"), last);
        assertTrue(rawGet(flooder, fixture.adminKeyForRawCalls()).startsWith("HTTP/1.1 429"), "even a valid key waits out the window");
        fixture.asA(Role.VIEWER).get("/api/v1/brands").expect(200);
    }

    private static String rawGet(InetAddress from, String key) throws IOException {
        URI gateway = URI.create(fixture.gatewayUrl());
        try (Socket socket = new Socket(InetAddress.getByName(gateway.getHost()), gateway.getPort(), from, 0)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/v1/brands HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer " + key
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aTrickledBodyIsCutOffAtTheRouteTimeLimit() throws IOException {
        long started = System.nanoTime();
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/brands HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer " + fixture.adminKeyForRawCalls()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = trickleUntilAnswered(socket, Duration.ofSeconds(20));
            assertTrue(answer.startsWith("HTTP/1.1 503") || answer.startsWith("HTTP/1.1 504") || answer.startsWith("HTTP/1.1 408"), answer);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(SecurityFixture.ROUTE_TIME_LIMIT.plusSeconds(5)) < 0, "cut off after " + took);
    }

    @Test
    void aConnectionThatSendsNothingIsClosed() throws IOException {
        long started = System.nanoTime();
        try (Socket socket = connect()) {
            socket.getOutputStream().write("GET /api/v1/brands HTTP/1.1\r\nHost: gateway\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout((int) SecurityFixture.IDLE.plusSeconds(10).toMillis());
            assertEquals(-1, socket.getInputStream().read(), "the gateway should close the connection");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(SecurityFixture.IDLE.plusSeconds(5)) < 0, "closed after " + took);
    }

    private static Socket connect() throws IOException {
        URI gateway = URI.create(fixture.gatewayUrl());
        return new Socket(gateway.getHost(), gateway.getPort());
    }

    /** Sends one body byte every half second until the gateway answers or closes; returns what it sent. */
    private static String trickleUntilAnswered(Socket socket, Duration atMost) throws IOException {
        socket.setSoTimeout(500);
        InputStream in = socket.getInputStream();
        long deadline = System.nanoTime() + atMost.toNanos();
        byte[] buffer = new byte[4096];
        while (System.nanoTime() < deadline) {
            try {
                int read = in.read(buffer);
                return read < 0 ? "(closed without an answer)" : new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
            } catch (SocketTimeoutException quiet) {
                try {
                    socket.getOutputStream().write(' ');
                    socket.getOutputStream().flush();
                } catch (IOException closed) {
                    return "(closed without an answer)";
                }
            }
        }
        return "(no answer within " + atMost + ")";
    }
}
