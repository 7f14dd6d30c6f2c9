package io.brandbridge.gateway.support;

import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A gateway under test in front of three stub services on their own ports. Subclasses add
 * {@code @MicronautTest} and may add properties.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GatewayTestBase implements TestPropertyProvider {

    public static final String ADMIN_KEY = "bb_test-bootstrap-admin-key-0123456789abcdefghij";

    protected final StubService promise = StubService.start("promise-service");
    protected final StubService touchpoint = StubService.start("touchpoint-service");
    protected final StubService alignment = StubService.start("alignment-service");

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected InternalTokens tokens;

    @Inject
    protected JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.http.services.promise-service.url", promise.url());
        properties.put("micronaut.http.services.touchpoint-service.url", touchpoint.url());
        properties.put("micronaut.http.services.alignment-service.url", alignment.url());
        properties.put("brandbridge.gateway.keys.bootstrap-admin", ADMIN_KEY);
        properties.put("brandbridge.gateway.rate-limit.requests-per-second", "100000");
        properties.put("brandbridge.gateway.rate-limit.burst", "100000");
        properties.putAll(moreProperties());
        return properties;
    }

    protected Map<String, String> moreProperties() {
        return Map.of();
    }

    @BeforeEach
    void prepareStubs() {
        for (StubService stub : List.of(promise, touchpoint, alignment)) {
            stub.attach(tokens, json).reset();
        }
    }

    @AfterAll
    void stopStubs() {
        promise.close();
        touchpoint.close();
        alignment.close();
    }

    /** Sends the request and returns the answer whatever its status. */
    protected Reply send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Reply(response.code(), response.getHeaders(), response.getBody().orElse(""), json);
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            return new Reply(response.code(), response.getHeaders(), response.getBody(String.class).orElse(""), json);
        }
    }

    protected Reply send(MutableHttpRequest<?> request, String key) {
        return send(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + key));
    }

    /** The head of {@code POST /api/v1/brands} with a JSON body of the announced length, for raw-socket tests; the body follows. */
    protected static String brandPostHead(String key, long contentLength) {
        return "POST /api/v1/brands HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    /** Every page of a cursor-paginated list, first to last, each answered 200; {@code path} ends in a query with the limit. */
    protected List<Reply> allPages(String path, String key) {
        List<Reply> pages = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = send(HttpRequest.GET(path + (cursor == null ? "" : "&cursor=" + cursor)), key);
            assertEquals(200, page.status(), page.body());
            pages.add(page);
            cursor = (String) page.json().get("nextCursor");
        } while (cursor != null && pages.size() < 100);
        return pages;
    }

    /** Creates an API client through the admin API and returns its key. */
    protected String createClient(String name, List<Role> roles, String... brands) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("roles", roles);
        if (brands.length == 0) {
            body.put("allBrands", true);
        } else {
            body.put("brands", Arrays.asList(brands));
        }
        return createClient(body);
    }

    protected String createClient(Map<String, Object> body) {
        Reply reply = send(HttpRequest.POST("/api/v1/admin/clients", body), ADMIN_KEY);
        assertEquals(201, reply.status(), reply.body());
        return (String) reply.json().get("key");
    }
}
