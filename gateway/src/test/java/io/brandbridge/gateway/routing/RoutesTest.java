package io.brandbridge.gateway.routing;

import io.micronaut.http.HttpMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which service owns a path: the first segment decides, except a brand's paths about interaction data. */
class RoutesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "POST | /api/v1/brands/brd_1/erasure                 | touchpoint-service | touchpoint-service",
            "GET  | /api/v1/brands/brd_1/erasures                | touchpoint-service | touchpoint-service",
            "GET  | /api/v1/brands/brd_1/data-policy             | touchpoint-service | touchpoint-service",
            "PUT  | /api/v1/brands/brd_1/data-policy             | touchpoint-service | touchpoint-service",
            "POST | /api/v1/brands/brd_1/pseudonym-key/rotate    | touchpoint-service | touchpoint-service",
            "GET  | /api/v1/brands/{brandId}/data-policy         | touchpoint-service | touchpoint-service",
            "GET  | /api/v1/brands                               | promise-service    | promise-service",
            "GET  | /api/v1/brands/brd_1                         | promise-service    | promise-service",
            "GET  | /api/v1/brands/erasure                       | promise-service    | promise-service",
            "GET  | /api/v1/brands/brd_1/promises                | promise-service    | promise-service",
            "POST | /api/v1/brands/brd_1/metrics                 | promise-service    | promise-service",
            "GET  | /api/v1/brands/brd_1/erasure-log             | promise-service    | promise-service",
            "POST | /api/v1/stats/handoffs                       | touchpoint-service | touchpoint-stats",
            "GET  | /api/v1/touchpoints/tp_1/journeys/jrn_1      | touchpoint-service | touchpoint-service",
            "POST | /api/v1/touchpoints/tp_1/journeys/lookup     | touchpoint-service | touchpoint-service",
            "GET  | /api/v1/alignment/brands/brd_1/handoffs      | alignment-service  | alignment-service",
            "POST | /api/v1/alignment/brands/brd_1/webhooks/whk_1/deliveries/dlv_1/redeliver | alignment-service | alignment-service",
    })
    void aPathGoesToTheServiceThatOwnsItUnderItsPolicy(HttpMethod method, String path, String service, String policy) {
        Route route = Routes.resolve(method, path).orElseThrow();

        assertEquals(service, route.serviceId());
        assertEquals(policy, route.policy());
        assertEquals(service, Routes.serviceFor(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/admin/clients", "/api/v1/nothing/brd_1/erasure", "/api/v2/brands/brd_1/erasure", "/health"})
    void aPathNoServiceOwnsHasNoRoute(String path) {
        assertNull(Routes.serviceFor(path));
        assertEquals(Optional.empty(), Routes.resolve(HttpMethod.GET, path));
    }
}
