package io.brandbridge.gateway.openapi;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.ratelimit.Quota;
import io.brandbridge.gateway.security.AccessMatrix;
import io.brandbridge.gateway.security.ApiKeyGate;
import io.micronaut.http.HttpMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the gateway adds to every operation it serves, whichever source documented it: the roles its
 * {@link AccessMatrix} lets call it, its 401 and 429 answers, and the headers it puts on answers
 * (rate limit, CORS). Generated from the gateway's own tables so the document cannot drift from them.
 */
final class GatewayAnswers {

    static final String ROLES_EXTENSION = "x-roles";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String RETRY_AFTER = "Retry-After";
    private static final String HEADERS_REF = "#/components/headers/";
    private static final String TOO_MANY_REQUESTS = "TooManyRequests";
    private static final List<String> RATE_LIMIT_HEADERS = List.of(Quota.LIMIT, Quota.REMAINING, Quota.RESET);
    private static final String TOO_MANY_EXAMPLE = """
            {"type":"https://brandbridge.io/problems/too-many-requests","title":"Too Many Requests","status":429,\
            "detail":"Rate limit of 50.0 requests per second exceeded; retry in 1 s","instance":"/api/v1/brands",\
            "requestId":"9f1c2e7a4b"}""";

    private GatewayAnswers() {
    }

    /** The headers and the 429 answer the decorated operations refer to, by component type. */
    static Map<String, Map<String, Object>> components() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(Quota.LIMIT, header("The most requests the API key may send at once (its bucket's burst); on every answer to a caller with a valid key", 1, 100_000));
        headers.put(Quota.REMAINING, header("Requests the API key may still send at once after this one; on every answer to a caller with a valid key", 0, 100_000));
        headers.put(Quota.RESET, header("Seconds until the API key's bucket is full again; on every answer to a caller with a valid key", 0, 10_000_000));
        headers.put(RETRY_AFTER, header("Seconds to wait before retrying", 1, ApiKeyGate.MAX_RETRY_AFTER));
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("description", "The caller's `Origin`, sent only when it is one of the origins the gateway is configured to allow");
        origin.put("required", false);
        origin.put("schema", Map.of("type", "string", "format", "uri", "maxLength", 2048));
        headers.put(ALLOW_ORIGIN, origin);

        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(TOO_MANY_REQUESTS, tooManyRequests());
        Map<String, Map<String, Object>> components = new LinkedHashMap<>();
        components.put("headers", headers);
        components.put("responses", responses);
        return components;
    }

    /** Adds the roles, the gateway's 401 and 429 answers and its response headers to one operation. */
    @SuppressWarnings("unchecked")
    static void decorate(String path, String method, Map<String, Object> operation) {
        AccessMatrix.find(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), path).ifPresent(found -> {
            List<Role> callers = found.callers();
            operation.put(ROLES_EXTENSION, callers.stream().map(Role::name).toList());
            String sentence = "Roles: " + callers.stream().map(Role::name).collect(Collectors.joining(", ")) + ".";
            Object description = operation.get("description");
            operation.put("description", description == null || description.toString().isBlank()
                    ? sentence : description.toString().stripTrailing() + "\n\n" + sentence);
        });
        Map<String, Object> responses = (Map<String, Object>) operation.computeIfAbsent("responses", r -> new LinkedHashMap<>());
        responses.put("429", Map.of("$ref", "#/components/responses/" + TOO_MANY_REQUESTS));
        if (responses.get("401") instanceof Map<?, ?> unauthorized) {
            ((Map<String, Object>) unauthorized).put("description",
                    "No valid API key: send `Authorization: Bearer <API key>` with a key an administrator issued");
        }
        responses.forEach((status, response) -> {
            if (response instanceof Map<?, ?> answer && !answer.containsKey("$ref")) {
                addHeaders(status, (Map<String, Object>) answer);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void addHeaders(String status, Map<String, Object> response) {
        Map<String, Object> headers = (Map<String, Object>) response.computeIfAbsent("headers", h -> new LinkedHashMap<>());
        if (status.startsWith("2") || status.startsWith("4")) {
            RATE_LIMIT_HEADERS.forEach(name -> headers.put(name, Map.of("$ref", HEADERS_REF + name)));
        }
        headers.put(ALLOW_ORIGIN, Map.of("$ref", HEADERS_REF + ALLOW_ORIGIN));
    }

    private static Map<String, Object> tooManyRequests() {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", "Answered by the gateway: the API key's rate limit is spent, or its source address failed "
                + "authentication too often; retry after `Retry-After` seconds");
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(RETRY_AFTER, Map.of("$ref", HEADERS_REF + RETRY_AFTER));
        response.put("headers", headers);
        addHeaders("429", response);
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("schema", Map.of("$ref", "#/components/schemas/Problem"));
        media.put("examples", Map.of("tooManyRequests", Map.of("value", Yaml.read(TOO_MANY_EXAMPLE))));
        response.put("content", Map.of(Problem.MEDIA_TYPE, media));
        return response;
    }

    private static Map<String, Object> header(String description, long minimum, long maximum) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "integer");
        schema.put("format", "int64");
        schema.put("minimum", minimum);
        schema.put("maximum", maximum);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("description", description);
        header.put("required", false);
        header.put("schema", schema);
        return header;
    }
}
