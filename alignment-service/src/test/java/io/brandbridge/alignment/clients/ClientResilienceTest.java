package io.brandbridge.alignment.clients;

import io.brandbridge.alignment.clients.promises.PromiseClient;
import io.brandbridge.alignment.clients.promises.PromiseClientFallback;
import io.brandbridge.alignment.clients.promises.RemoteBrand;
import io.brandbridge.alignment.clients.touchpoints.AttainmentAnswer;
import io.brandbridge.alignment.clients.touchpoints.AttainmentQuery;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClient;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClientFallback;
import io.brandbridge.defaults.ports.FreePorts;
import io.brandbridge.defaults.resilience.ResiliencePolicies;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.security.VerifiedToken;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.StubDependency;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition.CLOSED_TO_OPEN;
import static io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED;
import static io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The declarative clients against stub servers with small windows and a clock the test moves: time
 * limit, retry, fallback, circuit breaker, service token, tolerant reading.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientResilienceTest implements TestPropertyProvider {

    private static final String SPEC = "ClientResilienceTest";
    private static final String STUB_BASE = "/stubbed";
    private static final AttainmentQuery QUERY = new AttainmentQuery(List.of("tp1", "tp2"), "wait_seconds", "LE", 60, Instant.parse("2026-10-01T00:00:00Z"),
            Instant.parse("2026-11-01T00:00:00Z"), "HOUR");

    @Inject
    PromiseClient promises;

    @Inject
    TouchpointClient touchpoints;

    @Inject
    StubBehaviour stub;

    @Inject
    ResiliencePolicies policies;

    @Inject
    MutableClock clock;

    @Inject
    InternalTokens tokens;

    @Override
    public Map<String, String> getProperties() {
        String port = String.valueOf(FreePorts.next());
        Map<String, String> properties = new HashMap<>();
        properties.put("spec.name", SPEC);
        properties.put("micronaut.server.port", port);
        // The stub serves outside /api, so this service's own token and role checks do not stand in front of it.
        properties.put("micronaut.http.services.promise-service.url", "http://localhost:" + port);
        properties.put("micronaut.http.services.promise-service.path", STUB_BASE);
        properties.put("micronaut.http.services.touchpoint-service.url", "http://localhost:" + port);
        properties.put("micronaut.http.services.touchpoint-service.path", STUB_BASE);
        // The stub reads the tokens the way promise-service would, trusting alignment-service.
        properties.put("brandbridge.internal-token.trust.services", "alignment-service");
        properties.put("resilience4j.instances.touchpoint-service.timeout", "300ms");
        properties.put("resilience4j.instances.touchpoint-service.max-attempts", "3");
        properties.put("resilience4j.instances.touchpoint-service.initial-backoff", "10ms");
        properties.put("resilience4j.instances.promise-service.timeout", "300ms");
        properties.put("resilience4j.instances.promise-service.max-attempts", "1");
        properties.put("resilience4j.instances.promise-service.sliding-window-size", "4");
        properties.put("resilience4j.instances.promise-service.minimum-number-of-calls", "4");
        properties.put("resilience4j.instances.promise-service.wait-in-open-state", "30s");
        properties.put("resilience4j.instances.promise-service.permitted-calls-in-half-open-state", "1");
        return properties;
    }

    @BeforeEach
    void reset() throws InterruptedException {
        stub.reset();
        stub.tokens.clear();
        policies.get("promise-service").circuitBreaker().reset();
        policies.get("touchpoint-service").circuitBreaker().reset();
    }

    @Test
    void aTimedOutStatsCallIsRetriedAndThenTheFallbackAnswers() {
        stub.delayMillis = 1_000;
        long started = System.nanoTime();
        AttainmentAnswer answer = touchpoints.attainment(QUERY);
        long tookMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(TouchpointClientFallback.isPlaceholder(answer), "the fallback answered");
        // Attempts are cut off at the time limit, so the last one may be cancelled before it reaches the stub.
        assertTrue(stub.calls.get() >= 2, "the read-only POST was retried: " + stub.calls.get());
        assertTrue(tookMillis < 2_500, "each attempt was cut off at 300 ms: " + tookMillis + " ms");
    }

    @Test
    void aFailingStatsCallIsRetriedUntilItSucceeds() {
        stub.failuresLeft.set(2);
        AttainmentAnswer answer = touchpoints.attainment(QUERY);
        assertFalse(TouchpointClientFallback.isPlaceholder(answer));
        assertEquals(7L, answer.valid());
        assertEquals(List.of(new AttainmentAnswer.TouchpointCounts("tp1", 4L, 3L), new AttainmentAnswer.TouchpointCounts("tp2", 3L, 2L)), answer.byTouchpoint());
        assertEquals(3, stub.calls.get());
    }

    @Test
    void theBreakerOpensAfterFailuresAndAHalfOpenSuccessClosesIt() {
        CircuitBreaker breaker = policies.get("promise-service").circuitBreaker();
        List<CircuitBreaker.StateTransition> transitions = new CopyOnWriteArrayList<>();
        breaker.getEventPublisher().onStateTransition(e -> transitions.add(e.getStateTransition()));

        stub.failuresLeft.set(100);
        for (int i = 0; i < 4; i++) {
            assertTrue(PromiseClientFallback.isPlaceholder(promises.brand("brd_1").orElseThrow()));
        }
        assertEquals(CircuitBreaker.State.OPEN, breaker.getState());
        int reached = stub.calls.get();
        long started = System.nanoTime();
        assertTrue(PromiseClientFallback.isPlaceholder(promises.brand("brd_1").orElseThrow()), "an open circuit answers with the fallback");
        assertEquals(reached, stub.calls.get(), "without reaching the dependency");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 200, "at once");

        stub.failuresLeft.set(0);
        clock.advance(Duration.ofSeconds(31));
        RemoteBrand brand = promises.brand("brd_1").orElseThrow();
        assertEquals("Europe/London", brand.timeZone());
        assertEquals(CircuitBreaker.State.CLOSED, breaker.getState());
        assertEquals(List.of(CLOSED_TO_OPEN, OPEN_TO_HALF_OPEN, HALF_OPEN_TO_CLOSED), transitions);
    }

    @Test
    void notFoundIsAnAnswerNotAnOutage() {
        assertEquals(Optional.empty(), promises.brand("brd_missing"));
        assertEquals(Optional.empty(), touchpoints.targets("tp_missing", 200, null));
        assertEquals(0, policies.get("promise-service").circuitBreaker().getMetrics().getNumberOfFailedCalls());
        assertEquals(0, policies.get("touchpoint-service").circuitBreaker().getMetrics().getNumberOfFailedCalls());
    }

    @Test
    void callsCarryTheServiceTokenAndUnknownFieldsAreIgnored() {
        RemoteBrand brand = promises.brand("brd_1").orElseThrow();
        assertEquals(new RemoteBrand("brd_1", "Acme", "Europe/London"), brand);
        VerifiedToken token = tokens.issuedAs("promise-service").verify(stub.tokens.get(0)).orElseThrow();
        assertEquals("alignment-service", token.issuer());
        Caller caller = token.caller();
        assertEquals("alignment-service", caller.client());
        assertTrue(caller.hasAnyRole(Role.SERVICE));
        assertTrue(caller.allBrands());
        assertNotNull(touchpoints.targets("tp1", 200, null).orElseThrow().items().get(0).kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "more good than valid       | {\"valid\":3,\"good\":5}",
            "a negative count           | {\"valid\":-1,\"good\":0}",
            "a missing count            | {\"good\":0}",
            "touchpoints not adding up  | {\"valid\":7,\"good\":5,\"byTouchpoint\":[{\"touchpointId\":\"tp1\",\"valid\":4,\"good\":3}]}",
            "a touchpoint id with a path| {\"valid\":1,\"good\":1,\"byTouchpoint\":[{\"touchpointId\":\"../tp1\",\"valid\":1,\"good\":1}]}",
            "a bucket without a start   | {\"valid\":1,\"good\":1,\"buckets\":[{\"valid\":1,\"good\":1}]}",
    })
    void anUnusableStatsAnswerFailsTheCallOnceWithoutRetryAndTheFallbackAnswers(String what, String body) {
        stub.malformed = body;
        AttainmentAnswer answer = touchpoints.attainment(QUERY);
        assertTrue(TouchpointClientFallback.isPlaceholder(answer), what + ": the fallback answered");
        assertEquals(1, stub.calls.get(), what + ": the same question would get the same answer, so it is not asked again");
        assertEquals(1, policies.get("touchpoint-service").circuitBreaker().getMetrics().getNumberOfFailedCalls(), "counted against the breaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an id that is a path    | {\"id\":\"../../admin\",\"name\":\"Acme\"}",
            "no id                   | {\"name\":\"Acme\"}",
            "an unknown time zone    | {\"id\":\"brd_1\",\"timeZone\":\"Mars/Olympus\"}",
    })
    void anUnusableBrandIsAFailedCall(String what, String body) {
        stub.malformed = body;
        assertTrue(PromiseClientFallback.isPlaceholder(promises.brand("brd_1").orElseThrow()), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown kind      | {\"items\":[{\"id\":\"tgt1\",\"metric\":\"handle_seconds\",\"op\":\"LE\",\"threshold\":180,\"kind\":\"BONUS\"}]}",
            "an unknown operator  | {\"items\":[{\"id\":\"tgt1\",\"metric\":\"handle_seconds\",\"op\":\"<=\",\"threshold\":180,\"kind\":\"COST\"}]}",
            "no threshold         | {\"items\":[{\"id\":\"tgt1\",\"metric\":\"handle_seconds\",\"op\":\"LE\",\"kind\":\"COST\"}]}",
    })
    void anUnusableTargetPageIsAFailedCall(String what, String body) {
        stub.malformed = body;
        assertTrue(TouchpointClientFallback.isPlaceholder(touchpoints.targets("tp1", 200, null).orElseThrow()), what);
    }

    @Requires(property = "spec.name", value = SPEC)
    @Singleton
    static class StubBehaviour extends StubDependency {
        final List<String> tokens = new CopyOnWriteArrayList<>();
        /** A body to answer in place of the well-formed one, for the contract checks. */
        volatile String malformed;

        HttpResponse<?> answer(HttpRequest<?> request, Object body) throws InterruptedException {
            tokens.add(request.getHeaders().get(InternalTokens.HEADER));
            String replacement = malformed;
            return replacement == null ? answer(body) : answer(replacement);
        }

        @Override
        public void reset() throws InterruptedException {
            super.reset();
            malformed = null;
        }
    }

    @Requires(property = "spec.name", value = SPEC)
    @Factory
    static class ClockFactory {
        @Singleton
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
        }
    }

    @Requires(property = "spec.name", value = SPEC)
    @Controller(STUB_BASE + "/api/v1")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class StubController {
        private final StubBehaviour behaviour;

        StubController(StubBehaviour behaviour) {
            this.behaviour = behaviour;
        }

        @Get("/brands/{brandId}")
        HttpResponse<?> brand(HttpRequest<?> request, @PathVariable String brandId) throws InterruptedException {
            if (brandId.equals("brd_missing")) {
                return HttpResponse.notFound(Map.of("status", 404));
            }
            return behaviour.answer(request, Map.of("id", brandId, "name", "Acme", "slug", "acme", "timeZone", "Europe/London",
                    "createdAt", "2026-01-01T00:00:00Z", "somethingNew", Map.of("nested", true)));
        }

        @Get("/touchpoints/{id}/targets")
        HttpResponse<?> targets(HttpRequest<?> request, @PathVariable String id) throws InterruptedException {
            if (id.equals("tp_missing")) {
                return HttpResponse.notFound(Map.of("status", 404));
            }
            return behaviour.answer(request, Map.of("items", List.of(Map.of("id", "tgt1", "touchpointId", id, "metric", "handle_seconds", "op", "LE",
                    "threshold", 180, "kind", "COST", "rationale", "Cost per call")), "nextCursor", ""));
        }

        @Post("/stats/attainment")
        HttpResponse<?> attainment(HttpRequest<?> request, @Body Map<String, Object> query) throws InterruptedException {
            return behaviour.answer(request, Map.of("valid", 7, "good", 5, "byTouchpoint", List.of(
                    Map.of("touchpointId", "tp1", "valid", 4, "good", 3), Map.of("touchpointId", "tp2", "valid", 3, "good", 2)), "buckets", List.of()));
        }
    }
}
