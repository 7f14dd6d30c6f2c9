package io.brandbridge.defaults.security;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.resilience.ResiliencePolicies;
import io.brandbridge.defaults.ports.FreePorts;
import io.brandbridge.defaults.testing.StubDependency;
import io.brandbridge.defaults.testing.TestCallers;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caller whose brand scope is too large for its token: the service resolves the reference at a stub
 * gateway, caches it, retries a failing gateway, and answers 503 with Retry-After when it gives up.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeResolutionTest implements TestPropertyProvider {

    private static final String SPEC = "ScopeResolutionTest";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    StubGateway gateway;

    @Inject
    ResiliencePolicies policies;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        String port = String.valueOf(FreePorts.next());
        Map<String, String> properties = new HashMap<>();
        properties.put("spec.name", SPEC);
        properties.put("micronaut.server.port", port);
        properties.put("micronaut.http.services.gateway.url", "http://localhost:" + port);
        properties.put("resilience4j.instances.gateway-scopes.timeout", "300ms");
        properties.put("resilience4j.instances.gateway-scopes.max-attempts", "3");
        properties.put("resilience4j.instances.gateway-scopes.initial-backoff", "10ms");
        properties.put("resilience4j.instances.gateway-scopes.sliding-window-size", "4");
        properties.put("resilience4j.instances.gateway-scopes.minimum-number-of-calls", "4");
        properties.put("resilience4j.instances.gateway-scopes.wait-in-open-state", "30s");
        return properties;
    }

    @BeforeEach
    void reset() throws InterruptedException {
        gateway.reset();
        gateway.scopes.clear();
        gateway.tokens.clear();
        policies.get("gateway-scopes").circuitBreaker().reset();
    }

    @Test
    void aReferencedScopeIsResolvedAtTheGatewayOnceAndThenServedFromTheCache() throws IOException {
        Caller caller = gateway.grant("cli_large", 40);
        HttpResponse<String> first = client.toBlocking().exchange(TestCallers.as(tokens, caller, HttpRequest.GET("/api/v1/scoped")), String.class);
        assertEquals(200, first.code());
        assertEquals(40, brandsIn(first.body()).size());
        assertEquals(caller.brands(), Set.copyOf(brandsIn(first.body())));
        assertEquals(200, client.toBlocking().exchange(TestCallers.as(tokens, caller, HttpRequest.GET("/api/v1/scoped")), String.class).code());
        assertEquals(1, gateway.calls.get(), "the second request was served from the cache");
    }

    @Test
    void theGatewayIsAskedWithAServiceTokenAddressedToIt() {
        client.toBlocking().exchange(TestCallers.as(tokens, gateway.grant("cli_token", 33), HttpRequest.GET("/api/v1/scoped")), String.class);
        VerifiedToken token = tokens.issuedAs("gateway").verify(gateway.tokens.get(0)).orElseThrow();
        assertEquals(Caller.service("defaults-test"), token.caller());
        assertTrue(tokens.verify(gateway.tokens.get(0)).isEmpty(), "the token is for the gateway only");
    }

    @Test
    void aReferenceTheGatewayNoLongerKnowsAnswers401() throws IOException {
        Caller caller = gateway.grant("cli_changed", 40);
        gateway.scopes.clear();
        HttpClientResponseException e = refused(caller);
        assertEquals(401, e.getStatus().getCode());
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
        assertEquals("The brand scope this request was sent with is no longer valid; send it again", problem(e).get("detail"));
    }

    @Test
    void anAnswerThatIsNotTheReferencedContentIsNotTrusted() {
        Caller caller = gateway.grant("cli_tampered", 40);
        String reference = ScopeReferences.of("cli_tampered", caller.brands());
        gateway.scopes.put(reference, List.of("brd_someone_else"));
        assertEquals(401, refused(caller).getStatus().getCode());
    }

    @Test
    void aFailingGatewayIsRetriedUntilItAnswers() {
        Caller caller = gateway.grant("cli_retry", 40);
        gateway.failuresLeft.set(2);
        assertEquals(200, client.toBlocking().exchange(TestCallers.as(tokens, caller, HttpRequest.GET("/api/v1/scoped")), String.class).code());
        assertEquals(3, gateway.calls.get());
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeAnswers503WithRetryAfter() throws IOException {
        gateway.delayMillis = 1_000;
        HttpClientResponseException e = refused(gateway.grant("cli_slow", 40));
        assertEquals(503, e.getStatus().getCode());
        assertEquals("5", e.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER));
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
        assertEquals("The caller's brand scope cannot be checked right now; try again in 5 s", problem(e).get("detail"));
    }

    @Test
    void anOpenCircuitAnswers503WithoutAskingTheGateway() {
        gateway.failuresLeft.set(100);
        assertEquals(503, refused(gateway.grant("cli_down_1", 40)).getStatus().getCode());
        assertEquals(503, refused(gateway.grant("cli_down_2", 40)).getStatus().getCode());
        assertEquals(CircuitBreaker.State.OPEN, policies.get("gateway-scopes").circuitBreaker().getState());
        int reached = gateway.calls.get();
        HttpClientResponseException e = refused(gateway.grant("cli_down_3", 40));
        assertEquals(503, e.getStatus().getCode());
        assertEquals("5", e.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER));
        assertEquals(reached, gateway.calls.get(), "the open circuit kept the call from the gateway");
    }

    private HttpClientResponseException refused(Caller caller) {
        return assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(TestCallers.as(tokens, caller, HttpRequest.GET("/api/v1/scoped")), String.class));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpClientResponseException e) throws IOException {
        return json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Map.class);
    }

    private List<String> brandsIn(String body) throws IOException {
        return json.readValue(body, Argument.listOf(String.class));
    }

    @Requires(property = "spec.name", value = SPEC)
    @Singleton
    static class StubGateway extends StubDependency {
        final Map<String, List<String>> scopes = new ConcurrentHashMap<>();
        final List<String> tokens = new CopyOnWriteArrayList<>();

        /** A client of {@code count} brands whose scope the gateway knows. */
        Caller grant(String client, int count) {
            Set<String> brands = IntStream.rangeClosed(1, count).mapToObj(i -> "brd_" + client + "_" + i).collect(Collectors.toSet());
            scopes.put(ScopeReferences.of(client, brands), List.copyOf(brands));
            return new Caller(client, Set.of(Role.VIEWER), brands, false);
        }
    }

    @Requires(property = "spec.name", value = SPEC)
    @Controller
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class StubGatewayController {
        private final StubGateway stub;

        StubGatewayController(StubGateway stub) {
            this.stub = stub;
        }

        @Get(ScopeOperations.PATH + "/{reference}")
        HttpResponse<?> scope(@PathVariable String reference, @Header(InternalTokens.HEADER) String token) throws InterruptedException {
            stub.tokens.add(token);
            List<String> brands = stub.scopes.get(reference);
            HttpResponse<?> answer = stub.answer(new ScopeAnswer(reference, brands));
            return brands == null && answer.status() == HttpStatus.OK ? HttpResponse.notFound() : answer;
        }
    }

    @Requires(property = "spec.name", value = SPEC)
    @Controller("/api/v1/scoped")
    @AllowedRoles(Role.VIEWER)
    static class ScopedController {
        @Get
        List<String> brands(Caller caller) {
            return caller.brands().stream().sorted().toList();
        }
    }
}
