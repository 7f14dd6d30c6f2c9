package io.brandbridge.touchpoint.ingest;

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

import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Interactions.storedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Attribute values that look like personal data are refused per row, unless the brand turned its guard off. */
@MicronautTest(transactional = false)
class PersonalDataRefusalTest {

    private static final String BODY = """
            {"externalId":"ok-1","occurredAt":"2026-03-01T09:00:00Z","metrics":{"wait_seconds":4},"attributes":{"queue":"billing","order":"2024-000123"}}
            {"externalId":"mail","occurredAt":"2026-03-01T09:01:00Z","metrics":{"wait_seconds":4},"attributes":{"contact":"jane.doe@example.com"}}
            {"externalId":"phone","occurredAt":"2026-03-01T09:02:00Z","metrics":{"wait_seconds":4},"attributes":{"queue":"billing","callback":"+44 20 7946 0958"}}
            {"externalId":"card","occurredAt":"2026-03-01T09:03:00Z","metrics":{"wait_seconds":4},"attributes":{"note":"4111 1111 1111 1111","other":"020 7946 0958"}}
            {"externalId":"ok-2","occurredAt":"2026-03-01T09:04:00Z","metrics":{"wait_seconds":4},"attributes":{"opened":"2026-03-01","at":"09:04:00"}}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    String brand;
    String touchpoint;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        touchpoint = api.createTouchpoint(brand);
    }

    @Test
    void eachOffendingAttributeIsNamedWithoutItsValueAndTheOtherRowsAreStored() {
        HttpResponse<Map<String, Object>> answer = api.exchange(Api.integrator(brand),
                HttpRequest.POST("/api/v1/touchpoints/" + touchpoint + "/interactions", BODY).contentType("application/x-ndjson"));

        assertEquals(200, answer.code());
        Map<String, Object> report = answer.body();
        assertEquals(5, report.get("received"));
        assertEquals(2, report.get("accepted"));
        assertEquals(3, report.get("rejected"));
        assertEquals(List.of(
                Map.of("index", 1, "externalId", "mail", "field", "attributes.contact",
                        "message", "looks like an e-mail address; personal data is not accepted in attributes"),
                Map.of("index", 2, "externalId", "phone", "field", "attributes.callback",
                        "message", "looks like a phone number; personal data is not accepted in attributes"),
                Map.of("index", 3, "externalId", "card", "field", "attributes.note",
                        "message", "looks like a card number; personal data is not accepted in attributes"),
                Map.of("index", 3, "externalId", "card", "field", "attributes.other",
                        "message", "looks like a phone number; personal data is not accepted in attributes")), report.get("errors"));
        String text = report.toString();
        for (String value : List.of("jane.doe", "7946", "4111")) {
            assertFalse(text.contains(value), text);
        }
        assertEquals(List.of("ok-1", "ok-2"), storedIds(api, touchpoint, brand));
    }

    @Test
    void aBrandWithTheGuardOffStoresThemAsGiven() {
        api.body(TestCallers.of(Role.PRIVACY, brand), HttpRequest.PUT("/api/v1/brands/" + brand + "/data-policy",
                Map.of("repeatWindowDays", 7, "piiGuard", false)));

        Map<String, Object> report = api.push(touchpoint, "application/x-ndjson", BODY, Api.integrator(brand));

        assertEquals(5, report.get("accepted"), report::toString);
        assertEquals(List.of(), report.get("errors"));
    }

    @Test
    void csvAttributeCellsAreScreenedToo() {
        String csv = "externalId,occurredAt,m.wait_seconds,a.callback\nc1,2026-03-01T09:00:00Z,3,555-123-4567\nc2,2026-03-01T09:01:00Z,3,queue-7\n";

        Map<String, Object> report = api.push(touchpoint, "text/csv", csv, Api.integrator(brand));

        assertEquals(1, report.get("accepted"), report::toString);
        assertEquals(List.of(Map.of("index", 0, "externalId", "c1", "field", "attributes.callback",
                "message", "looks like a phone number; personal data is not accepted in attributes")), report.get("errors"));
    }
}
