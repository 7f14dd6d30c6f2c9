package io.brandbridge.touchpoint;

import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every JSON body of touchpoint-service is read strictly: enumerations list their values, types are not coerced. */
@MicronautTest
class StrictBodiesTest {

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
    void anUnknownTargetKindOrOperatorListsTheAllowedValues() {
        List<Map<String, Object>> errors = errors("/api/v1/touchpoints/" + touchpoint + "/targets",
                "{\"metric\":\"handle_seconds\",\"op\":\"le\",\"threshold\":180,\"kind\":\"BONUS\",\"rationale\":\"x\"}");
        assertEquals(List.of(error("/kind", "must be one of COST, SERVICE"), error("/op", "must be one of LT, LE, GT, GE, EQ")), errors);
    }

    @Test
    void aTouchpointOfAnUnknownTypeOrWithAControlCharacterInItsNameIsRefused() {
        List<Map<String, Object>> errors = errors("/api/v1/touchpoints?brandId=" + brand,
                "{\"type\":\"FAX\",\"name\":\"Leeds\\u0000\",\"owner\":\"Ops\",\"region\":7}");
        assertEquals(List.of(error("/name", "must not contain control characters"),
                error("/region", "must be a string"),
                error("/type", "must be one of CALL_CENTRE, DELIVERY, RETAIL_STORE, PACKAGING, ONLINE_SELF_SERVICE, EMAIL, CHAT, SOCIAL")), errors);
    }

    @Test
    void aRationaleMayHoldLineBreaks() {
        Map<String, Object> created = api.body(Api.operations(brand), HttpRequest.POST("/api/v1/touchpoints/" + touchpoint + "/targets",
                "{\"metric\":\"handle_seconds\",\"op\":\"LE\",\"threshold\":180,\"kind\":\"COST\",\"rationale\":\"Contract, clause 4:\\n\\tAHT\"}")
                .contentType(MediaType.APPLICATION_JSON));
        assertEquals("Contract, clause 4:\n\tAHT", created.get("rationale"));
    }

    @Test
    void statsQueriesTakeNumbersInstantsAndTextsOnlyAsSuch() {
        List<Map<String, Object>> errors = errors("/api/v1/stats/attainment",
                "{\"touchpointIds\":[\"" + touchpoint + "\",42],\"metric\":\"wait_seconds\",\"op\":\"LE\",\"threshold\":\"60\","
                        + "\"from\":\"yesterday\",\"to\":1700000000}");
        assertEquals(List.of(error("/from", "must be a date-time with an offset, e.g. 2026-11-01T09:30:00Z"),
                error("/threshold", "must be a number"),
                error("/to", "must be a date-time with an offset, e.g. 2026-11-01T09:30:00Z"),
                error("/touchpointIds/1", "must be a string")), errors);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> errors(String path, String body) {
        Map<String, Object> problem = api.problem(400, Api.operations(brand), HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON));
        return ((List<Map<String, Object>>) problem.get("errors")).stream()
                .sorted(Comparator.comparing(e -> (String) e.get("pointer"))).toList();
    }

    private static Map<String, Object> error(String pointer, String message) {
        return Map.of("pointer", pointer, "message", message);
    }
}
