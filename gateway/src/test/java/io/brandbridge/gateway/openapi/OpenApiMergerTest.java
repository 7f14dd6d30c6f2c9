package io.brandbridge.gateway.openapi;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiMergerTest {

    private static Map<String, Object> doc(String path, String operationId, String schemaRef, Map<String, Object> schemas) {
        Map<String, Object> operation = Map.of("operationId", operationId, "responses",
                Map.of("200", Map.of("description", "ok", "content", Map.of("application/json", Map.of("schema", Map.of("$ref", schemaRef))))));
        return Map.of("openapi", "3.0.1", "paths", Map.of(path, Map.of("get", operation), "/health", Map.of("get", operation),
                "/api/v1/alignment/brands", Map.of("get", operation)), "components", Map.of("schemas", schemas));
    }

    @SuppressWarnings("unchecked")
    @Test
    void clashingSchemasArePrefixedAndSharedOnesKeptOnce() {
        Map<String, Object> problem = Map.of("type", "object", "properties", Map.of("status", Map.of("type", "integer")));
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        sources.put("promise-service", doc("/api/v1/brands", "list", "#/components/schemas/Page",
                Map.of("Page", Map.of("type", "object", "properties", Map.of("brands", Map.of("type", "array", "items", Map.of("type", "string")))), "Problem", problem)));
        sources.put("touchpoint-service", doc("/api/v1/touchpoints", "list", "#/components/schemas/Page",
                Map.of("Page", Map.of("type", "object", "properties", Map.of("items", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Problem")))), "Problem", problem)));

        Map<String, Object> merged = OpenApiMerger.merge(sources);

        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) merged.get("components")).get("schemas");
        assertEquals(List.of("Page", "Problem", "TouchpointService_Page"), schemas.keySet().stream().sorted().toList());
        Map<String, Object> paths = (Map<String, Object>) merged.get("paths");
        assertEquals(List.of("/api/v1/brands", "/api/v1/touchpoints"), paths.keySet().stream().toList(), "each source keeps only the paths routed to it");
        Map<String, Object> touchpoints = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/touchpoints")).get("get");
        assertTrue(touchpoints.toString().contains("#/components/schemas/TouchpointService_Page"));
        assertEquals("touchpointServiceList", touchpoints.get("operationId"));
        assertEquals("promiseServiceList", ((Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/brands")).get("get")).get("operationId"));
        assertEquals(List.of(Map.of("bearerAuth", List.of())), merged.get("security"));
        assertEquals("http", ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) merged.get("components")).get("securitySchemes")).get("bearerAuth")).get("type"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyOperationCarriesItsEnforcedRolesTheGatewaysAnswersAndItsHeaders() {
        Map<String, Object> ok = Map.of("description", "ok");
        Map<String, Object> unauthorized = Map.of("description", "No valid internal token");
        Map<String, Object> operation = Map.of("operationId", "getMetric", "description", "Reads one metric.",
                "responses", Map.of("200", ok, "401", unauthorized));
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        sources.put("promise-service", Map.of("paths", Map.of("/api/v1/brands/{id}/metrics/{key}", Map.of("get", operation))));

        Map<String, Object> merged = OpenApiMerger.merge(sources);

        Map<String, Object> read = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) merged.get("paths"))
                .get("/api/v1/brands/{id}/metrics/{key}")).get("get");
        assertEquals(List.of("ADMIN", "MARKETING", "OPERATIONS", "VIEWER"), read.get("x-roles"));
        assertEquals("Reads one metric.\n\nRoles: ADMIN, MARKETING, OPERATIONS, VIEWER.", read.get("description"));
        Map<String, Object> responses = (Map<String, Object>) read.get("responses");
        assertEquals(Map.of("$ref", "#/components/responses/TooManyRequests"), responses.get("429"));
        assertEquals(List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Access-Control-Allow-Origin"),
                List.copyOf(((Map<String, Object>) ((Map<String, Object>) responses.get("200")).get("headers")).keySet()));
        assertTrue(((Map<String, Object>) responses.get("401")).get("description").toString().contains("`Authorization: Bearer <API key>`"));
        Map<String, Object> components = (Map<String, Object>) merged.get("components");
        assertEquals(List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "Access-Control-Allow-Origin"),
                List.copyOf(((Map<String, Object>) components.get("headers")).keySet()));
        Map<String, Object> tooMany = (Map<String, Object>) ((Map<String, Object>) components.get("responses")).get("TooManyRequests");
        assertTrue(((Map<String, Object>) tooMany.get("headers")).containsKey("Retry-After"));
        assertTrue(((Map<String, Object>) tooMany.get("content")).containsKey("application/problem+json"));
        Map<String, Object> server = ((List<Map<String, Object>>) merged.get("servers")).getFirst();
        assertEquals(false, server.get("x-internal"));
        assertTrue(server.get("description").toString().contains("production"));
        assertTrue(((Map<String, Object>) merged.get("info")).containsKey("contact"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aBrandsDataPathsComeFromTouchpointServiceAndServiceOnlyOperationsAreLeftOut() {
        Map<String, Object> ok = Map.of("responses", Map.of("200", Map.of("description", "ok")));
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        sources.put("promise-service", Map.of("paths", Map.of(
                "/api/v1/brands/{brandId}", Map.of("get", Map.of("operationId", "getBrand", "responses", ok.get("responses"))),
                "/api/v1/brands/{brandId}/erasure", Map.of("post", Map.of("operationId", "notPromiseServices", "responses", ok.get("responses"))))));
        sources.put("touchpoint-service", Map.of("paths", Map.of(
                "/api/v1/brands/{brandId}/erasure", Map.of("post", Map.of("operationId", "eraseCustomer", "responses", ok.get("responses"))),
                "/api/v1/brands/{brandId}/data-policy", Map.of("get", ok, "put", ok),
                "/api/v1/brands/{brandId}/pseudonym-key/rotate", Map.of("post", ok),
                "/api/v1/brands/{brandId}/data", Map.of("delete", ok),
                "/api/v1/brands/{brandId}", Map.of("get", Map.of("operationId", "notTouchpointServices", "responses", ok.get("responses"))))));
        sources.put("alignment-service", Map.of("paths", Map.of(
                "/api/v1/alignment/brands/{brandId}", Map.of("get", ok, "delete", ok))));

        Map<String, Object> paths = (Map<String, Object>) OpenApiMerger.merge(sources).get("paths");

        assertEquals(List.of("/api/v1/alignment/brands/{brandId}", "/api/v1/brands/{brandId}", "/api/v1/brands/{brandId}/data-policy",
                "/api/v1/brands/{brandId}/erasure", "/api/v1/brands/{brandId}/pseudonym-key/rotate"), paths.keySet().stream().sorted().toList());
        assertEquals("eraseCustomer", ((Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/brands/{brandId}/erasure")).get("post")).get("operationId"));
        assertEquals("getBrand", ((Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/brands/{brandId}")).get("get")).get("operationId"));
        assertEquals(List.of("get", "put"), List.copyOf(((Map<String, Object>) paths.get("/api/v1/brands/{brandId}/data-policy")).keySet()).stream().sorted().toList());
        assertEquals(List.of("get"), List.copyOf(((Map<String, Object>) paths.get("/api/v1/alignment/brands/{brandId}")).keySet()),
                "alignment's brand deletion is for promise-service only");
        Map<String, Object> policy = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/brands/{brandId}/data-policy")).get("get");
        assertEquals(List.of("ADMIN", "MARKETING", "OPERATIONS", "VIEWER", "PRIVACY"), policy.get("x-roles"));
    }

    @Test
    void impossibleObjectTypeOnAnEnumPatternIsDropped() {
        Map<String, Object> constraint = new LinkedHashMap<>(Map.of("type", "object", "pattern", "LT|LE"));
        Map<String, Object> property = new LinkedHashMap<>(Map.of("allOf", List.of(Map.of("$ref", "#/components/schemas/Op"), constraint)));
        OpenApiMerger.repairStringConstraints(Map.of("op", property));
        assertFalse(constraint.containsKey("type"));
        Map<String, Object> realObject = new LinkedHashMap<>(Map.of("type", "object", "properties", Map.of()));
        OpenApiMerger.repairStringConstraints(Map.of("allOf", List.of(realObject)));
        assertEquals("object", realObject.get("type"));
    }

    @Test
    void anEmptyObjectPartBesideANullableReferenceIsDroppedAndTheReferenceKept() {
        Map<String, Object> reference = Map.of("$ref", "#/components/schemas/RateLimitRequest");
        Map<String, Object> property = new LinkedHashMap<>(Map.of("type", "object", "nullable", true,
                "allOf", List.of(reference, Map.of("type", "object"))));
        OpenApiMerger.dropEmptyObjectParts(Map.of("rateLimit", property));
        assertEquals(List.of(reference), property.get("allOf"));
        Map<String, Object> onlyPart = new LinkedHashMap<>(Map.of("type", "object", "allOf", List.of(Map.of("type", "object"))));
        OpenApiMerger.dropEmptyObjectParts(onlyPart);
        assertEquals(List.of(Map.of("type", "object")), onlyPart.get("allOf"));
    }

    @Test
    void timestampsInExamplesStayStrings() {
        Map<String, Object> read = Yaml.read("example:\n  asOf: 2026-11-01T00:00:00Z\n");
        assertEquals("2026-11-01T00:00:00Z", ((Map<?, ?>) read.get("example")).get("asOf"));
        assertTrue(Yaml.write(read).contains("2026-11-01T00:00:00Z"));
    }
}
