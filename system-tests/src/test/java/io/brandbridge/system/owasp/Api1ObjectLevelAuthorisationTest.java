package io.brandbridge.system.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import io.brandbridge.system.owasp.SecurityFixture.BrandObjects;
import io.brandbridge.system.owasp.SecurityFixture.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API1, broken object-level authorisation: a client scoped to brand A reaches none of brand B's
 * objects, by any operation on any resource. Every attempt on one object answers 404 (not 403, which
 * would confirm the object exists), stats over a list count B's touchpoints as if they did not exist,
 * lists never show B, and B is unchanged afterwards.
 */
@OwaspSuite
class Api1ObjectLevelAuthorisationTest {

    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    /** Every operation that names one of brand B's objects, with the role of A that may do it to A's own. */
    private static List<Attempt> attemptsOnBrandB() {
        BrandObjects b = fixture.b;
        Map<String, Object> promise = Map.of("title", "Taken over", "statement", "x", "touchpointTypes", List.of("CALL_CENTRE"), "priority", 1,
                "commitments", List.of(Map.of("key", "k", "metric", "wait_seconds", "op", "LE", "threshold", 1, "objective", 0.5,
                        "window", Map.of("type", "ROLLING_DAYS", "days", 7), "weight", 1, "minSample", 1)));
        Map<String, Object> target = Map.of("metric", "handle_seconds", "op", "LE", "threshold", 1, "kind", "COST", "rationale", "x");
        Map<String, Object> touchpoint = Map.of("type", "CALL_CENTRE", "name", "Taken over", "owner", "x", "region", "x", "timeZone", "UTC");
        List<Attempt> attempts = new ArrayList<>(List.of(
                read(Role.VIEWER, "/api/v1/brands/" + b.brandId()),
                write(Role.MARKETING, "PUT", "/api/v1/brands/" + b.brandId(), Map.of("name", "Taken over", "slug", "taken-over", "timeZone", "UTC")),
                write(Role.MARKETING, "DELETE", "/api/v1/brands/" + b.brandId(), null),
                read(Role.VIEWER, "/api/v1/brands/" + b.brandId() + "/promises"),
                read(Role.VIEWER, "/api/v1/brands/" + b.brandId() + "/promises/in-force"),
                write(Role.MARKETING, "POST", "/api/v1/brands/" + b.brandId() + "/promises", promise),
                read(Role.VIEWER, "/api/v1/promises/" + b.promiseId()),
                read(Role.VIEWER, "/api/v1/promises/" + b.promiseId() + "/versions"),
                read(Role.VIEWER, "/api/v1/promises/" + b.promiseId() + "/versions/1"),
                write(Role.MARKETING, "PUT", "/api/v1/promises/" + b.promiseId(), promise),
                write(Role.MARKETING, "POST", "/api/v1/promises/" + b.promiseId() + "/activate", Map.of()),
                write(Role.MARKETING, "POST", "/api/v1/promises/" + b.promiseId() + "/retire", Map.of()),
                write(Role.MARKETING, "POST", "/api/v1/brands/" + b.brandId() + "/metrics",
                        Map.of("key", "stolen_metric", "unit", "s", "kind", "NUMBER")),
                read(Role.VIEWER, "/api/v1/touchpoints?brandId=" + b.brandId()),
                write(Role.OPERATIONS, "POST", "/api/v1/touchpoints?brandId=" + b.brandId(), touchpoint),
                read(Role.VIEWER, "/api/v1/touchpoints/" + b.touchpointId()),
                write(Role.OPERATIONS, "PUT", "/api/v1/touchpoints/" + b.touchpointId(), touchpoint),
                write(Role.OPERATIONS, "DELETE", "/api/v1/touchpoints/" + b.touchpointId(), null),
                read(Role.VIEWER, "/api/v1/touchpoints/" + b.touchpointId() + "/targets"),
                write(Role.OPERATIONS, "POST", "/api/v1/touchpoints/" + b.touchpointId() + "/targets", target),
                read(Role.VIEWER, "/api/v1/touchpoints/" + b.touchpointId() + "/targets/" + b.targetId()),
                write(Role.OPERATIONS, "PUT", "/api/v1/touchpoints/" + b.touchpointId() + "/targets/" + b.targetId(), target),
                write(Role.OPERATIONS, "DELETE", "/api/v1/touchpoints/" + b.touchpointId() + "/targets/" + b.targetId(), null),
                read(Role.VIEWER, "/api/v1/touchpoints/" + b.touchpointId() + "/interactions"),
                new Attempt(Role.INTEGRATOR, "POST", "/api/v1/touchpoints/" + b.touchpointId() + "/interactions", "application/x-ndjson",
                        "{\"externalId\":\"planted\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"metrics\":{\"wait_seconds\":1}}\n")));
        // A journey and a customer lookup are reached through a touchpoint, so another brand's touchpoint hides them like any object.
        attempts.add(read(Role.VIEWER, "/api/v1/touchpoints/" + b.touchpointId() + "/journeys/jrn-1"));
        attempts.add(write(Role.VIEWER, "POST", "/api/v1/touchpoints/" + b.touchpointId() + "/journeys/lookup", Map.of("customerRef", "cust-1")));
        attempts.add(read(Role.PRIVACY, "/api/v1/brands/" + b.brandId() + "/data-policy"));
        attempts.add(write(Role.PRIVACY, "PUT", "/api/v1/brands/" + b.brandId() + "/data-policy", Map.of("repeatWindowDays", 1, "piiGuard", false)));
        attempts.add(write(Role.PRIVACY, "POST", "/api/v1/brands/" + b.brandId() + "/erasure", Map.of("customerRef", "cust-1")));
        attempts.add(read(Role.PRIVACY, "/api/v1/brands/" + b.brandId() + "/erasures"));
        attempts.add(write(Role.PRIVACY, "POST", "/api/v1/brands/" + b.brandId() + "/pseudonym-key/rotate", Map.of()));
        for (String view : List.of("", "/promises/" + b.promiseId(), "/gaps", "/conflicts", "/history", "/handoffs")) {
            attempts.add(read(Role.PARTNER, "/api/v1/alignment/brands/" + b.brandId() + view));
        }
        attempts.add(write(Role.MARKETING, "POST", "/api/v1/alignment/brands/" + b.brandId() + "/recompute", Map.of()));
        attempts.add(read(Role.PARTNER, "/api/v1/alignment/brands/" + b.brandId() + "/webhooks"));
        attempts.add(write(Role.PARTNER, "POST", "/api/v1/alignment/brands/" + b.brandId() + "/webhooks",
                Map.of("url", "https://hooks.example.com/brandbridge", "events", List.of("gap.opened"))));
        return attempts;
    }

