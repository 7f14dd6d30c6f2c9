package io.brandbridge.alignment.backfill;

import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;
import io.brandbridge.alignment.snapshots.SnapshotRepository;
import io.brandbridge.alignment.stubs.Interaction;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backfill jobs over HTTP against the stubbed services: a backdated promise scored over past days, figures equal to a
 * brute-force count, scheduled versions, validation, scope, cancelling and retention.
 */
@MicronautTest(transactional = false)
class BackfillJobTest extends StubbedServicesTest {

    private static final List<String> ZONES = List.of("Europe/London", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati", "Australia/Eucla", "UTC");
    private static final double THRESHOLD = 60;

    @Inject
    MutableClock clock;

    @Inject
    SnapshotRepository snapshots;

    @AfterEach
    void backToTheStubsInstant() {
        clock.set(StubServices.NOW);
    }

    @Test
    void aBackdatedPromiseBackfilledOver28DaysMatchesABruteForceCountEveryDayPooledAndPerTouchpoint() {
        for (int trial = 0; trial < 4; trial++) {
            long seed = 9_100L + trial;
            Random random = new Random(seed);
            ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
            String brandId = Ids.newId("brd");
            List<String> touchpoints = List.of(brandId + "_a", brandId + "_b");
            stubs.promises.addBrand(brandId, zone.getId());
            touchpoints.forEach(t -> stubs.touchpoints.addTouchpoint(t, brandId, "CALL_CENTRE", t));
            List<Interaction> pushed = new ArrayList<>();
            Instant start = Instant.parse("2026-09-20T00:00:00Z");
            for (int n = 0; n < 400 + random.nextInt(400); n++) {
                Instant at = start.plusSeconds(random.nextLong(Duration.ofDays(42).toSeconds()));
                Interaction call = new Interaction(touchpoints.get(random.nextInt(2)), at, Map.of("wait_seconds", (double) random.nextInt(121)));
                pushed.add(call);
                stubs.touchpoints.interactions.add(call);
            }
            // In force for two years: registered today, backdated.
            stubs.promises.addVersion(brandId, promise(brandId, 1, THRESHOLD), Instant.parse("2024-11-01T00:00:00Z"), null);

            LocalDate first = LocalDate.of(2026, 10, 4);
            LocalDate last = LocalDate.of(2026, 10, 31);
            Map<String, Object> job = finished(start(brandId, first, last));
            String context = "seed " + seed + " in " + zone;
            assertEquals("SUCCEEDED", job.get("state"), context);
            assertEquals(28, job.get("daysTotal"));
            assertEquals(28, job.get("daysDone"));
            assertEquals(List.of(), job.get("errors"));

            for (String key : List.of("rolling", "week")) {
                List<Map<String, Object>> points = trend(brandId, first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), key);
                assertEquals(28, points.size(), context);
                for (int d = 0; d < 28; d++) {
                    LocalDate day = first.plusDays(d);
                    Map<String, Object> point = points.get(d);
                    Instant asOf = DayEnd.of(day, zone);
                    assertEquals(day.toString(), point.get("day"), context);
                    assertEquals(asOf.toString(), point.get("asOf"), context);
                    Instant from = key.equals("rolling") ? asOf.minus(Duration.ofDays(7))
                            : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
                    long[] pooled = count(pushed, touchpoints, from, asOf);
                    assertEquals(pooled[0], ((Number) point.get("valid")).longValue(), context + " " + key + " " + day);
                    assertEquals(pooled[1], ((Number) point.get("good")).longValue(), context + " " + key + " " + day);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> byTouchpoint = (List<Map<String, Object>>) point.get("touchpoints");
                    for (Map<String, Object> row : byTouchpoint) {
                        long[] one = count(pushed, List.of((String) row.get("touchpointId")), from, asOf);
                        assertEquals(one[0], ((Number) row.get("valid")).longValue(), context + " " + key + " " + day + " " + row.get("touchpointId"));
                        assertEquals(one[1], ((Number) row.get("good")).longValue(), context + " " + key + " " + day + " " + row.get("touchpointId"));
                    }
                    assertEquals(2, byTouchpoint.size());
                    assertEquals(true, point.get("inForce"));
                    assertEquals(false, point.get("revised"));
                }
            }
        }
    }

