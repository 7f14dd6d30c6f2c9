package io.brandbridge.promise.brands;

import io.brandbridge.defaults.problem.Problems;
import io.brandbridge.defaults.resilience.ResiliencePolicies;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.ports.FreePorts;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.StubDependency;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.promise.Api;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deleting a brand across the services, against stub touchpoint- and alignment-services inside the test's own server:
 * a touchpoint-service refusal passes through as 409, agreement deletes the brand, an outage answers 503 with
 * Retry-After and leaves the brand, a retry completes it, and an open circuit answers at once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrandDeletionTest implements TestPropertyProvider {

    private static final String SPEC = "BrandDeletionTest";
    /** The stubs serve outside /api, so this service's own token and role checks do not stand in front of them. */
    private static final String STUB_BASE = "/stubbed";

    @Inject
    Api api;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    InternalTokens tokens;

    @Inject
    TouchpointStub touchpoints;

    @Inject
    AlignmentStub alignment;

    @Inject
    ResiliencePolicies policies;

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        String port = String.valueOf(FreePorts.next());
        Map<String, String> properties = new HashMap<>();
        properties.put("spec.name", SPEC);
        properties.put("test.mutable-clock", "true");
        properties.put("micronaut.server.port", port);
        for (String service : List.of("touchpoint-service", "alignment-service")) {
            properties.put("micronaut.http.services." + service + ".url", "http://localhost:" + port);
            properties.put("micronaut.http.services." + service + ".path", STUB_BASE);
            properties.put("resilience4j.instances." + service + ".timeout", "300ms");
            properties.put("resilience4j.instances." + service + ".max-attempts", "3");
            properties.put("resilience4j.instances." + service + ".initial-backoff", "10ms");
            properties.put("resilience4j.instances." + service + ".sliding-window-size", "4");
            properties.put("resilience4j.instances." + service + ".minimum-number-of-calls", "4");
            properties.put("resilience4j.instances." + service + ".wait-in-open-state", "30s");
            properties.put("resilience4j.instances." + service + ".permitted-calls-in-half-open-state", "1");
        }
        // The stubs read the tokens the way touchpoint- and alignment-service would, trusting promise-service.
        properties.put("brandbridge.internal-token.trust.services", "promise-service");
        return properties;
    }

    @BeforeEach
    void reset() throws InterruptedException {
        for (Stub stub : List.of(touchpoints, alignment)) {
            stub.reset();
        }
        policies.get("touchpoint-service").circuitBreaker().reset();
        policies.get("alignment-service").circuitBreaker().reset();
    }

    @Test
    void whenBothServicesHaveRemovedTheirDataTheBrandIsDeleted() {
        String id = api.createBrand();
        api.call(HttpRequest.POST("/api/v1/brands/" + id + "/metrics", Map.of("key", "own_metric", "unit", "s", "kind", "NUMBER")));

        HttpResponse<Map<String, Object>> deleted = api.call(HttpRequest.DELETE("/api/v1/brands/" + id));

        assertEquals(204, deleted.code());
        assertTrue(deleted.getBody(String.class).orElse("").isEmpty());
        api.problem(404, HttpRequest.GET("/api/v1/brands/" + id));
        assertEquals(List.of(id), touchpoints.brands);
        assertEquals(List.of(id), alignment.brands);
        api.problem(404, HttpRequest.DELETE("/api/v1/brands/" + id));
        assertEquals(List.of(1, 1), List.of(touchpoints.calls.get(), alignment.calls.get()), "a brand that is gone asks no other service");
    }

    @Test
    void eachCallCarriesAServiceTokenOfPromiseServiceAddressedToTheServiceItCalls() {
        String id = api.createBrand();

        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/brands/" + id)).code());

        for (Stub stub : List.of(touchpoints, alignment)) {
            Caller caller = tokens.issuedAs(stub.service()).verify(stub.tokens.get(0)).orElseThrow().caller();
            assertEquals("promise-service", caller.client(), stub.service());
            assertTrue(caller.hasAnyRole(Role.SERVICE), stub.service());
            assertTrue(caller.allBrands(), stub.service());
            assertTrue(tokens.issuedAs("gateway").verify(stub.tokens.get(0)).isEmpty(), "addressed to " + stub.service() + " only");
        }
    }

    @Test
    void whileTheBrandHasTouchpointsTouchpointServicesRefusalPassesThroughAs409() {
        String id = api.createBrand();
        touchpoints.conflict = "Brand '" + id + "' still has 2 touchpoints; delete them first";

        Map<String, Object> problem = api.problem(409, HttpRequest.DELETE("/api/v1/brands/" + id));

        assertEquals("https://brandbridge.io/problems/conflict", problem.get("type"));
        assertEquals("Brand '" + id + "' still has 2 touchpoints; delete them first", problem.get("detail"));
        assertEquals(1, touchpoints.calls.get(), "a refusal is an answer, not retried");
        assertEquals(0, alignment.calls.get(), "alignment-service is not asked while touchpoints remain");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/brands/" + id)).code());
        assertEquals(0, policies.get("touchpoint-service").circuitBreaker().getMetrics().getNumberOfFailedCalls(), "no outage");
    }

    @Test
    void aBrandWithAPromiseIsRefusedBeforeAnyOtherServiceIsAsked() {
        String id = api.createBrand();
        api.createPromise(id);

        Map<String, Object> problem = api.problem(409, HttpRequest.DELETE("/api/v1/brands/" + id));

        assertTrue(((String) problem.get("detail")).contains("1 promise"), (String) problem.get("detail"));
        assertEquals(0, touchpoints.calls.get() + alignment.calls.get());
    }

    @Test
    void touchpointServiceDownAnswers503WithRetryAfterAndTheBrandStays() {
        String id = api.createBrand();
        touchpoints.failuresLeft.set(100);

        HttpResponse<?> answer = failure(HttpRequest.DELETE("/api/v1/brands/" + id));

        assertUnavailable(answer, "touchpoint-service");
        assertEquals(3, touchpoints.calls.get(), "the idempotent DELETE was tried three times");
        assertEquals(0, alignment.calls.get());
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/brands/" + id)).code());
    }

    @Test
    void alignmentServiceNotAnsweringInTimeAnswers503AndARetryCompletesTheDeletion() {
        String id = api.createBrand();
        alignment.delayMillis = 1_000;

        HttpResponse<?> answer = failure(HttpRequest.DELETE("/api/v1/brands/" + id));

        assertUnavailable(answer, "alignment-service");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/brands/" + id)).code(), "the brand stays");
        assertEquals(List.of(id), touchpoints.brands, "touchpoint-service's part was done");

        alignment.delayMillis = 0;
        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/brands/" + id)).code());

        api.problem(404, HttpRequest.GET("/api/v1/brands/" + id));
        assertEquals(List.of(id, id), touchpoints.brands, "asked again: its deletion is idempotent");
        assertTrue(alignment.brands.contains(id));
    }

    @Test
    void aFailedCallIsRetriedWithinTheRequest() {
        String id = api.createBrand();
        touchpoints.failuresLeft.set(2);
        alignment.failuresLeft.set(1);

        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/brands/" + id)).code());

        assertEquals(3, touchpoints.calls.get());
        assertEquals(2, alignment.calls.get());
        api.problem(404, HttpRequest.GET("/api/v1/brands/" + id));
    }

    @Test
    void anotherRefusalThanAConflictIsNoAnswerTheBrandCanBeDeletedOn() {
        String id = api.createBrand();
        alignment.refusal = HttpStatus.FORBIDDEN;

        assertUnavailable(failure(HttpRequest.DELETE("/api/v1/brands/" + id)), "alignment-service");

        assertEquals(1, alignment.calls.get(), "a refusal is not retried");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/brands/" + id)).code());
    }

    @Test
    void anOpenCircuitAnswers503AtOnceWithoutCallingAndClosesAgainWhenTheServiceIsBack() {
        CircuitBreaker breaker = policies.get("touchpoint-service").circuitBreaker();
        String id = api.createBrand();
        touchpoints.failuresLeft.set(100);
        assertUnavailable(failure(HttpRequest.DELETE("/api/v1/brands/" + id)), "touchpoint-service");
        assertUnavailable(failure(HttpRequest.DELETE("/api/v1/brands/" + id)), "touchpoint-service");
        assertEquals(CircuitBreaker.State.OPEN, breaker.getState());
        int reached = touchpoints.calls.get();

        long started = System.nanoTime();
        assertUnavailable(failure(HttpRequest.DELETE("/api/v1/brands/" + id)), "touchpoint-service");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 250, "at once");
        assertEquals(reached, touchpoints.calls.get(), "without reaching touchpoint-service");
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/brands/" + id)).code());

        touchpoints.failuresLeft.set(0);
        clock.advance(Duration.ofSeconds(31));
        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/brands/" + id)).code());
        assertEquals(CircuitBreaker.State.CLOSED, breaker.getState());
    }

    private HttpResponse<?> failure(MutableHttpRequest<?> request) {
        MutableHttpRequest<?> signed = TestCallers.as(tokens, Api.ANY_BRAND, request);
        return assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(signed, String.class)).getResponse();
    }

    private void assertUnavailable(HttpResponse<?> answer, String service) {
        String body = answer.getBody(String.class).orElse("");
        assertEquals(503, answer.code(), body);
        assertEquals(Api.PROBLEM_JSON, answer.getContentType().orElseThrow().toString());
        assertEquals("5", answer.getHeaders().get(HttpHeaders.RETRY_AFTER));
        Map<String, Object> problem = api.read(body);
        assertEquals(503, ((Number) problem.get("status")).intValue());
        assertEquals("A service this request needs is unavailable (" + service + "); try again shortly", problem.get("detail"));
    }

    /** One stubbed service: the brands it was asked to delete, the tokens it got, and how it answers. */
    abstract static class Stub extends StubDependency {
        final List<String> brands = new CopyOnWriteArrayList<>();
        final List<String> tokens = new CopyOnWriteArrayList<>();
        /** A 4xx to answer in place of 204. */
        volatile HttpStatus refusal;

        abstract String service();

        HttpResponse<?> delete(HttpRequest<?> request, String brandId) throws InterruptedException {
            tokens.add(request.getHeaders().get(InternalTokens.HEADER));
            HttpResponse<?> answer = answer("");
            if (answer.status() != HttpStatus.OK) {
                return answer;
            }
            if (refusal != null) {
                return Problems.response(refusal, "Refused", request);
            }
            brands.add(brandId);
            return HttpResponse.noContent();
        }

        @Override
        public void reset() throws InterruptedException {
            super.reset();
            brands.clear();
            tokens.clear();
            refusal = null;
        }
    }

    @Requires(property = "spec.name", value = SPEC)
    @Singleton
    static class TouchpointStub extends Stub {
        /** The detail of a 409 to answer, as touchpoint-service does while the brand has touchpoints. */
        volatile String conflict;

        @Override
        String service() {
            return "touchpoint-service";
        }

        @Override
        public void reset() throws InterruptedException {
            super.reset();
            conflict = null;
        }
    }

    @Requires(property = "spec.name", value = SPEC)
    @Singleton
    static class AlignmentStub extends Stub {
        @Override
        String service() {
            return "alignment-service";
        }
    }

    @Requires(property = "spec.name", value = SPEC)
    @Hidden
    @Controller(STUB_BASE + "/api/v1")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class StubController {
        private final TouchpointStub touchpoints;
        private final AlignmentStub alignment;

        StubController(TouchpointStub touchpoints, AlignmentStub alignment) {
            this.touchpoints = touchpoints;
            this.alignment = alignment;
        }

        @Delete("/brands/{brandId}/data")
        HttpResponse<?> deleteBrandData(HttpRequest<?> request, @PathVariable String brandId) throws InterruptedException {
            String conflict = touchpoints.conflict;
            if (conflict != null) {
                touchpoints.calls.incrementAndGet();
                return Problems.response(HttpStatus.CONFLICT, conflict, request);
            }
            return touchpoints.delete(request, brandId);
        }

        @Delete("/alignment/brands/{brandId}")
        HttpResponse<?> deleteBrand(HttpRequest<?> request, @PathVariable String brandId) throws InterruptedException {
            return alignment.delete(request, brandId);
        }
    }
}
