package io.brandbridge.system.owasp;

import io.brandbridge.system.owasp.SecurityFixture.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API7, server-side request forgery: no request can make the platform fetch a URL of the caller's
 * choosing. The one URL an operation takes is a webhook's receiver, and it must pass
 * {@code OutboundUrlPolicy}: through the gateway, every private, loopback, metadata or oddly spelt
 * address, and plain http, is refused and nothing is stored. The gateway forwards only documented
 * paths, and only to its configured services, whatever the request target or Host header says.
 */
@OwaspSuite
class Api7ServerSideRequestForgeryTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    @Test
    void theOnlyUrlAnOperationTakesIsAWebhooksReceiver() {
        Map<String, Object> document = new Yaml().load(fixture.withKey(null).get("/openapi.yml").expect(200).text());
        Set<String> taken = new TreeSet<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (!METHODS.contains(String.valueOf(method))) {
                return;
            }
            String call = String.valueOf(method).toUpperCase(Locale.ROOT) + " " + path;
            for (Object parameter : list(map(operation).get("parameters"))) {
                Map<?, ?> resolved = resolve(document, parameter);
                if (urlLike(String.valueOf(resolved.get("name")), map(resolved.get("schema")))) {
                    taken.add(call + " parameter " + resolved.get("name"));
                }
            }
            map(map(map(operation).get("requestBody")).get("content")).values()
                    .forEach(media -> collect(document, map(media).get("schema"), call, "", new HashSet<>(), taken));
        }));
        assertEquals(Set.of("POST /api/v1/alignment/brands/{brandId}/webhooks body WebhookRequest/url",
                "PUT /api/v1/alignment/brands/{brandId}/webhooks/{webhookId} body WebhookRequest/url"), taken);
    }

    /** Each address a forged receiver could aim at, and http, answers 422 naming /url; the brand has no subscription after. */
    @Test
    void aWebhookToAnInternalAddressOrOverHttpIsRefusedAndNotStored() throws SQLException {
        Caller partner = fixture.asA(Role.PARTNER);
        String webhooks = "/api/v1/alignment/brands/" + fixture.a.brandId() + "/webhooks";
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "https://10.0.0.5/", "https://127.0.0.1/", "https://[::ffff:127.0.0.1]/",
                "https://2130706433/", "https://0x7f000001/", "http://hooks.example.com/")) {
            Answer refused = partner.post(webhooks, Map.of("url", url, "events", List.of("gap.opened"))).expect(422);
            assertEquals("/url", refused.json().path("errors").path(0).path("pointer").asText(), url + " -> " + refused.text());
        }
        assertEquals(0, partner.get(webhooks).expect(200).json().path("items").size());
        try (Connection connection = fixture.platform().connect("alignment-service");
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM webhook_subscription WHERE brand_id = ?")) {
            count.setString(1, fixture.a.brandId());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), "no refused subscription was stored");
            }
        }
    }

    /** An absolute-form target (RFC 9112 section 3.2.2) is taken for its path only: its host never becomes a destination. */
    @Test
    void anAbsoluteRequestTargetReachesOnlyThePlatformsOwnServices() throws IOException {
        String internal = fixture.platform().service("promise-service").url();
        for (String host : List.of("http://169.254.169.254", internal, "http://10.0.0.1:8080")) {
            String routed = rawGet(host + "/api/v1/brands", "gateway");
            assertTrue(routed.startsWith("HTTP/1.1 200") && routed.contains(fixture.a.brandId()), host + " -> " + routed);
            for (String unrouted : List.of("/latest/meta-data/", "/computeMetadata/v1/", "/api/v1/internal")) {
                String answer = rawGet(host + unrouted, "gateway");
                assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 401"), host + unrouted + " -> " + answer);
            }
        }
    }

    @Test
    void theHostHeaderDoesNotChooseWhereARequestGoes() throws IOException {
        String answer = rawGet("/api/v1/brands", "169.254.169.254");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains(fixture.a.brandId()), "answered by the platform's own promise-service: " + answer);
    }

    private static String rawGet(String target, String host) throws IOException {
        URI gateway = URI.create(fixture.gatewayUrl());
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer "
                    + fixture.adminKeyForRawCalls() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The URL-like properties of a request body's schema, each named by the schema that holds it and its pointer there. */
    private static void collect(Map<String, Object> document, Object node, String call, String place, Set<String> seen, Set<String> found) {
        if (!(node instanceof Map<?, ?> schema)) {
            return;
        }
        if (schema.get("$ref") instanceof String ref) {
            if (seen.add(ref)) {
                collect(document, resolve(document, schema), call, ref.substring(ref.lastIndexOf('/') + 1), seen, found);
            }
            return;
        }
        map(schema.get("properties")).forEach((name, property) -> {
            if (urlLike(String.valueOf(name), resolve(document, property))) {
                found.add(call + " body " + place + "/" + name);
            }
            collect(document, property, call, place + "/" + name, seen, found);
        });
        collect(document, schema.get("items"), call, place + "/0", seen, found);
        collect(document, schema.get("additionalProperties"), call, place + "/*", seen, found);
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            list(schema.get(combined)).forEach(part -> collect(document, part, call, place, seen, found));
        }
    }

    /** A URL by its format, or by a name that ends like one (callbackUrl, redirect_uri, endpoint, webhook). */
    private static boolean urlLike(String name, Map<?, ?> schema) {
        return "uri".equals(schema.get("format")) || "url".equals(schema.get("format"))
                || name.toLowerCase(Locale.ROOT).matches(".*(url|uri|callback|webhook|endpoint)s?");
    }

    /** The object a {@code $ref} names within the document, or the node itself. */
    private static Map<?, ?> resolve(Map<String, Object> document, Object node) {
        Map<?, ?> value = map(node);
        if (!(value.get("$ref") instanceof String ref) || !ref.startsWith("#/")) {
            return value;
        }
        Object target = document;
        for (String segment : ref.substring(2).split("/")) {
            target = map(target).get(segment);
        }
        return map(target);
    }

    private static Map<?, ?> map(Object node) {
        return node instanceof Map<?, ?> map ? map : Map.of();
    }

    private static List<?> list(Object node) {
        return node instanceof List<?> list ? list : List.of();
    }
}
