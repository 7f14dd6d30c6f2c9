package io.brandbridge.touchpoint.privacy;

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

import io.micronaut.data.connection.ConnectionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Interactions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PseudonymisationTest {

    private static final String RAW = "CUST-0042";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    ConnectionOperations<Connection> connections;

    @Inject
    Pseudonyms pseudonyms;

    Api api;
    String brand;
    Caller privacy;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        privacy = TestCallers.of(Role.PRIVACY, brand);
    }

    private void pushWithCustomer(String touchpoint, String externalId, String customerRef) {
        String record = json(externalId, "2026-03-01T09:00:00Z", "{\"wait_seconds\":1}");
        String withCustomer = record.substring(0, record.length() - 1) + ",\"customerRef\":\"" + customerRef + "\"}";
        Map<String, Object> report = api.push(touchpoint, "application/json", withCustomer, Api.integrator(brand));
        assertEquals(1, report.get("accepted"), report::toString);
    }

    private List<String> storedCustomerRefs(String touchpoint) {
        return connections.executeRead(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement("SELECT i.customer_ref FROM interaction i "
                    + "JOIN touchpoint t ON t.seq = i.touchpoint_seq WHERE t.id = ? ORDER BY i.id")) {
                query.setString(1, touchpoint);
                List<String> refs = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        refs.add(rs.getString(1));
                    }
                }
                return refs;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theRawCustomerRefIsNeverStoredOnlyTheBrandsPseudonymOfIt() {
        String first = api.createTouchpoint(brand);
        String second = api.createTouchpoint(brand);
        pushWithCustomer(first, "a", RAW);
        pushWithCustomer(second, "b", RAW);
        pushWithCustomer(second, "c", "CUST-0043");

        List<String> stored = new ArrayList<>(storedCustomerRefs(first));
        stored.addAll(storedCustomerRefs(second));
        assertFalse(stored.contains(RAW));
        assertEquals(stored.get(0), stored.get(1), "one customer, one pseudonym across the brand's touchpoints");
        assertNotEquals(stored.get(1), stored.get(2));
        assertEquals(43, stored.get(0).length());
        assertEquals(pseudonyms.allOf(brand, RAW).getFirst(), stored.get(0));
        Map<String, Object> page = api.body(Api.operations(brand), HttpRequest.GET("/api/v1/touchpoints/" + first
                + "/interactions?from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z"));
        assertEquals(stored.get(0), Api.items(page).getFirst().get("customerRef"));
    }

    @Test
    void anotherBrandMapsTheSameCustomerRefToAnotherPseudonym() {
        String other = Api.newBrand();

        assertNotEquals(pseudonyms.allOf(brand, RAW).getFirst(), pseudonyms.allOf(other, RAW).getFirst());
    }

    @Test
    void rotationStartsANewKeyVersionAndKeepsTheOldOneForLookups() {
        String before = pseudonyms.allOf(brand, RAW).getFirst();
        HttpResponse<Map<String, Object>> state = api.exchange(privacy, HttpRequest.GET("/api/v1/brands/" + brand + "/pseudonym-key"));
        assertEquals(200, state.code());
        assertEquals(1, state.body().get("version"));
        assertFalse(state.body().containsKey("secret"));

        HttpResponse<Map<String, Object>> rotated = api.exchange(privacy, HttpRequest.POST("/api/v1/brands/" + brand + "/pseudonym-key/rotate", ""));

        assertEquals(200, rotated.code());
        assertEquals(2, rotated.body().get("version"));
        assertTrue(rotated.body().get("createdAt") instanceof String);
        List<String> all = pseudonyms.allOf(brand, RAW);
        assertEquals(2, all.size());
        assertNotEquals(before, all.get(0));
        assertEquals(before, all.get(1));
    }

    @Test
    void onlyPrivacyMayRotateAndAnotherBrandsKeyAnswers404() {
        api.problem(403, Api.operations(brand), HttpRequest.POST("/api/v1/brands/" + brand + "/pseudonym-key/rotate", ""));
        api.problem(404, TestCallers.of(Role.PRIVACY, Api.newBrand()), HttpRequest.POST("/api/v1/brands/" + brand + "/pseudonym-key/rotate", ""));
    }
}
