package io.brandbridge.gateway.routing;

import io.brandbridge.gateway.support.GatewayTestBase;
import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each route runs under the policy, and so the time limit, that its slowest honest answer needs. */
@MicronautTest
class RoutePoliciesTest extends GatewayTestBase {

    @Inject
    DownstreamProxy proxy;

    @Test
    void readsAndWritesGetFiveSeconds() {
        assertEquals(Duration.ofSeconds(5), timeout(HttpMethod.GET, "/api/v1/touchpoints/tp_1/interactions"));
        assertEquals(Duration.ofSeconds(5), timeout(HttpMethod.PUT, "/api/v1/promises/prm_1"));
        assertEquals(Duration.ofSeconds(5), timeout(HttpMethod.GET, "/api/v1/alignment/brands/brd_1"));
        assertEquals(Duration.ofSeconds(5), timeout(HttpMethod.GET, "/api/v1/alignment/brands/brd_1/recompute"));
    }

    @Test
    void aRecomputeIsWaitedForLongerThanAlignmentWaitsBeforeAnswering202() {
        Route recompute = Routes.resolve(HttpMethod.POST, "/api/v1/alignment/brands/brd_1/recompute").orElseThrow();
        assertEquals(Routes.RECOMPUTE_POLICY, recompute.policy());
        assertEquals(Duration.ofSeconds(30), proxy.timeout(recompute));
        assertEquals("alignment-service", Routes.resolve(HttpMethod.POST, "/api/v1/alignment/brands//recompute").orElseThrow().policy());
    }

    @Test
    void statsQueriesAndIngestionHaveTheirOwnLimits() {
        assertEquals(Routes.STATS_POLICY, Routes.resolve(HttpMethod.POST, "/api/v1/stats/attainment").orElseThrow().policy());
        assertEquals(Duration.ofSeconds(30), timeout(HttpMethod.POST, "/api/v1/stats/contingency"));
        assertEquals(Duration.ofSeconds(60), timeout(HttpMethod.POST, "/api/v1/touchpoints/tp_1/interactions"));
    }

    private Duration timeout(HttpMethod method, String path) {
        return proxy.timeout(Routes.resolve(method, path).orElseThrow());
    }
}
