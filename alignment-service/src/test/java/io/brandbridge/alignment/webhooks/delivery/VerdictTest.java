package io.brandbridge.alignment.webhooks.delivery;

import io.brandbridge.alignment.webhooks.store.DeliveryState;
import io.brandbridge.alignment.webhooks.store.SubscriptionState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(new SplittableRandom(7));

    @Test
    void theScheduleIsTheSpecificationsThenStretchedToAboutThreeDaysEachWaitWithinATenth() {
        assertEquals(11, RetrySchedule.ATTEMPTS);
        Duration span = RetrySchedule.span();
        assertTrue(span.compareTo(Duration.ofHours(70)) > 0 && span.compareTo(Duration.ofHours(74)) < 0, span.toString());
        for (int failed = 1; failed < RetrySchedule.ATTEMPTS; failed++) {
            long nominal = RetrySchedule.WAITS.get(failed - 1).toMillis();
            for (int draw = 0; draw < 200; draw++) {
                long wait = schedule.waitAfter(failed).orElseThrow().toMillis();
                assertTrue(wait >= nominal * 0.9 - 1 && wait <= nominal * 1.1 + 1, failed + ": " + wait);
            }
        }
        assertEquals(Optional.empty(), schedule.waitAfter(RetrySchedule.ATTEMPTS));
    }

    @Test
    void eachKindOfAnswer() {
        Verdict ok = verdict(204, 1, null);
        assertEquals(DeliveryState.DELIVERED, ok.state());
        assertEquals(SubscriptionState.ACTIVE, ok.health());

        Verdict gone = verdict(410, 1, null);
        assertEquals(DeliveryState.PENDING, gone.state());
        assertEquals(SubscriptionState.DISABLED, gone.health());

        Verdict busy = verdict(503, 1, Duration.ofSeconds(90));
        assertEquals(NOW.plusSeconds(90), busy.nextAttemptAt());
        assertNull(busy.health());
        assertEquals(NOW.plusSeconds(1), verdict(429, 1, Duration.ZERO).nextAttemptAt(), "at least a second");
        assertEquals(NOW.plus(Duration.ofDays(1)), verdict(429, 1, Duration.ofDays(9)).nextAttemptAt(), "at most a day");
        Instant ignored = verdict(500, 1, Duration.ofSeconds(90)).nextAttemptAt();
        assertTrue(ignored.isBefore(NOW.plusSeconds(6)), "Retry-After counts only on 429 and 503");

        Verdict last = verdict(500, RetrySchedule.ATTEMPTS, null);
        assertEquals(DeliveryState.FAILED, last.state());
        assertEquals(SubscriptionState.FAILING, last.health());
        assertTrue(last.problem().contains("the receiver answered 500"), last.problem());

        Verdict noAnswer = Verdict.of(new Verdict.Result(null, "timed out after 10 s", Optional.empty()), 2, NOW, schedule, "dlv_x");
        assertEquals(DeliveryState.PENDING, noAnswer.state());
        assertTrue(noAnswer.nextAttemptAt().isAfter(NOW.plus(Duration.ofMinutes(4))));
    }

    private Verdict verdict(int status, int attempts, Duration retryAfter) {
        return Verdict.of(new Verdict.Result(status, null, Optional.ofNullable(retryAfter)), attempts, NOW, schedule, "dlv_x");
    }
}
