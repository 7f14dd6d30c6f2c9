package io.brandbridge.touchpoint.brands;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class DataPolicyControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    BrandDataPolicies policies;

    Api api;
    String brand;
    String path;
    Caller privacy;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        path = "/api/v1/brands/" + brand + "/data-policy";
        privacy = TestCallers.of(Role.PRIVACY, brand);
    }

    @Test
    void aBrandThatNeverSetAPolicyAnswersTheDefaults() {
        HttpResponse<Map<String, Object>> answer = api.exchange(TestCallers.of(Role.VIEWER, brand), HttpRequest.GET(path));

        assertEquals(200, answer.code());
        assertEquals("application/json", answer.getContentType().orElseThrow().toString());
        Map<String, Object> body = answer.body();
        assertEquals(brand, body.get("brandId"));
        assertEquals(7, body.get("repeatWindowDays"));
        assertTrue(body.containsKey("interactionRetentionDays"));
        assertNull(body.get("interactionRetentionDays"));
        assertEquals(true, body.get("piiGuard"));
        assertNull(body.get("updatedAt"));
    }

    @Test
    void aReplacedPolicyIsAnsweredAndUsedByEveryReader() {
        Map<String, Object> replaced = api.body(privacy, HttpRequest.PUT(path,
                Map.of("repeatWindowDays", 3, "interactionRetentionDays", 400, "piiGuard", false)));

        assertEquals(3, replaced.get("repeatWindowDays"));
        assertEquals(400, replaced.get("interactionRetentionDays"));
        assertEquals(false, replaced.get("piiGuard"));
        assertNotNull(replaced.get("updatedAt"));
        assertEquals(replaced, api.body(TestCallers.of(Role.OPERATIONS, brand), HttpRequest.GET(path)));
        BrandDataPolicy stored = policies.policy(brand);
        assertEquals(3, stored.repeatWindowDays());
        assertEquals(400, stored.interactionRetentionDays());
        assertTrue(policies.withRetention().stream().anyMatch(p -> p.brandId().equals(brand)));

        Map<String, Object> kept = new HashMap<>(Map.of("repeatWindowDays", 7, "piiGuard", true));
        kept.put("interactionRetentionDays", null);
        assertNull(api.body(privacy, HttpRequest.PUT(path, kept)).get("interactionRetentionDays"));
        assertTrue(policies.withRetention().stream().noneMatch(p -> p.brandId().equals(brand)));
    }

    @Test
    void settingsOutOfRangeAnswer400NamingEachOne() {
        Map<String, Object> problem = api.problem(400, privacy, HttpRequest.PUT(path,
                Map.of("repeatWindowDays", 0, "interactionRetentionDays", 4000)));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        List<Object> pointers = errors.stream().map(e -> e.get("pointer")).sorted().toList();
        assertEquals(List.of("/interactionRetentionDays", "/piiGuard", "/repeatWindowDays"), pointers);
        assertEquals(7, policies.policy(brand).repeatWindowDays());
    }

    @Test
    void onlyPrivacyAndAdminMayReplaceAPolicy() {
        api.problem(403, TestCallers.of(Role.OPERATIONS, brand), HttpRequest.PUT(path,
                Map.of("repeatWindowDays", 3, "piiGuard", true)));

        assertEquals(3, api.body(TestCallers.of(Role.ADMIN, brand), HttpRequest.PUT(path,
                Map.of("repeatWindowDays", 3, "piiGuard", true))).get("repeatWindowDays"));
    }

    @Test
    void anotherBrandsPolicyAnswers404() {
        Map<String, Object> problem = api.problem(404, TestCallers.of(Role.VIEWER, Api.newBrand()), HttpRequest.GET(path));

        assertTrue(((String) problem.get("detail")).contains(brand));
    }
}
