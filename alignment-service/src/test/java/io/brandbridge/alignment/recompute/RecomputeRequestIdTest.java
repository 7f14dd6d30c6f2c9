package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.snapshots.SnapshotOrigin;
import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubRequestIds;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.requestid.RequestIds;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One recompute can be followed across services: every call it makes, from whichever thread, carries one request id. */
@MicronautTest(transactional = false)
class RecomputeRequestIdTest extends StubbedServicesTest {

    @Inject
    StubRequestIds ids;

    @Inject
    RecomputeService recomputes;

    @Test
    void everyCallOfAnOnDemandRecomputeCarriesTheIdTheCallerSent() {
        String brandId = Scenarios.callCentreBrand(stubs);
        ids.received.clear();
        HttpResponse<Map<String, Object>> done = client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute", "").header(RequestIds.HEADER, "rcp-follow-me-42")), JSON);
        assertEquals(200, done.code());
        assertEquals("rcp-follow-me-42", done.header(RequestIds.HEADER));
        List<String> received = List.copyOf(ids.received);
        assertEquals(done.body().get("dependencyCalls"), received.size(), "every call was seen: " + received);
        assertEquals(Set.of("rcp-follow-me-42"), new TreeSet<>(received), "calls from the worker threads carry the caller's id");
    }

    @Test
    void aScheduledRecomputeGetsAFreshIdOfItsOwnForAllItsCalls() {
        String brandId = Scenarios.callCentreBrand(stubs);
        ids.received.clear();
        RecomputeService.Outcome first = recomputes.recompute(brandId, StubServices.NOW, SnapshotOrigin.SCHEDULE);
        Set<String> firstIds = new TreeSet<>(ids.received);
        assertEquals(first.dependencyCalls(), ids.received.size());
        assertEquals(1, firstIds.size(), "one id for the whole recompute: " + firstIds);
        assertFalse(firstIds.contains(StubRequestIds.NONE));

        ids.received.clear();
        recomputes.recompute(brandId, StubServices.NOW.minusSeconds(60), SnapshotOrigin.SCHEDULE);
        Set<String> secondIds = new TreeSet<>(ids.received);
        assertEquals(1, secondIds.size());
        assertNotEquals(firstIds, secondIds, "each recompute has its own");
    }
}
