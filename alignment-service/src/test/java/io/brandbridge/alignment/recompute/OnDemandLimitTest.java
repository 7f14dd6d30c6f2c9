package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At most alignment.recompute.on-demand-max on-demand recomputes run at once on an instance; one more answers 503 and starts nothing. */
@MicronautTest(transactional = false)
class OnDemandLimitTest extends StubbedServicesTest {

    @Inject
    RecomputeService recomputes;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("alignment.recompute.on-demand-max", "2");
    }

    @Test
    void aThirdOnDemandRecomputeWhileTwoRunAnswers503WithRetryAfterNamingTheLimit() throws Exception {
        String brandId = Scenarios.callCentreBrand(stubs);
        stubs.touchpointMode = StubServices.Mode.SLOW;
        Instant asOf = Instant.parse("2026-11-01T11:00:00Z");
        CompletableFuture<RecomputeService.Outcome> first = recomputes.start(brandId, asOf);
        CompletableFuture<RecomputeService.Outcome> second = recomputes.start(brandId, asOf.plusSeconds(1));
        assertSame(first, recomputes.start(brandId, asOf), "joining a running recompute takes no place");
        int requestsBefore = stubs.touchpointRequests.get();

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> recompute(brandId, "2026-11-01T11:00:02Z"));
        assertEquals(503, refused.getStatus().getCode());
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString());
        assertEquals("5", refused.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER));
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("already runs 2 on-demand recomputes, its limit (alignment.recompute.on-demand-max)"), body);
        assertTrue(body.contains("\"status\":503"), body);
        assertTrue(stubs.touchpointRequests.get() - requestsBefore <= 2, "the refused one asked nothing (the two running may have)");

        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        stubs.touchpointMode = StubServices.Mode.UP;
        assertEquals(200, recompute(brandId, "2026-11-01T11:00:02Z").code(), "places are freed when runs finish");
    }

    private HttpResponse<Map<String, Object>> recompute(String brandId, String asOf) {
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute?asOf=" + asOf, "")), JSON);
    }
}
