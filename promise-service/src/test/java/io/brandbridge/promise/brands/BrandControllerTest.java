package io.brandbridge.promise.brands;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.promise.Api;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class BrandControllerTest {

    @Inject
    Api api;

    @Test
    void createAnswers201WithLocationETagAndTheBrand() {
        String slug = Api.uniqueSlug();
        HttpResponse<Map<String, Object>> created = api.call(HttpRequest.POST("/api/v1/brands", Api.brandBody(slug)));

        assertEquals(201, created.code());
        assertEquals("application/json", created.getContentType().orElseThrow().toString());
        Map<String, Object> brand = created.body();
        String id = (String) brand.get("id");
        assertTrue(id.startsWith("brd_"), id);
        assertEquals("/api/v1/brands/" + id, created.header(HttpHeaders.LOCATION));
        assertNotNull(created.header(HttpHeaders.ETAG));
        assertEquals(Map.of("id", id, "name", "Brand " + slug, "slug", slug, "timeZone", "Europe/London",
                "createdAt", brand.get("createdAt")), brand);
        Instant.parse((String) brand.get("createdAt"));
    }

    @Test
    void createWithoutTimeZoneDefaultsToUtc() {
        Map<String, Object> body = Api.brandBody(Api.uniqueSlug());
        body.remove("timeZone");

        assertEquals("UTC", api.call(HttpRequest.POST("/api/v1/brands", body)).body().get("timeZone"));
    }

    @Test
    void fieldsClientsMayNotSetAreIgnored() {
        Map<String, Object> body = Api.brandBody(Api.uniqueSlug());
        body.put("id", Api.UNKNOWN_BRAND);
        body.put("createdAt", "2001-01-01T00:00:00Z");
        body.put("colour", "red");

        Map<String, Object> brand = api.call(HttpRequest.POST("/api/v1/brands", body)).body();

        assertNotEquals(Api.UNKNOWN_BRAND, brand.get("id"));
        assertNotEquals("2001-01-01T00:00:00Z", brand.get("createdAt"));
        assertEquals(List.of("createdAt", "id", "name", "slug", "timeZone"), brand.keySet().stream().sorted().toList());
        api.problem(404, HttpRequest.GET("/api/v1/brands/" + Api.UNKNOWN_BRAND));
    }

    @Test
    void aTakenSlugAnswers409() {
        String slug = Api.uniqueSlug();
        api.call(HttpRequest.POST("/api/v1/brands", Api.brandBody(slug)));

        Map<String, Object> problem = api.problem(409, HttpRequest.POST("/api/v1/brands", Api.brandBody(slug)));

        assertTrue(((String) problem.get("detail")).contains(slug));
    }

    @Test
    void aCallerLimitedToSomeBrandsCannotCreateBrands() {
        String brandId = api.createBrand();

        api.problem(TestCallers.of(Role.MARKETING, brandId), 403, HttpRequest.POST("/api/v1/brands", Api.brandBody(Api.uniqueSlug())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/name      | ''",
            "/name      | <201 characters>",
            "/slug      | Not A Slug",
            "/slug      | -leading-hyphen",
            "/slug      | ''",
            "/timeZone  | Mars/Olympus_Mons",
            "/timeZone  | +02:00",
            "/timeZone  | europe/london",
    })
    void anInvalidFieldAnswers400NamingIt(String pointer, String value) {
        Map<String, Object> body = Api.brandBody(Api.uniqueSlug());
        body.put(pointer.substring(1), value.equals("<201 characters>") ? "n".repeat(201) : value);

        Map<String, Object> problem = api.problem(400, HttpRequest.POST("/api/v1/brands", body));

        assertEquals(List.of(pointer), Api.pointers(problem).stream().distinct().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Asia/Kolkata", "Etc/GMT+2"})
    void ianaZonesAreAccepted(String zone) {
        Map<String, Object> body = Api.brandBody(Api.uniqueSlug());
        body.put("timeZone", zone);

        assertEquals(zone, api.call(HttpRequest.POST("/api/v1/brands", body)).body().get("timeZone"));
    }

    @Test
    void getAnswersTheBrandWithTheETagOfCreate() {
        HttpResponse<Map<String, Object>> created = api.call(HttpRequest.POST("/api/v1/brands", Api.brandBody(Api.uniqueSlug())));
        String id = (String) created.body().get("id");

        HttpResponse<Map<String, Object>> got = api.call(HttpRequest.GET("/api/v1/brands/" + id));

        assertEquals(200, got.code());
        assertEquals("application/json", got.getContentType().orElseThrow().toString());
        assertEquals(created.body(), got.body());
        assertEquals(created.header(HttpHeaders.ETAG), got.header(HttpHeaders.ETAG));
    }

    @Test
    void anUnknownBrandAnswers404Problem() {
        Map<String, Object> problem = api.problem(404, HttpRequest.GET("/api/v1/brands/" + Api.UNKNOWN_BRAND));

        assertEquals("https://brandbridge.io/problems/not-found", problem.get("type"));
    }

    @Test
    void listPagesThroughTheCallersBrandsOldestFirstThenById() {
        List<String> created = List.of(api.createBrand(), api.createBrand(), api.createBrand());
        var caller = TestCallers.of(Role.VIEWER, created.toArray(String[]::new));
        List<String> ids = created.stream()
                .map(id -> api.call(HttpRequest.GET("/api/v1/brands/" + id)).body())
                .sorted(Comparator.comparing((Map<String, Object> b) -> Instant.parse((String) b.get("createdAt"))).thenComparing(b -> (String) b.get("id")))
                .map(b -> (String) b.get("id"))
                .toList();

        HttpResponse<Map<String, Object>> first = api.call(caller, HttpRequest.GET("/api/v1/brands?limit=2"));
        String cursor = (String) first.body().get("nextCursor");
        Map<String, Object> second = api.call(caller, HttpRequest.GET("/api/v1/brands?limit=2&cursor=" + cursor)).body();

        assertEquals(200, first.code());
        assertEquals("application/json", first.getContentType().orElseThrow().toString());
        assertEquals(ids.subList(0, 2), idsOf(first.body()));
        assertNotNull(cursor);
        assertEquals(ids.subList(2, 3), idsOf(second));
        assertTrue(second.containsKey("nextCursor"));
        assertNull(second.get("nextCursor"));
    }

    @Test
    void aCallerWithoutBrandsSeesAnEmptyList() {
        var nobody = new io.brandbridge.defaults.security.Caller("nobody", java.util.Set.of(Role.VIEWER), java.util.Set.of(), false);

        Map<String, Object> page = api.call(nobody, HttpRequest.GET("/api/v1/brands")).body();

        assertEquals(List.of(), page.get("items"));
    }

    @Test
    void aCursorThisApiDidNotIssueAnswers400() {
        assertEquals(List.of("/cursor"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands?cursor=bm9wZQ"))));
        assertEquals(List.of("/cursor"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands?cursor=***"))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 201})
    void aLimitOutOfRangeAnswers400(int limit) {
        assertEquals(List.of("/limit"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands?limit=" + limit))));
    }

    @Test
    void updateWithTheCurrentETagReplacesTheBrandAndChangesTheETag() {
        HttpResponse<Map<String, Object>> created = api.call(HttpRequest.POST("/api/v1/brands", Api.brandBody(Api.uniqueSlug())));
        String id = (String) created.body().get("id");
        String newSlug = Api.uniqueSlug();
        Map<String, Object> body = Map.of("name", "Renamed", "slug", newSlug, "timeZone", "Asia/Tokyo", "id", "brd_other");

        HttpResponse<Map<String, Object>> updated = api.call(HttpRequest.PUT("/api/v1/brands/" + id, body)
                .header(HttpHeaders.IF_MATCH, created.header(HttpHeaders.ETAG)));

        assertEquals(200, updated.code());
        assertEquals("application/json", updated.getContentType().orElseThrow().toString());
        assertEquals(Map.of("id", id, "name", "Renamed", "slug", newSlug, "timeZone", "Asia/Tokyo",
                "createdAt", created.body().get("createdAt")), updated.body());
        assertNotEquals(created.header(HttpHeaders.ETAG), updated.header(HttpHeaders.ETAG));
        HttpResponse<Map<String, Object>> got = api.call(HttpRequest.GET("/api/v1/brands/" + id));
        assertEquals(updated.body(), got.body());
        assertEquals(updated.header(HttpHeaders.ETAG), got.header(HttpHeaders.ETAG));
    }

    @Test
    void updateWithoutIfMatchAnswers428AndAStaleOne412() {
        HttpResponse<Map<String, Object>> created = api.call(HttpRequest.POST("/api/v1/brands", Api.brandBody(Api.uniqueSlug())));
        String id = (String) created.body().get("id");
        String etag = created.header(HttpHeaders.ETAG);
        Map<String, Object> body = Api.brandBody(Api.uniqueSlug());

        api.problem(428, HttpRequest.PUT("/api/v1/brands/" + id, body));
        api.call(HttpRequest.PUT("/api/v1/brands/" + id, body).header(HttpHeaders.IF_MATCH, etag));
        api.problem(412, HttpRequest.PUT("/api/v1/brands/" + id, Api.brandBody(Api.uniqueSlug())).header(HttpHeaders.IF_MATCH, etag));

        assertEquals(body.get("slug"), api.call(HttpRequest.GET("/api/v1/brands/" + id)).body().get("slug"));
    }

    @Test
    void updateToAnotherBrandsSlugAnswers409() {
        String takenSlug = Api.uniqueSlug();
        api.call(HttpRequest.POST("/api/v1/brands", Api.brandBody(takenSlug)));
        HttpResponse<Map<String, Object>> created = api.call(HttpRequest.POST("/api/v1/brands", Api.brandBody(Api.uniqueSlug())));

        api.problem(409, HttpRequest.PUT("/api/v1/brands/" + created.body().get("id"), Api.brandBody(takenSlug))
                .header(HttpHeaders.IF_MATCH, created.header(HttpHeaders.ETAG)));
    }

    @Test
    void deleteWhileAPromiseRefersToTheBrandAnswers409() {
        String id = api.createBrand();
        String promiseId = api.createPromise(id);
        api.call(HttpRequest.POST("/api/v1/promises/" + promiseId + "/retire", ""));

        Map<String, Object> problem = api.problem(409, HttpRequest.DELETE("/api/v1/brands/" + id));

        assertTrue(((String) problem.get("detail")).contains("1 promise"), (String) problem.get("detail"));
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/brands/" + id)).code());
    }

    @SuppressWarnings("unchecked")
    private static List<String> idsOf(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(b -> (String) b.get("id")).toList();
    }
}
