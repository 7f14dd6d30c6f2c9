package io.brandbridge.promise;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every body of promise-service is read strictly: no coercion between JSON types, no control characters, plain messages. */
@MicronautTest
class StrictBodiesTest {

    @Inject
    Api api;

    @Test
    void aBrandWithANumberForItsNameAndABooleanForItsSlugIsRefused() {
        Map<String, Object> problem = api.problem(400, Api.rawJson(HttpRequest.POST("/api/v1/brands", ""), "{\"name\":123,\"slug\":true}"));
        assertEquals(List.of(error("/name", "must be a string"), error("/slug", "must be a string")), problem.get("errors"));
        assertEquals("/name must be a string; /slug must be a string", problem.get("detail"));
    }

    @Test
    void aNulInABrandNameIsNeverStored() {
        String slug = Api.uniqueSlug();
        Map<String, Object> problem = api.problem(400, Api.rawJson(HttpRequest.POST("/api/v1/brands", ""),
                "{\"name\":\"Acme\\u0000Evil\",\"slug\":\"" + slug + "\"}"));
        assertEquals(List.of(error("/name", "must not contain control characters")), problem.get("errors"));
        String id = api.createBrand();
        Map<String, Object> onUpdate = api.problem(400, Api.rawJson(HttpRequest.PUT("/api/v1/brands/" + id, ""),
                "{\"name\":\"Acme\\u0000\",\"slug\":\"" + Api.uniqueSlug() + "\"}"));
        assertEquals(List.of(error("/name", "must not contain control characters")), onUpdate.get("errors"));
        assertFalse(String.valueOf(api.call(HttpRequest.GET("/api/v1/brands/" + id)).body().get("name")).contains("\u0000"));
    }

    @Test
    void anObjectiveGivenAsTextIsRefused() {
        Map<String, Object> body = Api.promiseBody();
        Api.set(body, "/commitments/0/objective", "0.9");
        Api.set(body, "/commitments/1/window/days", "28");
        Map<String, Object> problem = api.problem(400, Api.rawJson(HttpRequest.POST("/api/v1/brands/" + api.createBrand() + "/promises", ""), api.write(body)));
        assertEquals(List.of(error("/commitments/0/objective", "must be a number"), error("/commitments/1/window/days", "must be a whole number")),
                problem.get("errors"));
    }

    @Test
    void aStatementMayHoldLineBreaksAndTabsButATitleMayNot() {
        Map<String, Object> body = Api.promiseBody();
        body.put("statement", "First line.\nSecond line,\tindented.\r\n");
        assertEquals(201, api.createPromise(api.createBrand(), body).code());

        body.put("title", "Two\nlines");
        body.put("statement", "Bell\u0007");
        Map<String, Object> problem = api.problem(400, Api.rawJson(HttpRequest.POST("/api/v1/brands/" + api.createBrand() + "/promises", ""), api.write(body)));
        assertEquals(List.of(error("/statement", "must not contain control characters other than tab and line breaks"),
                error("/title", "must not contain control characters")), sorted(problem));
    }

    @Test
    void aCustomMetricOfTheWrongTypesNamesEachField() {
        Map<String, Object> problem = api.problem(400, Api.rawJson(HttpRequest.POST("/api/v1/brands/" + api.createBrand() + "/metrics", ""),
                "{\"key\":\"callback_kept\",\"unit\":[\"bool\"],\"kind\":1,\"description\":{\"text\":\"x\"}}"));
        assertEquals(List.of(error("/description", "must be a string"), error("/kind", "must be a string"), error("/unit", "must be a string")),
                sorted(problem));
    }

    @Test
    void aDocumentNestedTooDeeplySaysSoWithTheLimit() {
        String deep = "[".repeat(100) + "]".repeat(100);
        Map<String, Object> problem = api.problem(400, Api.rawJson(HttpRequest.POST("/api/v1/brands", ""),
                "{\"name\":\"a\",\"slug\":\"a\",\"extra\":" + deep + "}"));
        assertEquals(List.of(error("/", "nests too deeply; at most 32 levels of arrays and objects are allowed")), problem.get("errors"));
    }

    @Test
    void anEmptyBodyIsNamedAsTheDocument() {
        Map<String, Object> problem = api.problem(400, Api.rawJson(HttpRequest.POST("/api/v1/brands", ""), ""));
        assertEquals(List.of(error("/", "the body is required; it must be an object")), problem.get("errors"));
    }

    private static Map<String, Object> error(String pointer, String message) {
        return Map.of("pointer", pointer, "message", message);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sorted(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream()
                .sorted(java.util.Comparator.comparing(e -> (String) e.get("pointer"))).toList();
    }
}