    @Test
    void aScheduledVersionTakesOverAtItsInstant() {
        String brandId = Ids.newId("brd");
        String touchpoint = brandId + "_a";
        stubs.promises.addBrand(brandId, "UTC");
        stubs.touchpoints.addTouchpoint(touchpoint, brandId, "CALL_CENTRE", "Leeds");
        // Every day: 10 calls answered in 45 s, 10 in 20 s. Under v1 (within 60 s) all 20 are good; under v2 (within 30 s) 10.
        for (int day = 0; day < 20; day++) {
            for (int n = 0; n < 10; n++) {
                Instant at = Instant.parse("2026-10-10T08:00:00Z").plus(Duration.ofDays(day)).plusSeconds(n * 60L);
                stubs.touchpoints.interactions.add(new Interaction(touchpoint, at, Map.of("wait_seconds", 45.0)));
                stubs.touchpoints.interactions.add(new Interaction(touchpoint, at.plusSeconds(30), Map.of("wait_seconds", 20.0)));
            }
        }
        Instant takeover = Instant.parse("2026-10-20T00:00:00Z");
        stubs.promises.addVersion(brandId, promise(brandId, 1, 60), Instant.parse("2026-01-01T00:00:00Z"), takeover);
        stubs.promises.addVersion(brandId, promise(brandId, 2, 30), takeover, null);

        assertEquals("SUCCEEDED", finished(start(brandId, LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 22))).get("state"));
        List<Map<String, Object>> points = trend(brandId, Instant.parse("2026-10-17T00:00:00Z"), Instant.parse("2026-10-23T00:00:00Z"), "daily");
        assertEquals(List.of(1, 1, 1, 2, 2, 2), points.stream().map(p -> p.get("version")).toList());
        assertEquals(List.of(20L, 20L, 20L, 10L, 10L, 10L), points.stream().map(p -> ((Number) p.get("good")).longValue()).toList());
        assertEquals(List.of(20L, 20L, 20L, 20L, 20L, 20L), points.stream().map(p -> ((Number) p.get("valid")).longValue()).toList());
    }

    @Test
    void aRangeThatIsNotFinishedPastDaysAnswers422NamingTheField() {
        String brandId = Ids.newId("brd");
        stubs.promises.addBrand(brandId, "Pacific/Kiritimati");
        // 12:00 UTC on 1 November is already 2 November in Kiritimati (UTC+14).
        HttpClientResponseException today = assertThrows(HttpClientResponseException.class, () -> start(brandId, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2)));
        assertProblem(today, 422, "/to", "before today (2026-11-02 in Pacific/Kiritimati)");
        assertProblem(assertThrows(HttpClientResponseException.class, () -> start(brandId, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 1))),
                422, "/from", "must not be after to");
        assertProblem(assertThrows(HttpClientResponseException.class, () -> start(brandId, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 10, 31))),
                422, "/from", "at most 366 days");
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                as(Role.OPERATIONS, brandId, HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/backfill", Map.of("from", "2026-10-01"))), JSON));
        assertEquals(400, missing.getStatus().getCode());
        assertTrue(missing.getResponse().getBody(String.class).orElseThrow().contains("to"));
        HttpClientResponseException notADate = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                as(Role.OPERATIONS, brandId, HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/backfill", Map.of("from", "2026-02-30", "to", "2026-03-01"))), JSON));
        assertEquals(400, notADate.getStatus().getCode());
        assertEquals("application/problem+json", notADate.getResponse().getContentType().orElseThrow().toString());
    }

    @Test
    void jobsAreScopedToTheCallersBrands() {
        String brandId = Ids.newId("brd");
        stubs.promises.addBrand(brandId, "UTC");
        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class, () -> start("brd_nobody", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)));
        assertEquals(404, unknown.getStatus().getCode());
        HttpClientResponseException outOfScope = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                as(Role.OPERATIONS, "brd_other", HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/backfill",
                        Map.of("from", "2026-10-01", "to", "2026-10-02"))), JSON));
        assertEquals(404, outOfScope.getStatus().getCode());

        String jobId = (String) start(brandId, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)).body().get("id");
        HttpClientResponseException otherCaller = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                as(Role.OPERATIONS, "brd_other", HttpRequest.GET("/api/v1/alignment/jobs/" + jobId)), JSON));
        assertEquals(404, otherCaller.getStatus().getCode());
        assertEquals("application/problem+json", otherCaller.getResponse().getContentType().orElseThrow().toString());
        HttpClientResponseException partner = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                as(Role.PARTNER, brandId, HttpRequest.GET("/api/v1/alignment/jobs/" + jobId)), JSON));
        assertEquals(403, partner.getStatus().getCode());
        finished(jobId, brandId);
    }

    @Test
    void aCancelledJobStopsAndKeepsTheDaysItComputed() throws InterruptedException {
        String brandId = Ids.newId("brd");
        stubs.promises.addBrand(brandId, "UTC");
        stubs.touchpoints.addTouchpoint(brandId + "_a", brandId, "CALL_CENTRE", "Leeds");
        stubs.promises.addVersion(brandId, promise(brandId, 1, THRESHOLD), Instant.parse("2026-01-01T00:00:00Z"), null);
        stubs.touchpointMode = StubServices.Mode.SLOW;
        HttpResponse<Map<String, Object>> accepted = start(brandId, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
        assertEquals(202, accepted.code());
        String jobId = (String) accepted.body().get("id");
        assertEquals("/api/v1/alignment/jobs/" + jobId, accepted.header(HttpHeaders.LOCATION));
        assertEquals("QUEUED", accepted.body().get("state"));
        assertEquals(61, accepted.body().get("daysTotal"));
        assertEquals("2026-09-01", accepted.body().get("nextDay"));
        assertNull(accepted.body().get("startedAt"));
        while (((Number) job(jobId, brandId).get("daysDone")).intValue() < 1) {
            Thread.sleep(50);
        }
        HttpResponse<?> cancelled = client.toBlocking().exchange(as(Role.MARKETING, brandId, HttpRequest.DELETE("/api/v1/alignment/jobs/" + jobId)));
        assertEquals(204, cancelled.code());
        Map<String, Object> after = job(jobId, brandId);
        assertEquals("CANCELLED", after.get("state"));
        assertNotNull(after.get("finishedAt"));
        assertNull(after.get("nextDay"));
        Thread.sleep(2_500);
        int done = ((Number) job(jobId, brandId).get("daysDone")).intValue();
        assertTrue(done >= 1 && done < 61, "stopped after " + done + " days");
        assertEquals(done, ((Number) job(jobId, brandId).get("daysDone")).intValue(), "no day is computed after the cancel");
        HttpClientResponseException again = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                as(Role.MARKETING, brandId, HttpRequest.DELETE("/api/v1/alignment/jobs/" + jobId))));
        assertProblem(again, 409, null, "already finished (CANCELLED)");
    }

    @Test
    void retentionKeepsOneSnapshotPerBackfilledDayTheNewestComputation() {
        String brandId = Ids.newId("brd");
        stubs.promises.addBrand(brandId, "Europe/London");
        stubs.touchpoints.addTouchpoint(brandId + "_a", brandId, "CALL_CENTRE", "Leeds");
        stubs.promises.addVersion(brandId, promise(brandId, 1, THRESHOLD), Instant.parse("2026-01-01T00:00:00Z"), null);
        LocalDate first = LocalDate.of(2026, 9, 1);
        LocalDate last = LocalDate.of(2026, 9, 5);
        finished(start(brandId, first, last));
        clock.advance(Duration.ofHours(1));
        finished(start(brandId, first, last));
        assertEquals(10, snapshots.findKeysBetween(brandId, Instant.EPOCH, StubServices.NOW).size(), "both computations are kept for a while");

        // Three days on, the next computation prunes what retention no longer keeps.
        clock.advance(Duration.ofDays(3));
        finished(start(brandId, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1)));
        var kept = snapshots.findKeysBetween(brandId, Instant.EPOCH, Instant.parse("2026-09-30T00:00:00Z"));
        assertEquals(5, kept.size(), "one snapshot per backfilled day");
        assertTrue(kept.stream().allMatch(k -> k.computedAt().equals(StubServices.NOW.plus(Duration.ofHours(1)))), "the newer computation of each day");
        assertEquals(5, kept.stream().map(k -> k.localDay()).distinct().count());
    }

    private static RemotePromise promise(String brandId, int version, double threshold) {
        return new RemotePromise(brandId + "_prm", brandId, "Answered within a minute", List.of("CALL_CENTRE"), 3, "ACTIVE", version, List.of(
                new RemoteCommitment("rolling", "wait_seconds", "LE", threshold, 0.8, new RemoteWindow("ROLLING_DAYS", 7), 1.0, 5),
                new RemoteCommitment("week", "wait_seconds", "LE", threshold, 0.8, new RemoteWindow("CALENDAR_WEEK", null), 1.0, 5),
                new RemoteCommitment("daily", "wait_seconds", "LE", threshold, 0.8, new RemoteWindow("ROLLING_DAYS", 1), 1.0, 5)));
    }

    private static long[] count(List<Interaction> pushed, List<String> touchpoints, Instant from, Instant to) {
        long valid = 0;
        long good = 0;
        for (Interaction i : pushed) {
            if (touchpoints.contains(i.touchpointId()) && !i.occurredAt().isBefore(from) && i.occurredAt().isBefore(to)) {
                valid++;
                good += i.metrics().get("wait_seconds") <= THRESHOLD ? 1 : 0;
            }
        }
        return new long[] {valid, good};
    }

    private HttpResponse<Map<String, Object>> start(String brandId, LocalDate from, LocalDate to) {
        return client.toBlocking().exchange(as(Role.OPERATIONS, brandId, HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/backfill",
                Map.of("from", from.toString(), "to", to.toString()))), JSON);
    }

    private Map<String, Object> job(String jobId, String brandId) {
        HttpResponse<Map<String, Object>> answer = client.toBlocking().exchange(as(Role.MARKETING, brandId, HttpRequest.GET("/api/v1/alignment/jobs/" + jobId)), JSON);
        assertEquals(200, answer.code());
        return answer.body();
    }

    private Map<String, Object> finished(HttpResponse<Map<String, Object>> accepted) {
        assertEquals(202, accepted.code());
        return finished((String) accepted.body().get("id"), (String) accepted.body().get("brandId"));
    }

    private Map<String, Object> finished(String jobId, String brandId) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Map<String, Object> job = job(jobId, brandId);
            if (!List.of("QUEUED", "RUNNING").contains(job.get("state"))) {
                assertNotNull(job.get("startedAt"));
                assertNotNull(job.get("finishedAt"));
                assertNull(job.get("nextDay"));
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + jobId + " did not finish: " + job(jobId, brandId));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> trend(String brandId, Instant from, Instant to, String commitmentKey) {
        HttpResponse<Map<String, Object>> answer = client.toBlocking().exchange(as(Role.PARTNER, brandId, HttpRequest.GET("/api/v1/alignment/brands/" + brandId
                + "/trend?promiseId=" + brandId + "_prm&commitmentKey=" + commitmentKey + "&from=" + from + "&to=" + to)), JSON);
        assertEquals(200, answer.code());
        assertEquals("application/json", answer.getContentType().orElseThrow().toString());
        assertEquals(commitmentKey, answer.body().get("commitmentKey"));
        assertFalse((Boolean) answer.body().get("stale"));
        return (List<Map<String, Object>>) answer.body().get("items");
    }

    private <T> MutableHttpRequest<T> as(Role role, String brandId, MutableHttpRequest<T> request) {
        return TestCallers.as(tokens, TestCallers.of(role, brandId), request);
    }

    private static void assertProblem(HttpClientResponseException e, int status, String pointer, String words) {
        assertEquals(status, e.getStatus().getCode());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains(words), body);
        if (pointer != null) {
            assertTrue(body.contains("\"pointer\":\"" + pointer + "\""), body);
        }
    }
}
