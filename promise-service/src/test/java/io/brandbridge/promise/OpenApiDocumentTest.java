package io.brandbridge.promise;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated OpenAPI document describes every operation, its problem answers, limits and examples. */
class OpenApiDocumentTest {

    /** Read from the main build: test sources' stub controllers generate a document of their own on the test classpath. */
    private static final Path DOCUMENT = Path.of("target/classes/META-INF/swagger/promise-service.yml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static Map<String, Object> document;

    @BeforeAll
    static void readTheGeneratedDocument() throws IOException {
        assertTrue(Files.isRegularFile(DOCUMENT), DOCUMENT + " is generated at compile time");
        try (InputStream in = Files.newInputStream(DOCUMENT)) {
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
                "GET /api/v1/brands/{brandId}/metrics/{metricKey}",
                "DELETE /api/v1/brands/{brandId}/metrics/{metricKey}")), operations);
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
    void conditionalUpdatesDeclareTheirPreconditionAnswersAndRequireIfMatch() {
        for (Operation op : operations()) {
            if (op.method().equals("put")) {
                Set<String> codes = map(op.body().get("responses")).keySet();
                assertTrue(codes.containsAll(List.of("412", "428")), op.toString());
                assertEquals(true, parameter(op, "If-Match").get("required"), op + " If-Match");
            }
        }
    }

    @Test
    void everyReadThatSendsAnETagDocumentsIfNoneMatchAndItsAnswer304() {
        List<String> conditional = new ArrayList<>();
        for (Operation op : operations()) {
            Map<String, Object> ok = map(map(op.body().get("responses")).get("200"));
            if (!op.method().equals("get") || ok == null || ok.get("headers") == null || !map(ok.get("headers")).containsKey("ETag")) {
                continue;
            }
            conditional.add(op.toString());
            assertNotEquals(true, parameter(op, "If-None-Match").get("required"), op + " If-None-Match is optional");
            Map<String, Object> notModified = map(map(op.body().get("responses")).get("304"));
            assertNotNull(notModified, op + " 304");
            assertNull(notModified.get("content"), op + " 304 has no body");
            assertTrue(map(notModified.get("headers")).containsKey("ETag"), op + " 304 ETag");
        }
        assertEquals(List.of("GET /api/v1/brands/{brandId}", "GET /api/v1/promises/{promiseId}",
                "GET /api/v1/promises/{promiseId}/versions/{version}"), conditional.stream().sorted().toList());
    }

    @Test
    void everyStringIntegerAndArrayIsBounded() {
        List<String> unbounded = new ArrayList<>();
        walk(document, "#", (where, node) -> {
            Object type = node.get("type");
            if ("string".equals(type) && !node.containsKey("enum")
                    && (!node.containsKey("maxLength") || !(node.containsKey("pattern") || node.containsKey("format")))) {
                unbounded.add(where);
            }
            if ("integer".equals(type) && !(node.containsKey("format") && node.containsKey("minimum") && node.containsKey("maximum"))) {
                unbounded.add(where);
            }
            if ("array".equals(type) && !node.containsKey("maxItems")) {
                unbounded.add(where);
            }
        });
        // The 503's Retry-After is declared once for every service, in service-defaults.
        assertEquals(List.of(), unbounded.stream().filter(where -> !where.contains("Retry-After")).toList());
    }

    @Test
    void everyExampleReferenceNamesAnExampleOfTheDocument() {
        Map<String, Object> examples = map(map(document.get("components")).get("examples"));
        List<String> references = new ArrayList<>();
        walk(document.get("paths"), "#/paths", (where, node) -> {
            if (node.get("$ref") instanceof String ref && ref.startsWith("#/components/examples/")) {
                references.add(ref);
                assertTrue(examples.containsKey(ref.substring(ref.lastIndexOf('/') + 1)), where + " " + ref);
            }
        });
        assertFalse(references.isEmpty());
    }

    @Test
    void theExamplesKeepTheNullsTheServerSends() {
        Map<String, Object> draft = map(map(map(map(document.get("components")).get("examples")).get("PromiseDraft")).get("value"));

        assertTrue(draft.containsKey("effectiveFrom") && draft.get("effectiveFrom") == null, draft.toString());
        assertTrue(draft.containsKey("effectiveTo") && draft.get("effectiveTo") == null, draft.toString());
    }

