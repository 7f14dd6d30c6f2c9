package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journey read endpoints, the handoff matrix's validation and the refusal of pushed derived metrics, over HTTP. */
@MicronautTest
class JourneyControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    String brand;
    Caller viewer;
    Caller pusher;
    String phone;
    String chat;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        viewer = Api.operations(brand);
        pusher = Api.integrator(brand);
        phone = api.createTouchpoint(brand);
        chat = api.createTouchpoint(brand);
        // Pushed out of order: the chat contact arrives first, the call that preceded it second.
        api.push(chat, "application/x-ndjson", record("chat-1", "2026-03-01T10:05:00Z", "jrn-7f3a", "cust-93b1") + "\n"
                + record("chat-2", "2026-03-20T08:00:00Z", null, "cust-93b1") + "\n", pusher);
        api.push(phone, "application/x-ndjson", record("call-1", "2026-03-01T09:30:00Z", "jrn-7f3a", "cust-93b1") + "\n"
                + record("call-2", "2026-03-01T09:00:00Z", null, "cust-93b1") + "\n", pusher);
    }

    private static String record(String externalId, String at, String journeyId, String customer) {
        return "{\"externalId\":\"" + externalId + "\",\"occurredAt\":\"" + at + "\""
                + (journeyId == null ? "" : ",\"journeyId\":\"" + journeyId + "\"")
                + (customer == null ? "" : ",\"customerRef\":\"" + customer + "\"") + ",\"metrics\":{\"wait_seconds\":30}}";
    }

    @Test
    void aJourneyAnswersItsContactsInOrderWithTheirDerivedValues() {
        HttpResponse<Map<String, Object>> response = api.exchange(viewer, HttpRequest.GET("/api/v1/touchpoints/" + chat + "/journeys/jrn-7f3a"));
        assertEquals(200, response.getStatus().getCode());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        assertEquals(Map.of("brandId", brand, "journeyId", "jrn-7f3a", "contacts", List.of(
                        Map.of("touchpointId", phone, "externalId", "call-1", "occurredAt", "2026-03-01T09:30:00Z", "handedOff", true, "followedUp", true),
                        Map.of("touchpointId", chat, "externalId", "chat-1", "occurredAt", "2026-03-01T10:05:00Z", "handedOff", false, "followedUp", false)),
                "contactCount", 2, "handoffs", 1, "touchpoints", 2, "hours", 35 / 60.0), response.body());
    }

    @Test
    void unknownJourneyAndAnotherBrandsTouchpointAnswer404Problems() {
        Map<String, Object> unknown = api.problem(404, viewer, HttpRequest.GET("/api/v1/touchpoints/" + chat + "/journeys/jrn-none"));
        assertTrue(((String) unknown.get("detail")).contains("jrn-none"));
        api.problem(404, Api.operations(Api.newBrand()), HttpRequest.GET("/api/v1/touchpoints/" + chat + "/journeys/jrn-7f3a"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void lookupAnswersEveryJourneyOfTheCustomerInOrderOfFirstContactWithoutEchoingIt() {
        HttpResponse<Map<String, Object>> response = api.exchange(viewer, HttpRequest.POST("/api/v1/touchpoints/" + phone + "/journeys/lookup",
                Map.of("customerRef", "cust-93b1")));
        assertEquals(200, response.getStatus().getCode());
        List<Map<String, Object>> journeys = (List<Map<String, Object>>) response.body().get("journeys");
        // call-2 (no journeyId) starts a customer journey at 09:00; jrn-7f3a starts at 09:30; chat-2 is 19 days later: a new customer journey.
        assertEquals(3, journeys.size());
        assertEquals(null, journeys.get(0).get("journeyId"));
        assertEquals(List.of("call-2"), journeys.get(0).get("contacts") instanceof List<?> c ? c.stream().map(x -> ((Map<String, Object>) x).get("externalId")).toList() : null);
        assertEquals("jrn-7f3a", journeys.get(1).get("journeyId"));
        assertEquals(null, journeys.get(2).get("journeyId"));
        assertFalse(response.body().toString().contains("cust-93b1"));
        Map<String, Object> none = api.body(viewer, HttpRequest.POST("/api/v1/touchpoints/" + phone + "/journeys/lookup", Map.of("customerRef", "cust-none")));
        assertEquals(Map.of("journeys", List.of()), none);
    }

    @Test
    void lookupWithoutACustomerRefAnswers400NamingIt() {
        Map<String, Object> problem = api.problem(400, viewer, HttpRequest.POST("/api/v1/touchpoints/" + phone + "/journeys/lookup", Map.of("customerRef", "")));
        assertTrue(problem.toString().contains("customerRef"), problem::toString);
    }

    @Test
    void handoffMatrixCountsTheHandoffAndValidatesItsQuestion() {
        Map<String, Object> matrix = JourneyHttp.handoffs(api, viewer, List.of(phone, chat), Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"));
        assertEquals(Map.of("journeys", 3, "oneContactJourneys", 2, "oneContactFollowedUp", 1, "handoffs", List.of(Map.of(
                "fromTouchpointId", phone, "toTouchpointId", chat, "count", 1, "followedUp", 0, "medianGapMinutes", 35.0))), matrix);
        api.problem(404, viewer, HttpRequest.POST("/api/v1/stats/handoffs", Map.of("touchpointIds", List.of(phone, "tp_00000000000000000000"),
                "from", "2026-03-01T00:00:00Z", "to", "2026-04-01T00:00:00Z")));
        api.problem(404, Api.operations(Api.newBrand()), HttpRequest.POST("/api/v1/stats/handoffs", Map.of("touchpointIds", List.of(phone),
                "from", "2026-03-01T00:00:00Z", "to", "2026-04-01T00:00:00Z")));
        Map<String, Object> backwards = api.problem(422, viewer, HttpRequest.POST("/api/v1/stats/handoffs", Map.of("touchpointIds", List.of(phone),
                "from", "2026-04-01T00:00:00Z", "to", "2026-03-01T00:00:00Z")));
        assertTrue(backwards.toString().contains("/to"), backwards::toString);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pushedDerivedMetricsAreRowErrorsAndTheRestIsStored() {
        Map<String, Object> report = api.push(phone, "application/x-ndjson",
                "{\"externalId\":\"r1\",\"occurredAt\":\"2026-03-02T09:00:00Z\",\"customerRef\":\"c1\",\"metrics\":{\"repeat_contact_7d\":1}}\n"
                        + "{\"externalId\":\"r2\",\"occurredAt\":\"2026-03-02T09:00:00Z\",\"metrics\":{\"repeat_contact_7d\":1}}\n"
                        + "{\"externalId\":\"r3\",\"occurredAt\":\"2026-03-02T09:00:00Z\",\"journeyId\":\"j\",\"metrics\":{\"journey_hours\":2}}\n"
                        + "{\"externalId\":\"r4\",\"occurredAt\":\"2026-03-02T09:00:00Z\",\"metrics\":{\"handed_off\":true}}\n", pusher);
        assertEquals(4, report.get("received"));
        assertEquals(1, report.get("accepted"));
        assertEquals(3, report.get("rejected"));
        List<Map<String, Object>> errors = (List<Map<String, Object>>) report.get("errors");
        assertEquals(List.of("metrics.repeat_contact_7d", "metrics.journey_hours", "metrics.handed_off"), errors.stream().map(e -> e.get("field")).toList());
        assertTrue(((String) errors.get(0).get("message")).contains("customerRef"));
    }
}
