package io.brandbridge.promise;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A caller scoped to brand A meets brand B's objects as if they did not exist, and never changes them. */
@MicronautTest
class BrandScopeTest {

    @Inject
    Api api;

    String brandA;
    String brandB;
    String promiseB;
    Caller callerA;

    @BeforeEach
    void twoBrandsWithAPromiseAndACustomMetricEach() {
        brandA = api.createBrand();
        brandB = api.createBrand();
        api.createActivePromise(brandA);
        promiseB = api.createActivePromise(brandB);
        api.call(HttpRequest.POST("/api/v1/brands/" + brandB + "/metrics", Map.of("key", "b_only", "unit", "s", "kind", "NUMBER")));
        callerA = TestCallers.of(Role.MARKETING, brandA);
    }

    record Attempt(String name, Function<BrandScopeTest, MutableHttpRequest<?>> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> requestsIntoBrandB() {
        return Stream.of(
                attempt("get brand", t -> HttpRequest.GET("/api/v1/brands/" + t.brandB)),
                attempt("update brand", t -> HttpRequest.PUT("/api/v1/brands/" + t.brandB, Api.brandBody(Api.uniqueSlug())).header(HttpHeaders.IF_MATCH, "*")),
                attempt("delete brand", t -> HttpRequest.DELETE("/api/v1/brands/" + t.brandB)),
                attempt("create promise", t -> HttpRequest.POST("/api/v1/brands/" + t.brandB + "/promises", Api.promiseBody())),
                attempt("list promises", t -> HttpRequest.GET("/api/v1/brands/" + t.brandB + "/promises")),
                attempt("promises in force", t -> HttpRequest.GET("/api/v1/brands/" + t.brandB + "/promises/in-force")),
                attempt("get promise", t -> HttpRequest.GET("/api/v1/promises/" + t.promiseB)),
                attempt("update promise", t -> HttpRequest.PUT("/api/v1/promises/" + t.promiseB, Api.promiseBody()).header(HttpHeaders.IF_MATCH, "*")),
                attempt("activate promise", t -> HttpRequest.POST("/api/v1/promises/" + t.promiseB + "/activate", "")),
                attempt("retire promise", t -> HttpRequest.POST("/api/v1/promises/" + t.promiseB + "/retire", "")),
                attempt("list versions", t -> HttpRequest.GET("/api/v1/promises/" + t.promiseB + "/versions")),
                attempt("get version", t -> HttpRequest.GET("/api/v1/promises/" + t.promiseB + "/versions/1")),
                attempt("list metrics", t -> HttpRequest.GET("/api/v1/metrics?brandId=" + t.brandB)),
                attempt("get metric", t -> HttpRequest.GET("/api/v1/brands/" + t.brandB + "/metrics/b_only")),
                attempt("create metric", t -> HttpRequest.POST("/api/v1/brands/" + t.brandB + "/metrics", Map.of("key", "sneaky", "unit", "s", "kind", "NUMBER"))),
                attempt("delete metric", t -> HttpRequest.DELETE("/api/v1/brands/" + t.brandB + "/metrics/b_only")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsIntoBrandB")
    void anotherBrandsObjectAnswers404LikeAMissingOne(Attempt attempt) {
        Map<String, Object> problem = api.problem(callerA, 404, attempt.request().apply(this));

        assertEquals("https://brandbridge.io/problems/not-found", problem.get("type"));
        Map<String, Object> promise = api.getPromise(promiseB).body();
        assertEquals("ACTIVE", promise.get("status"));
        assertEquals(1, promise.get("version"));
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/brands/" + brandB + "/metrics/b_only")).code());
        assertEquals(1, ((List<?>) api.call(HttpRequest.GET("/api/v1/brands/" + brandB + "/promises")).body().get("items")).size());
    }

    @Test
    void listsShowOnlyTheCallersBrands() {
        List<?> brands = (List<?>) api.call(callerA, HttpRequest.GET("/api/v1/brands?limit=200")).body().get("items");

        assertEquals(List.of(brandA), brands.stream().map(b -> ((Map<?, ?>) b).get("id")).toList());
    }

    @Test
    void theCallersOwnBrandIsFullyUsable() {
        assertEquals(200, api.call(callerA, HttpRequest.GET("/api/v1/brands/" + brandA)).code());
        assertEquals(201, api.call(callerA, HttpRequest.POST("/api/v1/brands/" + brandA + "/promises", Api.promiseBody())).code());
        assertEquals(1, ((List<?>) api.call(callerA, HttpRequest.GET("/api/v1/brands/" + brandA + "/promises/in-force")).body().get("items")).size());
        assertTrue(((List<?>) api.call(callerA, HttpRequest.GET("/api/v1/metrics?brandId=" + brandA)).body().get("items")).size() >= 11);
    }

    private static Arguments attempt(String name, Function<BrandScopeTest, MutableHttpRequest<?>> request) {
        return Arguments.of(new Attempt(name, request));
    }
}
