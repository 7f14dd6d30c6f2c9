package io.brandbridge.gateway.routing;

import io.brandbridge.defaults.resilience.ResiliencePolicies;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.RawHttp;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.brandbridge.gateway.support.StubService;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service that is down or slow answers 503 with Retry-After within the route's time limit; a failing one opens its circuit. */
@MicronautTest
class DownstreamFailureTest extends GatewayTestBase {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Inject
    ResiliencePolicies policies;

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of(
                "resilience4j.instances.promise-service.timeout", TIMEOUT.toMillis() + "ms",
                "resilience4j.instances.alignment-service.timeout", TIMEOUT.toMillis() + "ms",
                "resilience4j.instances.alignment-service.minimum-number-of-calls", "4",
                "resilience4j.instances.alignment-service.sliding-window-size", "4",
                "resilience4j.instances.alignment-service.wait-in-open-state", "30s");
    }

    @Test
    void stoppedServiceAnswers503ProblemWithRetryAfterWithinTheTimeout() {
        promise.stop();
        String key = createClient("viewer-stopped", List.of(Role.VIEWER));

        long start = System.nanoTime();
        Reply reply = send(HttpRequest.GET("/api/v1/brands"), key);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(503, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("https://brandbridge.io/problems/unavailable", reply.json().get("type"));
        assertTrue(Integer.parseInt(reply.header("Retry-After")) >= 1);
        assertTrue(took.compareTo(TIMEOUT.plusMillis(400)) < 0, "answered in " + took.toMillis() + " ms");
        assertEquals(null, reply.header("Connection"), "a request without a body keeps its connection");

        String marketing = createClient("marketing-stopped", List.of(Role.MARKETING), "brd_1");
        Reply withBody = send(HttpRequest.POST("/api/v1/brands", Map.of("name", "n")), marketing);
        assertEquals(503, withBody.status(), withBody.body());
        assertEquals("application/problem+json", withBody.contentType());
        policies.get("promise-service").circuitBreaker().reset();
    }

    /** The answer goes out before the body is in, so the rest of the body cannot be read as a next request. */
    @Test
    void anAnswerWhileTheBodyIsStillArrivingClosesTheConnection() throws Exception {
        promise.stop();
        String marketing = createClient("marketing-partial", List.of(Role.MARKETING), "brd_1");
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write((brandPostHead(marketing, 500) + "{\"name\":").getBytes(StandardCharsets.ISO_8859_1));

            String response = RawHttp.readResponse(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 503"), response);
            assertTrue(response.toLowerCase(Locale.ROOT).contains("\r\nconnection: close\r\n"), response);
            assertEquals(-1, socket.getInputStream().read(), "the gateway closed the connection");
        } finally {
            policies.get("promise-service").circuitBreaker().reset();
        }
    }

    @Test
    void slowServiceAnswers503WithinTheTimeoutAndTheNextFastCallWorks() {
        promise.delay(Duration.ofSeconds(3));
        String key = createClient("viewer-slow", List.of(Role.VIEWER));

        long start = System.nanoTime();
        Reply reply = send(HttpRequest.GET("/api/v1/brands/brd_slow"), key);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(503, reply.status(), reply.body());
        assertEquals("5", reply.header("Retry-After"));
        assertTrue(took.compareTo(TIMEOUT) >= 0 && took.compareTo(TIMEOUT.plusMillis(700)) < 0, "answered in " + took.toMillis() + " ms");

        promise.delay(Duration.ZERO);
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands/brd_fast"), key).status());
        policies.get("promise-service").circuitBreaker().reset();
    }

    @Test
    void repeatedFailuresOpenTheCircuitWhichAnswersAtOnceWithItsWait() {
        String key = createClient("viewer-breaker", List.of(Role.VIEWER));
        alignment.respond("/api/v1/alignment/brands/brd_1", (exchange, caller) ->
                StubService.send(exchange, 500, "application/problem+json", "{\"status\":500}"));
        CircuitBreaker breaker = policies.get("alignment-service").circuitBreaker();
        breaker.reset();

        for (int i = 0; i < 4; i++) {
            Reply failed = send(HttpRequest.GET("/api/v1/alignment/brands/brd_1"), key);
            assertEquals(500, failed.status(), "a service's own 5xx passes through");
        }
        assertEquals(CircuitBreaker.State.OPEN, breaker.getState());

        alignment.reset();
        long start = System.nanoTime();
        Reply open = send(HttpRequest.GET("/api/v1/alignment/brands/brd_1"), key);
        assertEquals(503, open.status());
        assertEquals("30", open.header("Retry-After"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 300, "an open circuit does not call the service");
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status(), "other services' routes are unaffected");
        breaker.reset();
        assertEquals(200, send(HttpRequest.GET("/api/v1/alignment/brands/brd_1"), key).status());
    }
}
