package io.brandbridge.touchpoint.interactions;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Interactions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest
class InteractionListingTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    String brand;
    Caller viewer;
    String touchpoint;
    String path;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        viewer = Api.operations(brand);
        touchpoint = api.createTouchpoint(brand);
        path = "/api/v1/touchpoints/" + touchpoint + "/interactions";
        // Pushed out of order, with two records at the same instant and one microsecond apart.
        api.push(touchpoint, "application/json", "["
                + json("e", "2026-03-01T12:00:00.000001Z", "{\"wait_seconds\":5}") + ","
                + json("a", "2026-03-01T09:00:00Z", "{\"wait_seconds\":1,\"answered\":true}") + ","
                + json("c", "2026-03-01T12:00:00Z", "{\"wait_seconds\":3}") + ","
                + json("b", "2026-03-01T10:30:00+01:00", "{\"wait_seconds\":2}") + ","
                + json("d", "2026-03-01T12:00:00Z", "{\"wait_seconds\":4}") + "]", Api.integrator(brand));
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = api.body(viewer, HttpRequest.GET(path + query + (cursor == null ? "" : "&cursor=" + cursor)));
            Api.items(page).forEach(i -> ids.add((String) i.get("externalId")));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return ids;
    }

    @Test
    void pagesThroughInteractionsInTimeOrder() {
        assertEquals(List.of("a", "b", "c", "d", "e"), ids("?limit=2"));
        assertEquals(List.of("a", "b", "c", "d", "e"), ids("?limit=1"));
    }

    @Test
    void fromIsInclusiveAndToExclusive() {
        assertEquals(List.of("b", "c", "d"), ids("?from=2026-03-01T09:30:00Z&to=2026-03-01T12:00:00.000001Z&limit=200"));
        assertEquals(List.of("c", "d", "e"), ids("?from=2026-03-01T12:00:00Z&limit=200"));
        assertEquals(List.of("a"), ids("?to=2026-03-01T09:30:00Z&limit=200"));
    }

    @Test
    void anInteractionReadsBackAsItWasPushed() {
        HttpResponse<Map<String, Object>> response = api.exchange(viewer, HttpRequest.GET(path + "?limit=1"));
        assertEquals(200, response.code());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        Map<String, Object> first = Api.items(response.body()).getFirst();
        assertEquals(touchpoint, first.get("touchpointId"));
        assertEquals("a", first.get("externalId"));
        assertEquals("2026-03-01T09:00:00Z", first.get("occurredAt"));
        assertEquals(Map.of("wait_seconds", 1, "answered", true), first.get("metrics"));
        assertEquals(Map.of(), first.get("attributes"));
        assertNull(first.get("journeyId"));
        assertNotNull(first.get("receivedAt"));
        assertNotNull(response.body().get("nextCursor"));
    }

    @Test
    void anotherBrandsTouchpointAnswers404() {
        api.problem(404, Api.operations(Api.newBrand()), HttpRequest.GET(path));
    }

    @Test
    void badRangeLimitOrCursorIsAProblem() {
        Map<String, Object> problem = api.problem(422, viewer, HttpRequest.GET(path + "?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z"));
        assertEquals("/to", ((List<Map<String, Object>>) problem.get("errors")).getFirst().get("pointer"));
        api.problem(400, viewer, HttpRequest.GET(path + "?from=yesterday"));
        api.problem(400, viewer, HttpRequest.GET(path + "?limit=500"));
        api.problem(400, viewer, HttpRequest.GET(path + "?cursor=bm9wZQ"));
    }
}
