package io.brandbridge.promise;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated OpenAPI document describes every operation, its problem answers and examples. */
class OpenApiDocumentTest {

    private static final String DOCUMENT = "META-INF/swagger/promise-service.yml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static Map<String, Object> document;

    @BeforeAll
    static void readTheGeneratedDocument() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertNotNull(in, DOCUMENT + " is generated at compile time");
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    @Test
    void theDocumentListsExactlyTheApiOfThisService() {
        Set<String> operations = new TreeSet<>();
        operations().forEach(op -> operations.add(op.method().toUpperCase() + " " + op.path()));

        assertEquals(new TreeSet<>(List.of(
                "GET /api/v1/brands",
                "POST /api/v1/brands",
                "GET /api/v1/brands/{brandId}",
                "PUT /api/v1/brands/{brandId}",
                "DELETE /api/v1/brands/{brandId}",
                "GET /api/v1/brands/{brandId}/promises",
                "POST /api/v1/brands/{brandId}/promises",
                "GET /api/v1/brands/{brandId}/promises/in-force",
                "GET /api/v1/promises/{promiseId}",
                "PUT /api/v1/promises/{promiseId}",
                "POST /api/v1/promises/{promiseId}/activate",
                "POST /api/v1/promises/{promiseId}/retire",
                "GET /api/v1/promises/{promiseId}/versions",
                "GET /api/v1/promises/{promiseId}/versions/{version}",
                "GET /api/v1/metrics",
                "POST /api/v1/brands/{brandId}/metrics",
                "GET /api/v1/brands/{brandId}/metrics/{key}",
                "DELETE /api/v1/brands/{brandId}/metrics/{key}")), operations);
    }

    @Test
    void everyOperationHasASummaryADescriptionATagAndAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (Operation op : operations()) {
            assertFalse(text(op.body().get("summary")).isBlank(), op + " summary");
            assertFalse(text(op.body().get("description")).isBlank(), op + " description");
            assertFalse(((List<?>) op.body().getOrDefault("tags", List.of())).isEmpty(), op + " tags");
            assertTrue(ids.add(text(op.body().get("operationId"))), op + " operationId is unique");
        }
    }

    @Test
    void everyOperationSaysWhatItIgnores() {
        for (Operation op : operations()) {
            String description = text(op.body().get("description"));
            assertTrue(description.contains("Unknown properties in the body are ignored")
                    || description.contains("Unknown query parameters are ignored")
                    || description.contains("unknown query parameters"), op.toString());
        }
    }

    @Test
    void everyOperationWithABodySaysUnknownPropertiesAreIgnoredAndShowsAnExample() {
        for (Operation op : operations()) {
            Map<String, Object> body = map(op.body().get("requestBody"));
            if (body == null) {
                continue;
            }
            assertTrue(text(op.body().get("description")).contains("Unknown properties in the body are ignored"), op.toString());
            Map<String, Object> json = map(map(body.get("content")).get("application/json"));
            assertFalse(map(json.get("examples")).isEmpty(), op + " request example");
        }
    }

    @Test
    void every4xxAnswerIsAProblemWithAnExample() {
        for (Operation op : operations()) {
            Map<String, Object> responses = map(op.body().get("responses"));
            List<String> clientErrors = responses.keySet().stream().filter(code -> code.startsWith("4")).toList();
            assertTrue(clientErrors.contains("401"), op + " declares 401");
            if (op.path().contains("{")) {
                assertTrue(clientErrors.contains("404"), op + " declares 404");
            }
            for (String code : clientErrors) {
                Map<String, Object> problem = map(map(map(responses.get(code)).get("content")).get("application/problem+json"));
                assertNotNull(problem, op + " " + code + " is application/problem+json");
                assertEquals("#/components/schemas/Problem", map(problem.get("schema")).get("$ref"), op + " " + code);
                assertFalse(map(problem.get("examples")).isEmpty(), op + " " + code + " example");
            }
        }
    }

    @Test
    void everySuccessfulAnswerWithABodyShowsAnExample() {
        for (Operation op : operations()) {
            map(op.body().get("responses")).forEach((code, response) -> {
                Map<String, Object> content = map(map(response).get("content"));
                if (code.startsWith("2") && content != null) {
                    assertFalse(map(map(content.get("application/json")).get("examples")).isEmpty(), op + " " + code);
                }
            });
        }
    }

    @Test
    void conditionalUpdatesDeclareTheirPreconditionAnswers() {
        for (Operation op : operations()) {
            if (op.method().equals("put")) {
                Set<String> codes = map(op.body().get("responses")).keySet();
                assertTrue(codes.containsAll(List.of("412", "428")), op.toString());
            }
        }
    }

    @Test
    void theCallerIsNeverAParameter() {
        for (Operation op : operations()) {
            for (Object parameter : (List<?>) op.body().getOrDefault("parameters", List.of())) {
                assertFalse(text(map(parameter).get("name")).equalsIgnoreCase("caller"), op.toString());
            }
        }
    }

    private record Operation(String method, String path, Map<String, Object> body) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, body) -> {
            if (METHODS.contains(method)) {
                operations.add(new Operation(method, path, map(body)));
            }
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    private static String text(Object node) {
        return node == null ? "" : node.toString();
    }
}
