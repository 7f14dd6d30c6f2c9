package io.brandbridge.alignment.clients;

import io.brandbridge.alignment.clients.touchpoints.HandoffAnswer;
import io.brandbridge.alignment.clients.touchpoints.HandoffQuery;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClient;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClientFallback;
import io.brandbridge.defaults.ports.FreePorts;
import io.brandbridge.defaults.resilience.ResiliencePolicies;
import io.brandbridge.defaults.testing.StubDependency;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /stats/handoffs through the declarative client against a stub server: retry, fallback, open circuit, 404 and unusable answers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoffClientTest implements TestPropertyProvider {

    private static final String SPEC = "HandoffClientTest";
    private static final String STUB_BASE = "/stubbed";
    private static final HandoffQuery QUERY = new HandoffQuery(List.of("tp1", "tp2"), Instant.parse("2026-10-02T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"));
    private static final Map<String, Object> ANSWER = Map.of("journeys", 12, "oneContactJourneys", 5, "oneContactFollowedUp", 1, "handoffs", List.of(
            Map.of("fromTouchpointId", "tp1", "toTouchpointId", "tp2", "count", 4, "followedUp", 3, "medianGapMinutes", 12.5, "somethingNew", true)));

    @Inject
    TouchpointClient touchpoints;

    @Inject
    HandoffStub stub;

    @Inject
    ResiliencePolicies policies;

    @Override
    public Map<String, String> getProperties() {
        String port = String.valueOf(FreePorts.next());
        Map<String, String> properties = new HashMap<>();
        properties.put("spec.name", SPEC);
        properties.put("micronaut.server.port", port);
        properties.put("micronaut.http.services.touchpoint-service.url", "http://localhost:" + port);
        properties.put("micronaut.http.services.touchpoint-service.path", STUB_BASE);
        properties.put("brandbridge.internal-token.trust.services", "alignment-service");
        properties.put("resilience4j.instances.touchpoint-service.timeout", "300ms");
        properties.put("resilience4j.instances.touchpoint-service.max-attempts", "3");
        properties.put("resilience4j.instances.touchpoint-service.initial-backoff", "10ms");
        properties.put("resilience4j.instances.touchpoint-service.sliding-window-size", "4");
        properties.put("resilience4j.instances.touchpoint-service.minimum-number-of-calls", "4");
        properties.put("resilience4j.instances.touchpoint-service.wait-in-open-state", "30s");
        return properties;
    }

    // A fresh context's first call loads the client's whole path and can outlast the 300 ms timeout, which would count as a retry.
    @BeforeAll
    void warmUp() throws InterruptedException {
        touchpoints.handoffs(QUERY);
        reset();
    }

    @BeforeEach
    void reset() throws InterruptedException {
        stub.reset();
        stub.deployed = true;
        stub.malformed = null;
        policies.get("touchpoint-service").circuitBreaker().reset();
    }

    @Test
    void aFailingCallIsRetriedUntilItSucceedsAndUnknownFieldsAreIgnored() {
        stub.failuresLeft.set(2);
        HandoffAnswer answer = touchpoints.handoffs(QUERY).orElseThrow();
        assertEquals(new HandoffAnswer(12L, 5L, 1L, List.of(new HandoffAnswer.Pair("tp1", "tp2", 4L, 3L, 12.5))), answer);
        assertEquals(3, stub.calls.get(), "the read-only POST was retried");
    }

    @Test
    void aTimedOutCallIsRetriedAndThenTheFallbackAnswers() {
        stub.delayMillis = 1_000;
        long started = System.nanoTime();
        assertTrue(TouchpointClientFallback.isPlaceholder(touchpoints.handoffs(QUERY).orElseThrow()), "the fallback answered");
        assertTrue(stub.calls.get() >= 2, "retried: " + stub.calls.get());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_500, "each attempt was cut off at 300 ms");
    }

    @Test
    void anOpenCircuitAnswersTheFallbackAtOnceWithoutReachingTheService() {
        stub.failuresLeft.set(100);
        for (int i = 0; i < 2; i++) {
            assertTrue(TouchpointClientFallback.isPlaceholder(touchpoints.handoffs(QUERY).orElseThrow()));
        }
        assertEquals(CircuitBreaker.State.OPEN, policies.get("touchpoint-service").circuitBreaker().getState());
        int reached = stub.calls.get();
        long started = System.nanoTime();
        assertTrue(TouchpointClientFallback.isPlaceholder(touchpoints.handoffs(QUERY).orElseThrow()));
        assertEquals(reached, stub.calls.get(), "the open circuit did not reach the stub");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 200, "at once");
    }

    @Test
    void aServiceThatDoesNotKnowThePathAnswersNothingAndThatIsNoOutage() {
        stub.deployed = false;
        assertEquals(Optional.empty(), touchpoints.handoffs(QUERY));
        assertEquals(1, stub.calls.get(), "a 404 is not retried");
        assertEquals(0, policies.get("touchpoint-service").circuitBreaker().getMetrics().getNumberOfFailedCalls());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "more one-contact than journeys | {\"journeys\":1,\"oneContactJourneys\":2,\"oneContactFollowedUp\":0,\"handoffs\":[]}",
            "a missing count                | {\"journeys\":1,\"oneContactJourneys\":0,\"handoffs\":[]}",
            "no handoffs                    | {\"journeys\":1,\"oneContactJourneys\":0,\"oneContactFollowedUp\":0}",
            "more followed up than handoffs | {\"journeys\":1,\"oneContactJourneys\":0,\"oneContactFollowedUp\":0,\"handoffs\":[{\"fromTouchpointId\":\"tp1\",\"toTouchpointId\":\"tp2\",\"count\":1,\"followedUp\":2,\"medianGapMinutes\":1}]}",
            "a handoff to itself            | {\"journeys\":1,\"oneContactJourneys\":0,\"oneContactFollowedUp\":0,\"handoffs\":[{\"fromTouchpointId\":\"tp1\",\"toTouchpointId\":\"tp1\",\"count\":1,\"followedUp\":0,\"medianGapMinutes\":1}]}",
            "a negative median              | {\"journeys\":1,\"oneContactJourneys\":0,\"oneContactFollowedUp\":0,\"handoffs\":[{\"fromTouchpointId\":\"tp1\",\"toTouchpointId\":\"tp2\",\"count\":1,\"followedUp\":0,\"medianGapMinutes\":-1}]}",
            "a pair listed twice            | {\"journeys\":1,\"oneContactJourneys\":0,\"oneContactFollowedUp\":0,\"handoffs\":[{\"fromTouchpointId\":\"tp1\",\"toTouchpointId\":\"tp2\",\"count\":1,\"followedUp\":0,\"medianGapMinutes\":1},{\"fromTouchpointId\":\"tp1\",\"toTouchpointId\":\"tp2\",\"count\":1,\"followedUp\":0,\"medianGapMinutes\":1}]}",
    })
    void anUnusableAnswerFailsTheCallOnceAndTheFallbackAnswers(String what, String body) {
        stub.malformed = body;
        assertTrue(TouchpointClientFallback.isPlaceholder(touchpoints.handoffs(QUERY).orElseThrow()), what);
        assertEquals(1, stub.calls.get(), what + ": not asked again");
    }

    @Requires(property = "spec.name", value = SPEC)
    @Singleton
    static class HandoffStub extends StubDependency {
        volatile boolean deployed = true;
        volatile String malformed;
    }

    @Requires(property = "spec.name", value = SPEC)
    @Controller(STUB_BASE + "/api/v1")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class StubController {
        private final HandoffStub stub;

        StubController(HandoffStub stub) {
            this.stub = stub;
        }

        @Post("/stats/handoffs")
        HttpResponse<?> handoffs(@Body Map<String, Object> query) throws InterruptedException {
            if (!stub.deployed) {
                stub.calls.incrementAndGet();
                return HttpResponse.notFound(Map.of("status", 404));
            }
            String replacement = stub.malformed;
            return replacement == null ? stub.answer(ANSWER) : stub.answer(replacement);
        }
    }
}
