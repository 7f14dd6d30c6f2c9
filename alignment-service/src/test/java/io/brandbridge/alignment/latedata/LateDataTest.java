package io.brandbridge.alignment.latedata;

import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;
import io.brandbridge.alignment.clients.touchpoints.ChangesQuery;
import io.brandbridge.alignment.stubs.Interaction;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data that arrives late re-scores the days whose windows hold it, in one round, and nothing else. */
@MicronautTest(transactional = false)
class LateDataTest extends StubbedServicesTest {

    @Inject
    LateDataCheck check;

    @Inject
    MutableClock clock;

    @AfterEach
    void backToTheStubsInstant() {
        clock.set(StubServices.NOW);
    }

    @Test
    void lateDataForAPastDayRevisesThatDayAndTheWindowsThatIncludeItAndNothingElse() throws InterruptedException {
        String brandId = Ids.newId("brd");
        String touchpoint = brandId + "_a";
        stubs.promises.addBrand(brandId, "UTC");
        stubs.touchpoints.addTouchpoint(touchpoint, brandId, "CALL_CENTRE", "Leeds");
        for (int day = 1; day <= 12; day++) {
            for (int n = 0; n < 10; n++) {
                stubs.touchpoints.interactions.add(call(touchpoint, Instant.parse("2026-10-01T09:00:00Z").plus(Duration.ofDays(day - 1)).plusSeconds(n * 60L), 30));
            }
        }
        // A three-day rolling window: the day-end snapshot of day d measures (d − 3 days, d].
        stubs.promises.addVersion(brandId, new RemotePromise(brandId + "_prm", brandId, "Answered within a minute", List.of("CALL_CENTRE"), 3, "ACTIVE", 1,
                List.of(new RemoteCommitment("answer", "wait_seconds", "LE", 60.0, 0.8, new RemoteWindow("ROLLING_DAYS", 3), 1.0, 5))),
                Instant.parse("2026-01-01T00:00:00Z"), null);
        backfill(brandId, "2026-10-01", "2026-10-10");
        Map<String, Map<String, Object>> before = points(brandId);

        check.run(brandId);
        assertEquals(before, points(brandId), "nothing was stored since: the first check only sets the watermark");

        clock.advance(Duration.ofMinutes(10));
        stubs.touchpoints.push(call(touchpoint, Instant.parse("2026-10-05T12:30:00Z"), 200));
        clock.advance(Duration.ofMinutes(1));
        check.run(brandId);

        Map<String, Map<String, Object>> after = points(brandId);
        List<String> revised = after.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue().get("revised"))).map(Map.Entry::getKey).sorted().toList();
        // 12:30 on the 5th is in the windows ending on the 5th, 6th and 7th, not in the one that ends at 23:59:59 on the 8th.
        assertEquals(List.of("2026-10-05", "2026-10-06", "2026-10-07"), revised);
        for (String day : revised) {
            assertEquals(((Number) before.get(day).get("valid")).longValue() + 1, ((Number) after.get(day).get("valid")).longValue(), day);
            assertEquals(before.get(day).get("good"), after.get(day).get("good"), day + ": the late call waited too long");
            assertEquals(false, after.get(day).get("outOfDate"), day);
            assertNotEquals(before.get(day).get("computedAt"), after.get(day).get("computedAt"), day);
            assertEquals(clock.instant().toString(), after.get(day).get("computedAt"), day + " was re-scored in this round");
        }
        for (String day : before.keySet()) {
            if (!revised.contains(day)) {
                assertEquals(before.get(day), after.get(day), day + " is untouched");
            }
        }

        // The next round asks from the watermark on: nothing new, nothing re-scored.
        clock.advance(Duration.ofMinutes(5));
        int asked = stubs.touchpoints.calls.size();
        check.run(brandId);
        assertEquals(after, points(brandId));
        ChangesQuery last = (ChangesQuery) stubs.touchpoints.calls.stream().skip(asked).filter(ChangesQuery.class::isInstance).findFirst().orElseThrow();
        assertTrue(last.since() != null && last.since().isAfter(Instant.parse("2026-11-01T12:10:00Z")), "asks from the watermark: " + last.since());
        assertEquals(LocalDate.parse("2026-11-01").minusDays(400).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), last.occurredFrom());
    }

    @Test
    void lateDataBeyondTheRescoringBoundLeavesTheDayAsComputed() {
        String brandId = Ids.newId("brd");
        String touchpoint = brandId + "_a";
        stubs.promises.addBrand(brandId, "UTC");
        stubs.touchpoints.addTouchpoint(touchpoint, brandId, "CALL_CENTRE", "Leeds");
        stubs.promises.addVersion(brandId, new RemotePromise(brandId + "_prm", brandId, "Answered within a minute", List.of("CALL_CENTRE"), 3, "ACTIVE", 1,
                List.of(new RemoteCommitment("answer", "wait_seconds", "LE", 60.0, 0.8, new RemoteWindow("ROLLING_DAYS", 1), 1.0, 1))),
                Instant.parse("2025-01-01T00:00:00Z"), null);
        backfill(brandId, "2025-09-01", "2025-09-02");
        check.run(brandId);
        clock.advance(Duration.ofMinutes(1));
        stubs.touchpoints.push(call(touchpoint, Instant.parse("2025-09-01T12:00:00Z"), 10));
        check.run(brandId);
        // 2025-09-01 is 426 days before 2026-11-01: outside the default bound of 400 days, so the check does not even ask about it.
        Map<String, Map<String, Object>> points = points(brandId, "2025-09-01T00:00:00Z", "2025-09-03T00:00:00Z");
        assertEquals(false, points.get("2025-09-01").get("revised"));
        assertEquals(0L, ((Number) points.get("2025-09-01").get("valid")).longValue(), "no call was there when the day was computed");
        assertEquals(false, points.get("2025-09-01").get("outOfDate"));
    }

    private void backfill(String brandId, String from, String to) {
        HttpResponse<Map<String, Object>> accepted = client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/backfill", Map.of("from", from, "to", to))), JSON);
        String jobId = (String) accepted.body().get("id");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Map<String, Object> job = client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                    HttpRequest.GET("/api/v1/alignment/jobs/" + jobId)), JSON).body();
            if ("SUCCEEDED".equals(job.get("state"))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("backfill did not finish");
    }

    private Map<String, Map<String, Object>> points(String brandId) {
        return points(brandId, "2026-10-01T00:00:00Z", "2026-10-11T00:00:00Z");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> points(String brandId, String from, String to) {
        Map<String, Object> trend = client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.VIEWER, brandId), HttpRequest.GET(
                "/api/v1/alignment/brands/" + brandId + "/trend?promiseId=" + brandId + "_prm&commitmentKey=answer&from=" + from + "&to=" + to)), JSON).body();
        return ((List<Map<String, Object>>) trend.get("items")).stream().collect(Collectors.toMap(p -> (String) p.get("day"), p -> p));
    }

    private static Interaction call(String touchpoint, Instant at, double wait) {
        return new Interaction(touchpoint, at, Map.of("wait_seconds", wait));
    }
}
