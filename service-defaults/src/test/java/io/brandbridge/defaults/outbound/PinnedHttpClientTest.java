package io.brandbridge.defaults.outbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PinnedHttpClientTest {

    private static final byte[] PAYLOAD = "{\"type\":\"alignment.changed\",\"brand\":\"Café\"}".getBytes(StandardCharsets.UTF_8);
    private static final Duration SHORT = Duration.ofMillis(500);

    private final PinnedHttpClient client = new PinnedHttpClient(OutboundHttpSettings.DEFAULTS);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private volatile Handler handler;

    /** How the receiver answers the current test's request. */
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** One request as the receiver saw it. */
    private record Received(String method, String target, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(loopback(), 0), 0);
        receiver.createContext("/", this::record);
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void theReceiverGetsOnePostWithPathQueryHostHeadersAndTheExactBody() throws Exception {
        answer(exchange -> reply(exchange, 201, "accepted", false));
        OutboundResponse response = client.post(target("http://localhost:" + port() + "/hooks/in?x=1&y=a%20b"),
                Map.of("webhook-id", "msg_1", "webhook-signature", "v1,abc="), PAYLOAD);

        Received request = received.getFirst();
        assertEquals(1, received.size());
        assertEquals("POST", request.method());
        assertEquals("/hooks/in?x=1&y=a%20b", request.target());
        assertEquals("localhost:" + port(), request.header("Host"));
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals(String.valueOf(PAYLOAD.length), request.header("Content-Length"));
        assertEquals("Brandbridge-Webhooks/1", request.header("User-Agent"));
        assertEquals("msg_1", request.header("webhook-id"));
        assertEquals("v1,abc=", request.header("webhook-signature"));
        assertArrayEquals(PAYLOAD, request.body());

        assertEquals(201, response.status());
        assertEquals("accepted", response.bodyExcerpt());
        assertEquals("8", response.header("CONTENT-LENGTH").orElseThrow());
        assertTrue(response.took().compareTo(Duration.ZERO) > 0);
    }

    @Test
    void aUrlWithoutPathPostsToTheRoot() throws Exception {
        answer(exchange -> reply(exchange, 204, "", false));
        assertEquals(204, client.post(target("http://localhost:" + port()), Map.of(), PAYLOAD).status());
        assertEquals("/", received.getFirst().target());
    }

    @Test
    void aChunkedAnswerIsReadToItsEnd() throws Exception {
        answer(exchange -> reply(exchange, 200, "chunked " + "x".repeat(100), true));
        OutboundResponse response = client.post(target("http://localhost:" + port() + "/"), Map.of(), PAYLOAD);
        assertEquals("chunked", response.header("transfer-encoding").orElseThrow());
        assertEquals("chunked " + "x".repeat(100), response.bodyExcerpt());
    }

    @Test
    void aBodyLargerThanTheCapIsCutAtTheCapWhateverItsFraming() throws Exception {
        PinnedHttpClient capped = new PinnedHttpClient(new OutboundHttpSettings(Duration.ofSeconds(10), 16));
        String big = "0123456789".repeat(100_000);
        answer(exchange -> reply(exchange, 500, big, false));
        assertEquals(big.substring(0, 16), capped.post(target("http://localhost:" + port() + "/"), Map.of(), PAYLOAD).bodyExcerpt());
        answer(exchange -> reply(exchange, 500, big, true));
        assertEquals(big.substring(0, 16), capped.post(target("http://localhost:" + port() + "/"), Map.of(), PAYLOAD).bodyExcerpt());
        try (CannedReceiver untilClose = CannedReceiver.answering("HTTP/1.1 500 Oops\n\n" + big)) {
            assertEquals(big.substring(0, 16), capped.post(target("http://localhost:" + untilClose.port() + "/"), Map.of(), PAYLOAD).bodyExcerpt());
        }
    }

    @Test
    void aRedirectIsAnsweredNotFollowed() throws Exception {
        answer(exchange -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + port() + "/elsewhere");
            reply(exchange, 302, "", false);
        });
        OutboundResponse response = client.post(target("http://localhost:" + port() + "/in"), Map.of(), PAYLOAD);
        assertEquals(302, response.status());
        assertEquals("http://localhost:" + port() + "/elsewhere", response.header("location").orElseThrow());
        assertEquals(1, received.size());
    }

    @Test
    void itConnectsToTheCheckedAddressEvenWhenTheNameDoesNotResolve() throws Exception {
        answer(exchange -> reply(exchange, 200, "ok", false));
        OutboundTarget pinned = new OutboundTarget(URI.create("http://receiver.invalid:" + port() + "/in"),
                "receiver.invalid", port(), List.of(loopback()));
        assertEquals(200, client.post(pinned, Map.of(), PAYLOAD).status());
        assertEquals("receiver.invalid:" + port(), received.getFirst().header("Host"));
    }

    @Test
    void theAddressesAreTriedInOrderUntilOneConnects() throws Exception {
        answer(exchange -> reply(exchange, 200, "ok", false));
        // The receiver listens on 127.0.0.1 only, so 127.0.0.2 and ::1 on its port cannot answer.
        OutboundTarget pinned = new OutboundTarget(URI.create("http://receiver.invalid:" + port() + "/"),
                "receiver.invalid", port(), List.of(InetAddress.getByName("127.0.0.2"), InetAddress.getByName("::1"), loopback()));
        assertEquals(200, client.post(pinned, Map.of(), PAYLOAD).status());
        assertEquals(1, received.size());
    }

    @Test
    void aRefusedConnectionIsSaidPlainly() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, loopback())) {
            closedPort = probe.getLocalPort();
        }
        OutboundCallFailed failure = assertThrows(OutboundCallFailed.class,
                () -> client.post(target("http://localhost:" + closedPort + "/"), Map.of(), PAYLOAD));
        assertEquals("connection refused by 127.0.0.1:" + closedPort, failure.getMessage());
    }

    @Test
    void aReceiverThatNeverAnswersFailsAtTheDeadline() throws Exception {
        try (CannedReceiver silent = CannedReceiver.answering(CannedReceiver.silence())) {
            assertTimesOut(silent);
            assertEquals(1, silent.requests().size());
        }
    }

    @Test
    void theDeadlineCoversTheWholeExchangeNotEachRead() throws Exception {
        CannedReceiver.Answer drip = (in, out) -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write(("X-Drip-" + i + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(100);
            }
        };
        try (CannedReceiver slow = CannedReceiver.answering(drip)) {
            assertTimesOut(slow);
        }
    }

    @Test
    void whatIsNotHttpIsAPlainFailure() throws Exception {
        try (CannedReceiver ssh = CannedReceiver.answering("SSH-2.0-OpenSSH_9.6\n")) {
            assertEquals("the receiver's answer is not an HTTP/1.1 response", failureFrom(ssh));
        }
        try (CannedReceiver mute = CannedReceiver.answering("")) {
            assertEquals("the receiver closed the connection without answering", failureFrom(mute));
        }
        try (CannedReceiver badChunk = CannedReceiver.answering("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nzz\nabc\n")) {
            assertEquals("the response body is not valid chunked encoding", failureFrom(badChunk));
        }
    }

    @Test
    void anInterimContinueIsSkippedForTheFinalAnswer() throws Exception {
        try (CannedReceiver continuing = CannedReceiver.answering(
                "HTTP/1.1 100 Continue\n\nHTTP/1.1 429 Too Many Requests\nRetry-After: 30\nContent-Length: 4\n\nslow")) {
            OutboundResponse response = client.post(target("http://localhost:" + continuing.port() + "/"), Map.of(), PAYLOAD);
            assertEquals(429, response.status());
            assertEquals("30", response.header("retry-after").orElseThrow());
            assertEquals("slow", response.bodyExcerpt());
        }
    }

    private void assertTimesOut(CannedReceiver receiver) {
        PinnedHttpClient impatient = new PinnedHttpClient(new OutboundHttpSettings(SHORT, 4096));
        long start = System.nanoTime();
        OutboundCallFailed failure = assertThrows(OutboundCallFailed.class,
                () -> impatient.post(target("http://localhost:" + receiver.port() + "/"), Map.of(), PAYLOAD));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals("timed out after 500 ms", failure.getMessage());
        assertTrue(took.compareTo(Duration.ofMillis(450)) >= 0 && took.compareTo(Duration.ofSeconds(3)) < 0, () -> "took " + took);
    }

    private String failureFrom(CannedReceiver receiver) {
        return assertThrows(OutboundCallFailed.class,
                () -> client.post(target("http://localhost:" + receiver.port() + "/"), Map.of(), PAYLOAD)).getMessage();
    }

    private void answer(Handler next) {
        handler = next;
    }

    private void record(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        received.add(new Received(exchange.getRequestMethod(), uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
        handler.handle(exchange);
    }

    private static void reply(HttpExchange exchange, int status, String body, boolean chunked) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : chunked ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientStoppedReading) {
            // The capped client closes early; that is the point of the test.
        }
        exchange.close();
    }

    /** A target as the policy would approve it, pinned to 127.0.0.1. */
    private static OutboundTarget target(String url) throws UnknownHostException {
        URI uri = URI.create(url);
        return new OutboundTarget(uri, uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort(), List.of(loopback()));
    }

    private int port() {
        return receiver.getAddress().getPort();
    }

    private static InetAddress loopback() throws UnknownHostException {
        return InetAddress.getByName("127.0.0.1");
    }
}
