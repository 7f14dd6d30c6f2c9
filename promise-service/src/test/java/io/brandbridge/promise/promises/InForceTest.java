package io.brandbridge.promise.promises;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.promise.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The versions in force at an instant: effectiveFrom <= at < effectiveTo, ACTIVE or RETIRED. */
@MicronautTest
@Property(name = "test.mutable-clock", value = "true")
class InForceTest {

    private static final Instant CREATED = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant ACTIVATED = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant RETIRED = Instant.parse("2026-04-01T00:00:00Z");

    @Inject
    Api api;

    @Inject
    MutableClock clock;

    @Test
    void eachInstantSeesTheVersionInForceThen() {
        String brandId = api.createBrand();
        String id = promiseThroughItsWholeLife(brandId);

        assertEquals(List.of(), inForce(brandId, "2026-01-31T23:59:59Z"));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2026-02-01T00:00:00Z"));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2026-02-28T23:59:59.999999Z"));
        assertEquals(List.of(id + "@2"), inForce(brandId, "2026-03-01T00:00:00Z"));
        assertEquals(List.of(id + "@2"), inForce(brandId, "2026-03-31T23:59:59Z"));
        assertEquals(List.of(), inForce(brandId, "2026-04-01T00:00:00Z"));
        assertEquals(List.of(), inForce(brandId, "2027-01-01T00:00:00Z"));
    }

    @Test
    void theAnswerCarriesTheBrandTheInstantAndWholeVersions() {
        String brandId = api.createBrand();
        String id = promiseThroughItsWholeLife(brandId);

        HttpResponse<Map<String, Object>> response = api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises/in-force?at=2026-02-15T00:00:00Z"));

        assertEquals(200, response.code());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        assertEquals(brandId, response.body().get("brandId"));
        assertEquals("2026-02-15T00:00:00Z", response.body().get("at"));
        assertEquals(List.of(api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions/1")).body()),
                response.body().get("items"));
        assertEquals("ACTIVE", Api.<Object>at(response.body(), "/items/0/status"));
        assertEquals("2026-03-01T00:00:00Z", Api.<Object>at(response.body(), "/items/0/effectiveTo"));
        assertEquals(2, ((List<?>) Api.at(response.body(), "/items/0/commitments")).size());
    }

    @Test
    void aRetiredVersionIsInForceForInstantsBeforeItsRetirement() {
        String brandId = api.createBrand();
        String id = promiseThroughItsWholeLife(brandId);

        Map<String, Object> answer = api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises/in-force?at=2026-03-15T00:00:00Z")).body();

        assertEquals("RETIRED", Api.<Object>at(answer, "/items/0/status"));
        assertEquals(id, Api.<Object>at(answer, "/items/0/id"));
    }

    @Test
    void draftsAreNeverInForce() {
        String brandId = api.createBrand();
        clock.set(CREATED);
        api.createPromise(brandId);
        String retiredDraft = api.createPromise(brandId);
        api.call(HttpRequest.POST("/api/v1/promises/" + retiredDraft + "/retire", ""));
        clock.set(RETIRED);

        assertEquals(List.of(), inForce(brandId, "2026-01-10T00:00:00Z"));
        assertEquals(List.of(), inForce(brandId, "2026-06-01T00:00:00Z"));
    }

    @Test
    void withoutAtTheAnswerIsForNow() {
        String brandId = api.createBrand();
        String id = promiseThroughItsWholeLife(brandId);

        clock.set(Instant.parse("2026-02-20T08:00:00Z"));
        Map<String, Object> answer = api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises/in-force")).body();

        assertEquals("2026-02-20T08:00:00Z", answer.get("at"));
        assertEquals(List.of(id + "@1"), labels(answer));
    }

    @Test
    void severalPromisesAreListedInCreationOrderAndOtherBrandsAreLeftOut() {
        String brandId = api.createBrand();
        clock.set(CREATED);
        String first = api.createActivePromise(brandId);
        clock.advance(Duration.ofMinutes(1));
        String second = api.createActivePromise(brandId);
        api.createActivePromise(api.createBrand());
        clock.set(EDITED);

        assertEquals(List.of(first + "@1", second + "@1"), inForce(brandId, "2026-01-10T00:01:00Z"));
    }

    @Test
    void anInstantWithAnOffsetMeansTheSameMoment() {
        String brandId = api.createBrand();
        String id = promiseThroughItsWholeLife(brandId);

        assertEquals(List.of(id + "@2"), inForce(brandId, "2026-03-01T01:00:00%2B01:00"));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2026-03-01T00:59:59%2B01:00"));
    }

    @Test
    void anInstantThatIsNotOneAnswers400NamingAt() {
        String brandId = api.createBrand();

        assertEquals(List.of("/at"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands/" + brandId + "/promises/in-force?at=yesterday"))));
        assertEquals(List.of("/at"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands/" + brandId + "/promises/in-force?at=2026-03-01"))));
    }

    @Test
    void aServiceCallerSeesEveryBrand() {
        String brandId = api.createBrand();
        String id = promiseThroughItsWholeLife(brandId);

        Map<String, Object> answer = api.call(Caller.service("alignment-service"),
                HttpRequest.GET("/api/v1/brands/" + brandId + "/promises/in-force?at=2026-03-02T00:00:00Z")).body();

        assertEquals(List.of(id + "@2"), labels(answer));
    }

    /** Created, activated, edited once and retired at the instants above. */
    private String promiseThroughItsWholeLife(String brandId) {
        clock.set(CREATED);
        String id = api.createPromise(brandId);
        clock.set(ACTIVATED);
        api.call(HttpRequest.POST("/api/v1/promises/" + id + "/activate", ""));
        clock.set(EDITED);
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "Second version");
        api.updatePromise(id, api.etagOf(id), body);
        clock.set(RETIRED);
        api.call(HttpRequest.POST("/api/v1/promises/" + id + "/retire", ""));
        return id;
    }

    private List<String> inForce(String brandId, String at) {
        return labels(api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises/in-force?at=" + at)).body());
    }

    private static List<String> labels(Map<String, Object> answer) {
        return PromiseControllerTest.items(answer).stream().map(p -> p.get("id") + "@" + p.get("version")).toList();
    }
}
