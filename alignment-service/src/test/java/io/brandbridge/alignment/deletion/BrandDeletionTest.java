package io.brandbridge.alignment.deletion;

import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;
import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.alignment.snapshots.SnapshotRepository;
import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DELETE /api/v1/alignment/brands/{brandId} over HTTP: promise-service's call when it deletes a brand. */
@MicronautTest(transactional = false)
class BrandDeletionTest extends StubbedServicesTest {

    private static final Caller PROMISE_SERVICE = Caller.service("promise-service");

    @Inject
    SnapshotRepository snapshots;

    @Inject
    KnownBrands knownBrands;

    @Test
    void deletingABrandRemovesItsSnapshotsAndItsReadsAnswer404FromThenOn() {
        String brandId = Scenarios.callCentreBrand(stubs);
        String other = Scenarios.callCentreBrand(stubs);
        recompute(brandId);
        recompute(other);
        assertEquals(1, snapshots.findIdsByBrandId(brandId).size());

        HttpResponse<?> deleted = delete(brandId, PROMISE_SERVICE);
        assertEquals(204, deleted.code());
        assertFalse(deleted.getBody().isPresent());
        assertEquals(List.of(), snapshots.findIdsByBrandId(brandId));
        assertFalse(knownBrands.all().contains(brandId), "no longer recomputed on schedule");
        for (String path : List.of("", "/promises/" + brandId + "_prm_call", "/gaps", "/conflicts", "/history", "/handoffs", "/trend")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> read(brandId, path));
            assertEquals(404, e.getStatus().getCode(), path);
            assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        }
        assertFalse(knownBrands.all().contains(brandId), "a read does not register a deleted brand again");
        HttpClientResponseException again = assertThrows(HttpClientResponseException.class, () -> recompute(brandId));
        assertEquals(404, again.getStatus().getCode(), "nor does a recompute compute it");
        assertEquals(List.of(), snapshots.findIdsByBrandId(brandId));
        assertEquals(200, read(other, "").code(), "other brands are untouched");
    }

    @Test
    void deletingABrandAlignmentNeverHeardOfAnswers204AndSoDoesDeletingItTwice() {
        String brandId = Ids.newId("brd");
        assertEquals(204, delete(brandId, PROMISE_SERVICE).code());
        assertEquals(204, delete(brandId, PROMISE_SERVICE).code());
    }

    @Test
    void onlyTheServiceRoleMayDeleteOthersGetTheForbiddenProblem() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId);
        for (Role role : List.of(Role.MARKETING, Role.OPERATIONS, Role.VIEWER, Role.PARTNER, Role.INTEGRATOR)) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> delete(brandId, TestCallers.of(role, brandId)));
            assertEquals(403, e.getStatus().getCode(), role.name());
            assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        }
        assertEquals(1, snapshots.findIdsByBrandId(brandId).size(), "nothing was deleted");
    }

    @Test
    void aRunningBackfillJobOfTheBrandStopsAndLeavesNothingBehind() throws InterruptedException {
        String brandId = Ids.newId("brd");
        stubs.promises.addBrand(brandId, "UTC");
        stubs.touchpoints.addTouchpoint(brandId + "_a", brandId, "CALL_CENTRE", "Leeds");
        stubs.promises.addVersion(brandId, new RemotePromise(brandId + "_prm", brandId, "Answered within a minute", List.of("CALL_CENTRE"), 3, "ACTIVE", 1,
                List.of(new RemoteCommitment("rolling", "wait_seconds", "LE", 60.0, 0.8, new RemoteWindow("ROLLING_DAYS", 7), 1.0, 5))),
                Instant.parse("2026-01-01T00:00:00Z"), null);
        stubs.touchpointMode = StubServices.Mode.SLOW;
        HttpResponse<Map<String, Object>> accepted = client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/backfill", Map.of("from", "2026-09-01", "to", "2026-10-31"))), JSON);
        assertEquals(202, accepted.code());
        String jobId = (String) accepted.body().get("id");
        long deadline = System.currentTimeMillis() + 30_000;
        while (((Number) job(jobId, brandId).get("daysDone")).intValue() < 1) {
            assertTrue(System.currentTimeMillis() < deadline, "the job started");
            Thread.sleep(50);
        }

        assertEquals(204, delete(brandId, PROMISE_SERVICE).code());

        HttpClientResponseException gone = assertThrows(HttpClientResponseException.class, () -> job(jobId, brandId));
        assertEquals(404, gone.getStatus().getCode());
        // The day being computed when the brand went finishes within a few slow calls; what it would have stored is dropped.
        Thread.sleep(3_000);
        int requests = stubs.touchpointRequests.get();
        Thread.sleep(2_000);
        assertEquals(requests, stubs.touchpointRequests.get(), "the job stopped: no more days are computed");
        assertEquals(List.of(), snapshots.findIdsByBrandId(brandId));
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId), HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/backfill",
                        Map.of("from", "2026-09-01", "to", "2026-09-02"))), JSON));
        assertEquals(404, refused.getStatus().getCode(), "a deleted brand takes no new job");
    }

    private HttpResponse<?> delete(String brandId, Caller caller) {
        return client.toBlocking().exchange(TestCallers.as(tokens, caller, HttpRequest.DELETE("/api/v1/alignment/brands/" + brandId)));
    }

    private HttpResponse<Map<String, Object>> recompute(String brandId) {
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute", "")), JSON);
    }

    private HttpResponse<Map<String, Object>> read(String brandId, String path) {
        MutableHttpRequest<Object> request = HttpRequest.GET("/api/v1/alignment/brands/" + brandId + path);
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.MARKETING, brandId), request), JSON);
    }

    private Map<String, Object> job(String jobId, String brandId) {
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.MARKETING, brandId), HttpRequest.GET("/api/v1/alignment/jobs/" + jobId)),
                JSON).body();
    }
}
