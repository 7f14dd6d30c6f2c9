package io.brandbridge.system.owasp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API7, server-side request forgery: no request can make the platform fetch a URL of the caller's
 * choosing. No operation takes a URL; the gateway forwards only documented paths, and only to its
 * configured services, whatever the request target or Host header says. Outbound URLs to come (webhooks) must pass
 * {@code OutboundUrlPolicy}, tested in service-defaults.
 */
@OwaspSuite
class Api7ServerSideRequestForgeryTest {

    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    @Test
    void noDocumentedOperationTakesAUrl() {
        Map<String, Object> document = new Yaml().load(fixture.withKey(null).get("/openapi.yml").expect(200).text());
        List<String> urlProperties = new ArrayList<>();
        collect(document.get("components"), "", urlProperties);
        assertEquals(List.of(), urlProperties);
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

    /** Schema properties that are URLs by format or by name. */
    private static void collect(Object node, String path, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String name = String.valueOf(key);
                if (value instanceof Map<?, ?> schema && path.endsWith("/properties")
                        && ("uri".equals(schema.get("format")) || "url".equals(schema.get("format")) || name.toLowerCase().matches(".*(url|uri|callback|webhook|endpoint).*"))) {
                    found.add(path + "/" + name);
                }
                collect(value, path + "/" + name, found);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, path, found));
        }
    }
}
