package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.KeyLookupCounter;
import io.brandbridge.gateway.support.ManualTicker;
import io.brandbridge.gateway.support.Reply;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed authentications per source address: the one after the limit answers 429 before any key look-up. */
@MicronautTest(transactional = false)
class AuthThrottleTest extends GatewayTestBase {

    private static final int MAX_FAILURES = 5;

    @Inject
    ManualTicker ticker;

    @Inject
    KeyLookupCounter counter;

    @Inject
    EmbeddedServer server;

    @Inject
    MeterRegistry meters;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of(
                "brandbridge.gateway.auth-throttle.max-failures", Integer.toString(MAX_FAILURES),
                "brandbridge.gateway.auth-throttle.window", "1m",
                "manual-ticker.enabled", "true",
                "key-lookup-counter.enabled", "true");
    }

    @BeforeEach
    void startAFreshWindow() {
        ticker.advance(Duration.ofMinutes(2));
    }

    @Test
    void theFailureAfterTheLimitAnswers429ProblemWithRetryAfter() {
        // Missing, malformed and unknown keys all count; a forged X-Forwarded-For does not move the failures elsewhere.
        assertEquals(401, send(HttpRequest.GET("/api/v1/brands")).status());
        assertEquals(401, send(HttpRequest.GET("/api/v1/brands").header("Authorization", "Basic YWRtaW46YWRtaW4=")).status());
        for (int i = 0; i < MAX_FAILURES - 2; i++) {
            Reply unknown = send(HttpRequest.GET("/api/v1/brands").header("X-Forwarded-For", "198.51.100." + i), randomKey());
            assertEquals(401, unknown.status(), unknown.body());
        }
        ticker.advance(Duration.ofSeconds(15));

        Reply refused = send(HttpRequest.GET("/api/v1/brands").header("X-Forwarded-For", "198.51.100.99"), randomKey());

        assertEquals(429, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("45", refused.header("Retry-After"), "what is left of the window");
        assertEquals("https://brandbridge.io/problems/rate-limited", refused.json().get("type"));
        assertEquals("Too many failed authentications from this address; retry in 45 s", refused.json().get("detail"));
        assertEquals(null, refused.header("WWW-Authenticate"));
        assertEquals(429, send(HttpRequest.GET("/api/v1/brands"), ADMIN_KEY).status(), "even a valid key waits out its address's window");

        ticker.advance(Duration.ofSeconds(46));
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), ADMIN_KEY).status(), "a new window once the old one ends");
    }

    @Test
    void aValidKeyFromAnotherAddressIsUnaffected() throws Exception {
        String key = createClient("elsewhere", List.of(Role.VIEWER));
        for (int i = 0; i < MAX_FAILURES; i++) {
            send(HttpRequest.GET("/api/v1/brands"), randomKey());
        }
        assertEquals(429, send(HttpRequest.GET("/api/v1/brands"), randomKey()).status());

        HttpClient fromSecondAddress = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        HttpResponse<String> answer = fromSecondAddress.send(java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getPort() + "/api/v1/brands"))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("promise-service", json.readValue(answer.body(), Map.class).get("service"));
    }

    @Test
    void aFloodOfRandomKeysFromOneAddressCostsAtMostTheLimitInLookups() throws Exception {
        int before = counter.lookups();
        double gatewayCountBefore = gatewayLookups();
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService flood = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                answers.add(flood.submit(() -> send(HttpRequest.GET("/api/v1/brands"), randomKey()).status()));
            }
        }
        int unauthorized = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status == 401 || status == 429, "status " + status);
            unauthorized += status == 401 ? 1 : 0;
        }

        int lookups = counter.lookups() - before;
        assertTrue(lookups >= 1 && lookups <= MAX_FAILURES, lookups + " look-ups reached the repository for 200 random keys");
        assertEquals(MAX_FAILURES, unauthorized, "each failure the window allows is a 401");
        assertEquals(lookups, gatewayLookups() - gatewayCountBefore, 0.0, "the gateway's own counter agrees");
    }

    @Test
    void aValidKeyIsNotAFailure() {
        String key = createClient("many-calls", List.of(Role.VIEWER));
        for (int i = 0; i < MAX_FAILURES * 4; i++) {
            assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status());
        }
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertEquals(401, send(HttpRequest.GET("/api/v1/brands"), randomKey()).status(), "failure " + (i + 1));
        }
        assertEquals(429, send(HttpRequest.GET("/api/v1/brands"), randomKey()).status());
    }

    @Test
    void requestsThatMissTheCacheTogetherShareOneLookUpAndAreNeverThrottled() throws Exception {
        String key = createClient("busy-backend", List.of(Role.VIEWER));
        int before = counter.lookups();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService burst = Executors.newFixedThreadPool(40)) {
            for (int i = 0; i < 40; i++) {
                answers.add(burst.submit(() -> {
                    go.await();
                    return send(HttpRequest.GET("/api/v1/brands"), key).status();
                }));
            }
            go.countDown();
        }
        for (Future<Integer> answer : answers) {
            assertEquals(200, answer.get(), "a valid key is never throttled, however many requests miss its cache at once");
        }
        int lookups = counter.lookups() - before;
        assertTrue(lookups >= 1 && lookups < 40, lookups + " look-ups for 40 requests with one key");
    }

    private double gatewayLookups() {
        return meters.find(KeyLookups.METRIC).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static String randomKey() {
        return ApiKeys.generate();
    }
}
