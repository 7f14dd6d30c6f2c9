package io.brandbridge.touchpoint.brands;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** promise-service's call when a brand is deleted: refused while touchpoints remain, then everything of the brand goes. */
@MicronautTest(transactional = false)
class BrandDataControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    ConnectionOperations<Connection> connections;

    Api api;
    String brand;
    Caller promiseService;
    Caller privacy;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        promiseService = Caller.service("promise-service");
        privacy = TestCallers.of(Role.PRIVACY, brand);
    }

    private MutableHttpRequest<?> deleteData(String brandId) {
        return HttpRequest.DELETE("/api/v1/brands/" + brandId + "/data");
    }

    /** A data policy, a pseudonym key and an erasure record of the brand. */
    private void giveTheBrandData() {
        api.body(privacy, HttpRequest.PUT("/api/v1/brands/" + brand + "/data-policy",
                Map.of("repeatWindowDays", 3, "interactionRetentionDays", 90, "piiGuard", false)));
        api.body(privacy, HttpRequest.GET("/api/v1/brands/" + brand + "/pseudonym-key"));
        api.body(privacy, HttpRequest.POST("/api/v1/brands/" + brand + "/erasure", Map.of("customerRef", "CUST-1")));
        assertEquals(List.of(1L, 1L, 1L), counts());
    }

    /** Rows of the brand in brand_data_policy, brand_pseudonym_key and erasure_audit. */
    private List<Long> counts() {
        return connections.executeRead(status -> List.of("brand_data_policy", "brand_pseudonym_key", "erasure_audit").stream().map(table -> {
            try (PreparedStatement query = status.getConnection().prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE brand_id = ?")) {
                query.setString(1, brand);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).toList());
    }

    @Test
    void aBrandWithTouchpointsIsRefusedWithWhatRemains() {
        api.createTouchpoint(brand);
        api.createTouchpoint(brand);
        giveTheBrandData();

        Map<String, Object> problem = api.problem(409, promiseService, deleteData(brand));

        assertEquals("Brand '" + brand + "' still has 2 touchpoints; delete them first", problem.get("detail"));
        assertEquals(List.of(1L, 1L, 1L), counts(), "nothing was deleted");
    }

    @Test
    void oneTouchpointIsNamedInTheSingular() {
        api.createTouchpoint(brand);

        Map<String, Object> problem = api.problem(409, promiseService, deleteData(brand));

        assertEquals("Brand '" + brand + "' still has 1 touchpoint; delete it first", problem.get("detail"));
    }

    @Test
    void withoutTouchpointsThePolicyKeysAndErasureRecordsGo() {
        String touchpoint = api.createTouchpoint(brand);
        giveTheBrandData();
        HttpResponse<Map<String, Object>> deleted = api.exchange(Api.operations(brand), HttpRequest.DELETE("/api/v1/touchpoints/" + touchpoint));
        assertEquals(204, deleted.code());

        HttpResponse<Map<String, Object>> answer = api.exchange(promiseService, deleteData(brand));

        assertEquals(204, answer.code());
        assertTrue(answer.getBody(String.class).isEmpty());
        assertEquals(List.of(0L, 0L, 0L), counts());
        Map<String, Object> policy = api.body(privacy, HttpRequest.GET("/api/v1/brands/" + brand + "/data-policy"));
        assertNull(policy.get("updatedAt"), "the brand is back on the defaults");
        assertEquals(true, policy.get("piiGuard"));
    }

    @Test
    void deletingTwiceOrABrandThatNeverHadDataAnswers204() {
        assertEquals(204, api.exchange(promiseService, deleteData(brand)).code());
        assertEquals(204, api.exchange(promiseService, deleteData(brand)).code());
    }

    @Test
    void anotherBrandsDataStays() {
        giveTheBrandData();

        assertEquals(204, api.exchange(promiseService, deleteData(Api.newBrand())).code());

        assertEquals(List.of(1L, 1L, 1L), counts());
    }

    @Test
    void onlyServicesMayCallIt() {
        for (Role role : List.of(Role.PRIVACY, Role.OPERATIONS, Role.MARKETING, Role.VIEWER, Role.INTEGRATOR)) {
            api.problem(403, TestCallers.of(role, brand), deleteData(brand));
        }
    }

    @Test
    void aBrandIdNotOfThePlatformsShapeAnswers400() {
        Map<String, Object> problem = api.problem(400, promiseService, deleteData("not-a-brand"));

        assertTrue(problem.toString().contains("brandId"), problem::toString);
    }
}
