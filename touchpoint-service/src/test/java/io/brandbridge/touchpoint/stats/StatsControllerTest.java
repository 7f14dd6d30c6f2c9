package io.brandbridge.touchpoint.stats;

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

import static io.brandbridge.touchpoint.support.Interactions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class StatsControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    String brand;
    String leeds;
    String york;
    String empty;
    String foreign;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        leeds = api.createTouchpoint(brand);
        york = api.createTouchpoint(brand);
        empty = api.createTouchpoint(brand);
        String otherBrand = Api.newBrand();
        foreign = api.createTouchpoint(otherBrand);
        String calls = "["
                + json("l1", "2026-05-01T08:10:00Z", "{\"handle_seconds\":120,\"resolved_first_contact\":true}") + ","
                + json("l2", "2026-05-01T08:50:00Z", "{\"handle_seconds\":200,\"resolved_first_contact\":true}") + ","
                + json("l3", "2026-05-01T10:00:00Z", "{\"handle_seconds\":150,\"resolved_first_contact\":false}") + ","
                + json("l4", "2026-05-02T09:00:00Z", "{\"handle_seconds\":400}") + "]";
        api.push(leeds, "application/json", calls, Api.integrator(brand));
        api.push(york, "application/json", "[" + json("y1", "2026-05-01T09:30:00Z", "{\"handle_seconds\":90,\"resolved_first_contact\":false}") + "]",
                Api.integrator(brand));
        api.push(foreign, "application/json", calls, Api.integrator(otherBrand));
    }

    private Map<String, Object> attainment(Object bucket, String... touchpoints) {
        Map<String, Object> request = new HashMap<>(Map.of("touchpointIds", List.of(touchpoints), "metric", "handle_seconds", "op", "LE",
                "threshold", 180, "from", "2026-05-01T08:00:00Z", "to", "2026-05-01T11:00:00Z"));
        if (bucket != null) {
            request.put("bucket", bucket);
        }
        return request;
    }

    @Test
    void attainmentCountsPerTouchpointWithZerosAndIgnoresOtherBrands() {
        HttpResponse<Map<String, Object>> response = api.exchange(Api.operations(brand),
                HttpRequest.POST("/api/v1/stats/attainment", attainment(null, leeds, empty, foreign, york, "tp_unknown")));
        assertEquals(200, response.code());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        assertEquals(Map.of("valid", 4, "good", 3,
                "byTouchpoint", List.of(
                        Map.of("touchpointId", leeds, "valid", 3, "good", 2),
                        Map.of("touchpointId", empty, "valid", 0, "good", 0),
                        Map.of("touchpointId", york, "valid", 1, "good", 1)),
                "buckets", List.of()), response.body());
    }

    @Test
    void aServiceCallerSeesEveryBrand() {
        Map<String, Object> body = api.body(Caller.service("alignment-service"), HttpRequest.POST("/api/v1/stats/attainment", attainment(null, leeds, foreign)));
        assertEquals(6, body.get("valid"));
        assertEquals(4, body.get("good"));
    }

    @Test
    void hourBucketsCoverTheRangeWithZeros() {
        Map<String, Object> body = api.body(Api.operations(brand), HttpRequest.POST("/api/v1/stats/attainment", attainment("HOUR", leeds, york)));
        assertEquals(List.of(
                Map.of("start", "2026-05-01T08:00:00Z", "valid", 2, "good", 1),
                Map.of("start", "2026-05-01T09:00:00Z", "valid", 1, "good", 1),
                Map.of("start", "2026-05-01T10:00:00Z", "valid", 1, "good", 1)), body.get("buckets"));
    }

    @Test
    void dayBucketsStartAtTheUtcMidnightHoldingFrom() {
        Map<String, Object> request = attainment("DAY", leeds);
        request.put("to", "2026-05-03T00:00:00Z");
        Map<String, Object> body = api.body(Api.operations(brand), HttpRequest.POST("/api/v1/stats/attainment", request));
        assertEquals(List.of(
                Map.of("start", "2026-05-01T00:00:00Z", "valid", 3, "good", 2),
                Map.of("start", "2026-05-02T00:00:00Z", "valid", 1, "good", 0)), body.get("buckets"));
    }

    @Test
    void contingencyCountsTheTwoByTwoTableOverInteractionsWithBothMetrics() {
        Map<String, Object> request = Map.of("touchpointIds", List.of(leeds, york, foreign),
                "a", Map.of("metric", "handle_seconds", "op", "LE", "threshold", 180),
                "b", Map.of("metric", "resolved_first_contact", "op", "EQ", "threshold", 1),
                "from", "2026-05-01T00:00:00Z", "to", "2026-05-03T00:00:00Z");
        HttpResponse<Map<String, Object>> response = api.exchange(Api.operations(brand), HttpRequest.POST("/api/v1/stats/contingency", request));
        assertEquals(200, response.code());
        assertEquals(Map.of("bothMet", 1, "aOnly", 2, "bOnly", 1, "neither", 0), response.body());
    }

    @Test
    void aCallerWithoutTheBrandCountsNothing() {
        Caller stranger = TestCallers.of(Role.VIEWER, Api.newBrand());
        Map<String, Object> body = api.body(stranger, HttpRequest.POST("/api/v1/stats/attainment", attainment(null, leeds, york)));
        assertEquals(Map.of("valid", 0, "good", 0, "byTouchpoint", List.of(), "buckets", List.of()), body);
    }

    @Test
    void theRangeMustRunForwardsAndSpanAtMost400Days() {
        Caller ops = Api.operations(brand);
        Map<String, Object> backwards = attainment(null, leeds);
        backwards.put("to", "2026-05-01T08:00:00Z");
        Map<String, Object> problem = api.problem(422, ops, HttpRequest.POST("/api/v1/stats/attainment", backwards));
        assertEquals(List.of(Map.of("pointer", "/to", "message", "must be after from")), problem.get("errors"));
        Map<String, Object> tooLong = attainment(null, leeds);
        tooLong.put("to", "2027-06-05T08:00:00.001Z");
        problem = api.problem(422, ops, HttpRequest.POST("/api/v1/stats/attainment", tooLong));
        assertEquals(List.of(Map.of("pointer", "/to", "message", "must be at most 400 days after from")), problem.get("errors"));
        Map<String, Object> exactly400 = attainment("DAY", leeds);
        exactly400.put("to", "2027-06-05T08:00:00Z");
        assertEquals(401, ((List<?>) api.body(ops, HttpRequest.POST("/api/v1/stats/attainment", exactly400)).get("buckets")).size());
        api.problem(422, ops, HttpRequest.POST("/api/v1/stats/contingency", Map.of("touchpointIds", List.of(leeds),
                "a", Map.of("metric", "handle_seconds", "op", "LE", "threshold", 180),
                "b", Map.of("metric", "csat", "op", "GE", "threshold", 4),
                "from", "2026-05-01T00:00:00Z", "to", "2026-05-01T00:00:00Z")));
    }

    @Test
    void missingOrMalformedFieldsAnswer400() {
        Caller ops = Api.operations(brand);
        Map<String, Object> problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/attainment", Map.of("metric", "Bad Key", "op", "LE")));
        String errors = problem.get("errors").toString();
        for (String field : List.of("/touchpointIds", "/metric", "/threshold", "/from", "/to")) {
            assertTrue(errors.contains(field), field + " in " + errors);
        }
        Map<String, Object> badBucket = attainment("WEEK", leeds);
        api.problem(400, ops, HttpRequest.POST("/api/v1/stats/attainment", badBucket));
        problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/contingency", Map.of("touchpointIds", List.of(leeds),
                "a", Map.of("metric", "handle_seconds", "op", "LE"), "from", "2026-05-01T00:00:00Z", "to", "2026-05-02T00:00:00Z")));
        assertTrue(problem.get("errors").toString().contains("/a/threshold"), problem.toString());
        assertTrue(problem.get("errors").toString().contains("/b"), problem.toString());
    }
}
