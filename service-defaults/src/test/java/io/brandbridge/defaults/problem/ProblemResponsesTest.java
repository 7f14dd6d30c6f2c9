package io.brandbridge.defaults.problem;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "spec.name", value = "ProblemResponsesTest")
@Property(name = "micronaut.server.max-request-size", value = "2KB")
@Property(name = "brandbridge.internal-token.enforced", value = "false")
class ProblemResponsesTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void unknownRouteAnswers404Problem() {
        Map<String, Object> problem = problem(HttpRequest.GET("/nothing-here"), HttpStatus.NOT_FOUND);
        assertEquals("/nothing-here", problem.get("instance"));
        assertEquals("https://brandbridge.io/problems/not-found", problem.get("type"));
    }

    @Test
    void wrongMethodAnswers405Problem() {
        problem(HttpRequest.DELETE("/stub/orders"), HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Test
    void unsupportedMediaTypeAnswers415Problem() {
        problem(HttpRequest.POST("/stub/orders", "customer=x").contentType(MediaType.TEXT_PLAIN), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void bodyOverTheLimitAnswers413Problem() {
        String big = "{\"customer\":\"" + "x".repeat(4096) + "\",\"items\":[]}";
        problem(HttpRequest.POST("/stub/orders", big).contentType(MediaType.APPLICATION_JSON), HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }

    @Test
    void malformedJsonAnswers400Problem() {
        Map<String, Object> problem = problem(HttpRequest.POST("/stub/orders", "{\"customer\": \"a\", \"items\": [").contentType(MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST);
        assertFalse(String.valueOf(problem.get("detail")).contains("Source:"));
    }

    @Test
    void wrongJsonTypeAnswers400ProblemWithoutClassNames() {
        Map<String, Object> problem = problem(HttpRequest.POST("/stub/orders", "{\"customer\":\"a\",\"items\":[{\"name\":\"n\",\"quantity\":\"many\"}]}")
                .contentType(MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST);
        assertFalse(problem.toString().contains("io.brandbridge"), problem.toString());
    }

    @Test
    void validationNamesEachFieldByJsonPointer() {
        Map<String, Object> problem = problem(HttpRequest.POST("/stub/orders", "{\"customer\":\" \",\"items\":[{\"name\":\"ok\",\"quantity\":1},{\"name\":\"\",\"quantity\":1}]}")
                .contentType(MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST);
        List<String> pointers = ((List<?>) problem.get("errors")).stream().map(e -> (String) ((Map<?, ?>) e).get("pointer")).toList();
        assertEquals(List.of("/customer", "/items/1/name"), pointers);
    }

    @Test
    void invalidQueryParameterIsNamed() {
        Map<String, Object> problem = problem(HttpRequest.GET("/stub/orders?limit=1000"), HttpStatus.BAD_REQUEST);
        List<String> pointers = ((List<?>) problem.get("errors")).stream().map(e -> (String) ((Map<?, ?>) e).get("pointer")).toList();
        assertEquals(List.of("/limit"), pointers);
    }

    @Test
    void serverErrorHidesStackTraceSqlAndClassNames() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/stub/boom"), Argument.of(String.class), Argument.of(String.class)));
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertEquals(500, e.getStatus().getCode());
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
        assertFalse(body.contains("SELECT"), body);
        assertFalse(body.contains("io.brandbridge"), body);
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("\tat "), body);
        assertTrue(body.contains(ProblemErrorResponseProcessor.SERVER_ERROR_DETAIL), body);
    }

    @Test
    void anUnreachableDatabaseAnswers503WithRetryAfter() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/stub/database-down"), Argument.of(String.class), Argument.of(String.class)));
        assertEquals(503, e.getStatus().getCode());
        assertEquals("5", e.getResponse().getHeaders().get("Retry-After"));
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains(ProblemErrorResponseProcessor.DATABASE_DOWN_DETAIL), body);
        assertFalse(body.contains("Hikari"), body);
    }

    @Test
    void problemExceptionKeepsItsStatusAndDetail() {
        Map<String, Object> problem = problem(HttpRequest.GET("/stub/conflict"), HttpStatus.CONFLICT);
        assertEquals("brand 'acme' still has promises", problem.get("detail"));
        assertEquals(409, problem.get("status"));
        problem(HttpRequest.GET("/stub/gone"), HttpStatus.PRECONDITION_REQUIRED);
    }

    private Map<String, Object> problem(HttpRequest<?> request, HttpStatus expected) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class), Argument.mapOf(String.class, Object.class)));
        HttpResponse<?> response = e.getResponse();
        assertEquals(expected.getCode(), response.getStatus().getCode());
        assertEquals(Problem.MEDIA_TYPE, response.getContentType().orElseThrow().toString());
        assertTrue(response.getHeaders().contains("X-Request-Id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) response.getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        assertEquals(expected.getCode(), body.get("status"));
        assertTrue(body.containsKey("title") && body.containsKey("type") && body.containsKey("detail"), body.toString());
        return body;
    }

}