    @Test
    void everyPageSendsItsNextCursorAndNullOnTheLastPage() {
        for (String page : List.of("BrandPage", "MetricPage", "PromisePage")) {
            Map<String, Object> schema = schema(page);
            assertTrue(((List<?>) schema.get("required")).containsAll(List.of("items", "nextCursor")), page);
            assertEquals(true, map(map(schema.get("properties")).get("nextCursor")).get("nullable"), page);
        }
    }

    @Test
    void aPromiseAsReadFitsTheBodyOfItsUpdate() {
        assertFits("Promise", "PromiseRequest");
        assertFits("Commitment", "CommitmentRequest");
        assertFits("CommitmentWindow", "Window");
        assertEquals("#/components/schemas/Commitment",
                map(map(map(schema("Promise").get("properties")).get("commitments")).get("items")).get("$ref"));
        assertEquals("#/components/schemas/CommitmentWindow", map(map(schema("Commitment").get("properties")).get("window")).get("$ref"));
    }

    private static final Map<Object, Object> RESPONSE_TO_REQUEST = Map.of(
            "#/components/schemas/CommitmentWindow", "#/components/schemas/Window");

    /** Every property the request declares is one the response always sends, with the same type and limits. */
    private static void assertFits(String response, String request) {
        Map<String, Object> read = map(schema(response).get("properties"));
        List<?> sent = (List<?>) schema(response).get("required");
        map(schema(request).get("properties")).forEach((name, property) -> {
            Map<String, Object> accepted = map(property);
            Map<String, Object> given = map(read.get(name));
            assertNotNull(given, response + "." + name);
            if (!name.equals("days")) {
                assertTrue(sent.contains(name), response + "." + name + " is always sent");
            }
            assertEquals(typeOf(accepted), RESPONSE_TO_REQUEST.getOrDefault(typeOf(given), typeOf(given)), response + "." + name);
            for (String limit : List.of("maxLength", "pattern", "maxItems", "minimum", "maximum")) {
                if (accepted.containsKey(limit)) {
                    assertEquals(accepted.get(limit), given.get(limit), response + "." + name + " " + limit);
                }
            }
        });
    }

    /** The type or referenced schema, seen through a single {@code allOf}. */
    private static Object typeOf(Map<String, Object> property) {
        if (property.get("allOf") instanceof List<?> parts && parts.size() == 1) {
            return typeOf(map(parts.getFirst()));
        }
        return property.containsKey("$ref") ? property.get("$ref") : property.get("type");
    }

    private static Map<String, Object> schema(String name) {
        return map(map(map(document.get("components")).get("schemas")).get(name));
    }

    private static Map<String, Object> parameter(Operation op, String name) {
        for (Object parameter : (List<?>) op.body().getOrDefault("parameters", List.of())) {
            if (name.equals(map(parameter).get("name"))) {
                return map(parameter);
            }
        }
        throw new AssertionError(op + " has no parameter " + name);
    }

    private static void walk(Object node, String where, BiConsumer<String, Map<String, Object>> visit) {
        if (node instanceof Map<?, ?> object) {
            visit.accept(where, map(object));
            object.forEach((key, value) -> walk(value, where + "/" + key, visit));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + "/" + i, visit);
            }
        }
    }

    @Test
    void activateAndUpdateDocumentEffectiveFromAndTheir422() {
        List<String> documented = new ArrayList<>();
        for (Operation op : operations()) {
            if (!List.of("activatePromise", "updatePromise").contains(text(op.body().get("operationId")))) {
                continue;
            }
            documented.add(op.toString());
            Map<String, Object> parameter = parameter(op, "effectiveFrom");
            assertEquals("query", parameter.get("in"), op.toString());
            assertNotEquals(true, parameter.get("required"), op + " effectiveFrom is optional");
            assertTrue(text(parameter.get("description")).contains("default now"), op.toString());
            assertEquals("date-time", map(parameter.get("schema")).get("format"), op.toString());
            assertEquals(35, map(parameter.get("schema")).get("maxLength"), op.toString());
            assertTrue(map(op.body().get("responses")).containsKey("422"), op + " 422");
            assertTrue(text(op.body().get("description")).contains("`effectiveFrom`"), op.toString());
        }
        assertEquals(List.of("POST /api/v1/promises/{promiseId}/activate", "PUT /api/v1/promises/{promiseId}"),
                documented.stream().sorted().toList());
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