    @Test
    void everyOperationOnAnotherBrandsObjectAnswers404() {
        List<Attempt> attempts = attemptsOnBrandB();
        for (Attempt attempt : attempts) {
            Answer answer = fixture.asA(attempt.role()).send(attempt.method(), attempt.path(), attempt.contentType(), attempt.body());
            answer.expect(404);
        }
        assertTrue(attempts.size() >= 30, "attempts: " + attempts.size());
    }

    /** Stats take a list of touchpoints: one outside the scope counts nothing, exactly like an id that does not exist. */
    @Test
    void statsOverAnotherBrandsTouchpointCountNothingLikeAnUnknownOne() {
        String range = "\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2027-01-01T00:00:00Z\"";
        for (String id : List.of(fixture.b.touchpointId(), "tp_doesnotexist00000000")) {
            JsonNode attainment = fixture.asA(Role.VIEWER).send("POST", "/api/v1/stats/attainment", "application/json",
                    "{\"touchpointIds\":[\"" + id + "\"],\"metric\":\"wait_seconds\",\"op\":\"LE\",\"threshold\":60," + range + "}").expect(200).json();
            assertEquals(0, attainment.path("valid").asLong(), attainment.toString());
            assertEquals(0, attainment.path("byTouchpoint").size(), attainment.toString());
            JsonNode contingency = fixture.asA(Role.VIEWER).send("POST", "/api/v1/stats/contingency", "application/json",
                    "{\"touchpointIds\":[\"" + id + "\"],\"a\":{\"metric\":\"handle_seconds\",\"op\":\"LE\",\"threshold\":180},"
                            + "\"b\":{\"metric\":\"wait_seconds\",\"op\":\"LE\",\"threshold\":60}," + range + "}").expect(200).json();
            assertFalse(contingency.toString().contains(fixture.b.touchpointId()), contingency.toString());
        }
    }

    @Test
    void theSameOperationsOnTheClientsOwnBrandAreAllowed() {
        BrandObjects a = fixture.a;
        for (String path : List.of("/api/v1/brands/" + a.brandId(), "/api/v1/promises/" + a.promiseId(), "/api/v1/touchpoints/" + a.touchpointId(),
                "/api/v1/touchpoints/" + a.touchpointId() + "/targets/" + a.targetId())) {
            fixture.asA(Role.VIEWER).get(path).expect(200);
        }
        fixture.asA(Role.PARTNER).get("/api/v1/alignment/brands/" + a.brandId()).expect(200);
    }

    @Test
    void listsShowOnlyTheClientsOwnBrand() {
        assertEquals(List.of(fixture.a.brandId()), ids(fixture.asA(Role.VIEWER).get("/api/v1/brands").expect(200).json()));
        for (JsonNode touchpoint : fixture.asA(Role.VIEWER).get("/api/v1/touchpoints").expect(200).json().path("items")) {
            assertEquals(fixture.a.brandId(), touchpoint.path("brandId").asText());
        }
    }

    @Test
    void brandBIsUnchangedByTheAttempts() {
        everyOperationOnAnotherBrandsObjectAnswers404();
        BrandObjects b = fixture.b;
        JsonNode promise = fixture.admin.get("/api/v1/promises/" + b.promiseId()).expect(200).json();
        assertEquals("ACTIVE", promise.path("status").asText());
        assertEquals(1, promise.path("version").asInt());
        assertEquals("Brand B", fixture.admin.get("/api/v1/brands/" + b.brandId()).expect(200).json().path("name").asText());
        assertEquals(1, fixture.admin.get("/api/v1/touchpoints/" + b.touchpointId() + "/targets").expect(200).json().path("items").size());
        JsonNode interactions = fixture.admin.get("/api/v1/touchpoints/" + b.touchpointId() + "/interactions?limit=100").expect(200).json();
        for (JsonNode interaction : interactions.path("items")) {
            assertTrue(interaction.path("externalId").asText().startsWith("call-b-"), interaction.toString());
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static Attempt read(Role role, String path) {
        return new Attempt(role, "GET", path, null, null);
    }

    private static Attempt write(Role role, String method, String path, Object body) {
        return new Attempt(role, method, path, body == null ? null : "application/json", body == null ? null : Caller.json(body));
    }

    private record Attempt(Role role, String method, String path, String contentType, String body) {
    }
}
