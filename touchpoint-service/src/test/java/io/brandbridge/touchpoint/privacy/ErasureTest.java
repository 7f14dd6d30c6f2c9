package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Interactions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Erasure clears the customer's pseudonyms from the brand's interactions, audits itself, and changes no count. */
@MicronautTest(transactional = false)
class ErasureTest {

    private static final String CUSTOMER = "CUST-0042";
    private static final String OTHER_CUSTOMER = "CUST-0043";

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
    String leeds;
    String york;
    Caller privacy;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        privacy = TestCallers.of(Role.PRIVACY, brand);
        leeds = api.createTouchpoint(brand);
        york = api.createTouchpoint(brand);
        push(brand, leeds, "l1", "2026-03-01T09:00:00Z", CUSTOMER, 30);
        push(brand, leeds, "l2", "2026-03-01T09:20:00Z", OTHER_CUSTOMER, 90);
        push(brand, leeds, "l3", "2026-03-02T10:00:00Z", CUSTOMER, 50);
        push(brand, york, "y1", "2026-03-01T11:00:00Z", CUSTOMER, 70);
        push(brand, york, "y2", "2026-03-01T12:00:00Z", null, 10);
    }

    private void push(String brandId, String touchpoint, String externalId, String at, String customerRef, int wait) {
        String record = json(externalId, at, "{\"wait_seconds\":" + wait + "}");
        if (customerRef != null) {
            record = record.substring(0, record.length() - 1) + ",\"customerRef\":\"" + customerRef + "\"}";
        }
        Map<String, Object> report = api.push(touchpoint, "application/json", record, Api.integrator(brandId));
        assertEquals(1, report.get("accepted"), report::toString);
    }

    private HttpResponse<Map<String, Object>> erase(Caller caller, String brandId, String customerRef) {
        return api.exchange(caller, HttpRequest.POST("/api/v1/brands/" + brandId + "/erasure", Map.of("customerRef", customerRef)));
    }

    private Map<String, Object> attainment() {
        return api.body(Api.operations(brand), HttpRequest.POST("/api/v1/stats/attainment", Map.of("touchpointIds", List.of(leeds, york),
                "metric", "wait_seconds", "op", "LE", "threshold", 60, "from", "2026-03-01T00:00:00Z", "to", "2026-03-03T00:00:00Z", "bucket", "HOUR")));
    }

    /** customer_ref of the touchpoint's interactions by externalId order. */
    private List<String> storedRefs(String touchpoint) {
        return query("SELECT i.customer_ref FROM interaction i JOIN touchpoint t ON t.seq = i.touchpoint_seq WHERE t.id = ? ORDER BY i.external_id",
                touchpoint).stream().map(row -> (String) row[0]).toList();
    }

    private List<Object[]> query(String sql, String parameter) {
        return connections.executeRead(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement(sql)) {
                query.setString(1, parameter);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        Object[] row = new Object[meta.getColumnCount()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void erasureClearsTheCustomersPseudonymAtEveryTouchpointOfTheBrandAndNothingElse() {
        String pseudonym = pseudonyms.allOf(brand, CUSTOMER).getFirst();
        String otherPseudonym = pseudonyms.allOf(brand, OTHER_CUSTOMER).getFirst();
        String otherBrand = Api.newBrand();
        String foreign = api.createTouchpoint(otherBrand);
        push(otherBrand, foreign, "f1", "2026-03-01T09:00:00Z", CUSTOMER, 30);
        List<String> foreignBefore = storedRefs(foreign);
        Map<String, Object> countsBefore = attainment();
        Instant before = Instant.now();

        HttpResponse<Map<String, Object>> answer = erase(privacy, brand, CUSTOMER);

        assertEquals(200, answer.code());
        assertEquals("application/json", answer.getContentType().orElseThrow().toString());
        Map<String, Object> body = answer.body();
        assertEquals(brand, body.get("brandId"));
        assertEquals(3, body.get("interactionsAffected"));
        Instant erasedAt = Instant.parse((String) body.get("erasedAt"));
        assertFalse(erasedAt.isBefore(before.minusSeconds(1)), erasedAt::toString);
        assertTrue(((String) body.get("auditId")).matches("^era_[0-9a-hjkmnp-tv-z]{20}$"), body::toString);
        assertEquals(java.util.Arrays.asList(null, otherPseudonym, null), storedRefs(leeds));
        assertEquals(java.util.Arrays.asList(null, null), storedRefs(york));
        assertTrue(query("SELECT i.id FROM interaction i JOIN touchpoint t ON t.seq = i.touchpoint_seq WHERE t.brand_id = ? AND i.customer_ref = '"
                + pseudonym + "'", brand).isEmpty());
        assertEquals(foreignBefore, storedRefs(foreign), "another brand's customer of the same reference is another customer");
        assertNotNull(foreignBefore.getFirst());
        assertEquals(countsBefore, attainment(), "interactions and their counts stay");
    }

    @Test
    void theAuditRecordSaysWhoWhenAndHowManyButNeverWhom() {
        String pseudonym = pseudonyms.allOf(brand, CUSTOMER).getFirst();
        Map<String, Object> erased = erase(privacy, brand, CUSTOMER).body();

        HttpResponse<Map<String, Object>> list = api.exchange(privacy, HttpRequest.GET("/api/v1/brands/" + brand + "/erasures"));

        assertEquals(200, list.code());
        assertEquals("application/json", list.getContentType().orElseThrow().toString());
        List<Map<String, Object>> items = Api.items(list.body());
        assertEquals(List.of(Map.of("id", erased.get("auditId"), "brandId", brand, "requestedBy", privacy.client(),
                "interactionsAffected", 3, "erasedAt", erased.get("erasedAt"))), items);
        assertNull(list.body().get("nextCursor"));
        List<Object[]> rows = query("SELECT * FROM erasure_audit WHERE brand_id = ?", brand);
        assertEquals(1, rows.size());
        for (Object value : rows.getFirst()) {
            String text = String.valueOf(value);
            assertFalse(text.contains(CUSTOMER) || text.contains(pseudonym), "the audit holds neither the value nor its hash");
        }
    }

    @Test
    void anUnknownCustomerAnswers200WithNothingAffectedAndIsAudited() {
        HttpResponse<Map<String, Object>> answer = erase(privacy, brand, "nobody-we-know");

        assertEquals(200, answer.code());
        assertEquals(0, answer.body().get("interactionsAffected"));
        List<Map<String, Object>> items = Api.items(api.body(privacy, HttpRequest.GET("/api/v1/brands/" + brand + "/erasures")));
        assertEquals(1, items.size());
        assertEquals(0, items.getFirst().get("interactionsAffected"));
        assertEquals(answer.body().get("auditId"), items.getFirst().get("id"));
    }

    @Test
    void erasingAgainFindsNothingLeft() {
        assertEquals(3, erase(privacy, brand, CUSTOMER).body().get("interactionsAffected"));

        assertEquals(0, erase(TestCallers.of(Role.ADMIN), brand, CUSTOMER).body().get("interactionsAffected"));
    }

    @Test
    void interactionsStoredUnderAnOlderKeyVersionAreErasedToo() {
        assertEquals(200, api.exchange(privacy, HttpRequest.POST("/api/v1/brands/" + brand + "/pseudonym-key/rotate", Map.of())).code());
        push(brand, york, "y3", "2026-03-03T08:00:00Z", CUSTOMER, 20);

        assertEquals(4, erase(privacy, brand, CUSTOMER).body().get("interactionsAffected"));
        for (String pseudonym : pseudonyms.allOf(brand, CUSTOMER)) {
            assertTrue(query("SELECT i.id FROM interaction i JOIN touchpoint t ON t.seq = i.touchpoint_seq WHERE t.brand_id = ? AND i.customer_ref = '"
                    + pseudonym + "'", brand).isEmpty());
        }
    }

    @Test
    void theListIsNewestFirstAndPaged() {
        List<Object> auditIds = new ArrayList<>();
        for (String customer : List.of(CUSTOMER, OTHER_CUSTOMER, "CUST-0044")) {
            auditIds.addFirst(erase(privacy, brand, customer).body().get("auditId"));
        }

        Map<String, Object> first = api.body(privacy, HttpRequest.GET("/api/v1/brands/" + brand + "/erasures?limit=2"));
        Map<String, Object> second = api.body(privacy, HttpRequest.GET("/api/v1/brands/" + brand + "/erasures?limit=2&cursor=" + first.get("nextCursor")));

        assertEquals(auditIds.subList(0, 2), Api.items(first).stream().map(i -> i.get("id")).toList());
        assertNotNull(first.get("nextCursor"));
        assertEquals(auditIds.subList(2, 3), Api.items(second).stream().map(i -> i.get("id")).toList());
        assertNull(second.get("nextCursor"));
    }

    @Test
    void aBrandOutsideTheScopeAnswers404LikeAnUnknownOne() {
        String otherBrand = Api.newBrand();

        Map<String, Object> problem = api.problem(404, TestCallers.of(Role.PRIVACY, otherBrand),
                HttpRequest.POST("/api/v1/brands/" + brand + "/erasure", Map.of("customerRef", CUSTOMER)));
        Map<String, Object> listProblem = api.problem(404, TestCallers.of(Role.PRIVACY, otherBrand),
                HttpRequest.GET("/api/v1/brands/" + brand + "/erasures"));

        assertTrue(((String) problem.get("detail")).contains(brand), problem::toString);
        assertEquals(problem.get("detail"), listProblem.get("detail"));
        assertEquals(3, erase(privacy, brand, CUSTOMER).body().get("interactionsAffected"), "nothing was erased by the refused call");
    }

    @Test
    void onlyPrivacyAndAdminMayErase() {
        for (Role role : List.of(Role.OPERATIONS, Role.MARKETING, Role.VIEWER, Role.INTEGRATOR)) {
            api.problem(403, TestCallers.of(role, brand), HttpRequest.POST("/api/v1/brands/" + brand + "/erasure", Map.of("customerRef", CUSTOMER)));
            api.problem(403, TestCallers.of(role, brand), HttpRequest.GET("/api/v1/brands/" + brand + "/erasures"));
        }
    }

    @Test
    void aMissingOrOverlongCustomerRefNamesTheField() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("customerRef", " "), Map.of("customerRef", "x".repeat(129)))) {
            Map<String, Object> problem = api.problem(400, privacy, HttpRequest.POST("/api/v1/brands/" + brand + "/erasure", body));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
            assertEquals("/customerRef", errors.getFirst().get("pointer"), problem::toString);
        }
        Map<String, Object> badCursor = api.problem(400, privacy, HttpRequest.GET("/api/v1/brands/" + brand + "/erasures?cursor=bm9wZQ"));
        assertTrue(badCursor.toString().contains("/cursor"), badCursor::toString);
    }
}
