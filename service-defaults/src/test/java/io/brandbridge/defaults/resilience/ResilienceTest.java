package io.brandbridge.defaults.resilience;

import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.StubDependency;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.Fallback;
import io.micronaut.retry.annotation.Recoverable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition.CLOSED_TO_OPEN;
import static io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED;
import static io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition.HALF_OPEN_TO_OPEN;
import static io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "spec.name", value = "ResilienceTest")
@Property(name = "brandbridge.internal-token.enforced", value = "false")
@Property(name = "resilience4j.instances.stub.timeout", value = "300ms")
@Property(name = "resilience4j.instances.stub.max-attempts", value = "3")
@Property(name = "resilience4j.instances.stub.initial-backoff", value = "10ms")
@Property(name = "resilience4j.instances.stub.sliding-window-size", value = "4")
@Property(name = "resilience4j.instances.stub.minimum-number-of-calls", value = "4")
@Property(name = "resilience4j.instances.stub.wait-in-open-state", value = "30s")
@Property(name = "resilience4j.instances.stub.permitted-calls-in-half-open-state", value = "1")
@Property(name = "resilience4j.instances.stub-fallback.timeout", value = "200ms")
@Property(name = "resilience4j.instances.stub-fallback.initial-backoff", value = "10ms")
class ResilienceTest {

    @Inject
    StubClient client;

    @Inject
    FallbackStubClient fallbackClient;

    @Inject
    StubBehaviour stub;

    @Inject
    ResiliencePolicies policies;

    @Inject
    MutableClock clock;

    @Inject
    MeterRegistry meterRegistry;

    @BeforeEach
    void reset() throws InterruptedException {
        stub.reset();
        policies.get("stub").circuitBreaker().reset();
    }

    @Test
    void idempotentCallIsRetriedUntilItSucceeds() {
        stub.failuresLeft.set(2);
        assertEquals("ok", client.read());
        assertEquals(3, stub.calls.get());
    }

    @Test
    void postIsNotRetried() {
        stub.failuresLeft.set(1);
        DependencyUnavailableException e = assertThrows(DependencyUnavailableException.class, client::write);
        assertEquals("stub", e.dependency());
        assertEquals(1, stub.calls.get());
    }

    @Test
    void clientErrorPassesThroughWithoutRetryOrBreakerFailure() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, client::missing);
        assertEquals(409, e.getStatus().getCode());
        assertEquals(1, stub.calls.get());
        assertEquals(0, policies.get("stub").circuitBreaker().getMetrics().getNumberOfFailedCalls());
    }

    @Test
    void clientErrorPassesThroughAFallbackTooBecauseARefusedQuestionIsNoOutage() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, fallbackClient::missing);
        assertEquals(409, e.getStatus().getCode());
        assertEquals(1, stub.calls.get());
        assertEquals("ok", fallbackClient.read(), "the next call is unaffected");
    }

    @Test
    void timeoutIsRetriedAndThenTheFallbackAnswers() {
        stub.delayMillis = 1_000;
        long started = System.nanoTime();
        assertEquals("fallback", fallbackClient.read());
        // Attempts are cut off at the time limit, so the last one may be cancelled before it reaches the stub.
        assertTrue(stub.calls.get() >= 2, "the call was retried: " + stub.calls.get());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3_000, "each attempt is cut off at the time limit");
    }

    @Test
    void breakerOpensAfterFailuresThenHalfOpenSuccessClosesIt() {
        CircuitBreaker breaker = policies.get("stub").circuitBreaker();
        List<CircuitBreaker.StateTransition> transitions = new CopyOnWriteArrayList<>();
        breaker.getEventPublisher().onStateTransition(e -> transitions.add(e.getStateTransition()));

        stub.failuresLeft.set(100);
        for (int i = 0; i < 4; i++) {
            assertThrows(DependencyUnavailableException.class, client::write);
        }
        assertEquals(CircuitBreaker.State.OPEN, breaker.getState());

        int callsBefore = stub.calls.get();
        DependencyUnavailableException open = assertThrows(DependencyUnavailableException.class, client::write);
        assertTrue(open.getMessage().contains("circuit open"), open.getMessage());
        assertEquals(callsBefore, stub.calls.get(), "an open circuit does not reach the dependency");

        clock.advance(Duration.ofSeconds(31));
        assertThrows(DependencyUnavailableException.class, client::write);
        assertEquals(CircuitBreaker.State.OPEN, breaker.getState(), "a failure while half-open reopens the circuit");

        stub.failuresLeft.set(0);
        clock.advance(Duration.ofSeconds(31));
        assertEquals("written", client.write());
        assertEquals(CircuitBreaker.State.CLOSED, breaker.getState());
        assertEquals(List.of(CLOSED_TO_OPEN, OPEN_TO_HALF_OPEN, HALF_OPEN_TO_OPEN, OPEN_TO_HALF_OPEN, HALF_OPEN_TO_CLOSED), transitions);
    }

    @Test
    void stateAndCallsAreExportedAsMetrics() {
        client.read();
        assertNotNull(meterRegistry.find("resilience4j.circuitbreaker.state").tag("name", "stub").gauge());
        assertNotNull(meterRegistry.find("resilience4j.circuitbreaker.calls").tag("name", "stub").timer());
        assertNotNull(meterRegistry.find("resilience4j.bulkhead.available.concurrent.calls").tag("name", "stub").gauge());
    }

    interface StubOperations {
        @Get("/resilience-stub/read")
        String read();
    }

    @Requires(property = "spec.name", value = "ResilienceTest")
    @Client("/")
    @Resilient("stub")
    interface StubClient extends StubOperations {
        @Post("/resilience-stub/write")
        String write();

        @Get("/resilience-stub/missing")
        String missing();
    }

    interface FallbackStubOperations {
        @Get("/resilience-stub/read")
        String read();

        @Get("/resilience-stub/missing")
        String missing();
    }

    @Requires(property = "spec.name", value = "ResilienceTest")
    @Client("/")
    @Recoverable
    @Resilient("stub-fallback")
    interface FallbackStubClient extends FallbackStubOperations {
    }

    @Requires(property = "spec.name", value = "ResilienceTest")
    @Fallback
    static class StubFallback implements FallbackStubOperations {
        @Override
        public String read() {
            return "fallback";
        }

        @Override
        public String missing() {
            return "fallback";
        }
    }

    @Requires(property = "spec.name", value = "ResilienceTest")
    @Singleton
    static class StubBehaviour extends StubDependency {
    }

    @Requires(property = "spec.name", value = "ResilienceTest")
    @Factory
    static class ClockFactory {
        @Singleton
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    @Requires(property = "spec.name", value = "ResilienceTest")
    @Controller("/resilience-stub")
    static class StubController {
        private final StubBehaviour behaviour;

        StubController(StubBehaviour behaviour) {
            this.behaviour = behaviour;
        }

        @Get("/read")
        @io.micronaut.scheduling.annotation.ExecuteOn(io.micronaut.scheduling.TaskExecutors.BLOCKING)
        HttpResponse<String> read() throws InterruptedException {
            return behaviour.answer("ok");
        }

        @Post("/write")
        HttpResponse<String> write() throws InterruptedException {
            return behaviour.answer("written");
        }

        @Get("/missing")
        HttpResponse<String> missing() {
            behaviour.calls.incrementAndGet();
            return HttpResponse.status(HttpStatus.CONFLICT);
        }
    }
}
