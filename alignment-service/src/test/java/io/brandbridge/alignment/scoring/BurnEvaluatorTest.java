package io.brandbridge.alignment.scoring;

import io.brandbridge.alignment.stubs.BruteForce;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BurnEvaluatorTest {

    private record Event(Instant at, boolean good) {
    }

    private static final Instant AS_OF = Instant.parse("2026-11-01T09:37:00Z");

    @Test
    void alertMatchesBruteForceAndAsksOnlyWhatBucketsCannotSettle() {
        Random rnd = new Random(11);
        int exactCallsTotal = 0;
        int alerts = 0;
        for (int i = 0; i < 3_000; i++) {
            int days = 1 + rnd.nextInt(30);
            EvaluationWindow window = new EvaluationWindow(AS_OF.minus(Duration.ofDays(days)), AS_OF, Duration.ofDays(days));
            double t = new double[] {0.9, 0.95, 0.99, 0.999, 0.5, 0.01}[rnd.nextInt(6)];
            List<Event> events = new ArrayList<>();
            for (int n = rnd.nextInt(400); n > 0; n--) {
                events.add(new Event(window.from().plusSeconds(rnd.nextInt(days * 86_400)), rnd.nextInt(1000) < 995));
            }
            for (int n = rnd.nextInt(3) == 0 ? rnd.nextInt(40) : 0; n > 0; n--) {
                events.add(new Event(AS_OF.minusSeconds(1 + rnd.nextInt(rnd.nextBoolean() ? 300 : 20_000)), false));
            }
            AtomicInteger exactCalls = new AtomicInteger();
            BurnAlert actual = BurnEvaluator.evaluate(window, Objective.of(t), series(window, events), (from, to) -> {
                exactCalls.incrementAndGet();
                return count(events, from, to);
            });
            assertEquals(expected(window, t, events), actual, "case " + i);
            assertTrue(exactCalls.get() <= 4);
            exactCallsTotal += exactCalls.get();
            alerts += actual == BurnAlert.NONE ? 0 : 1;
        }
        assertTrue(alerts > 100, "the cases include alerts: " + alerts);
        assertTrue(exactCallsTotal < 3_000, "most sub-windows are settled by the hourly buckets: " + exactCallsTotal + " extra calls in 3000 cases");
    }

    @Test
    void burnRateExactlyAtTheFastThresholdAlerts() {
        // 30-day period: fast windows are the last hour and the last 5 minutes. T = 0.99, so 14.4 means 14.4% bad.
        EvaluationWindow window = new EvaluationWindow(Instant.parse("2026-10-02T09:00:00Z"), Instant.parse("2026-11-01T09:00:00Z"), Duration.ofDays(30));
        List<Event> events = new ArrayList<>();
        addEvents(events, Instant.parse("2026-11-01T08:57:00Z"), 107, true);
        addEvents(events, Instant.parse("2026-11-01T08:57:30Z"), 18, false);
        assertEquals(BurnAlert.FAST, evaluate(window, 0.99, events), "18 bad of 125 is exactly 14.4 times the 1% budget");
        events.removeLast();
        events.add(new Event(Instant.parse("2026-11-01T08:57:30Z"), true));
        assertEquals(BurnAlert.SLOW, evaluate(window, 0.99, events), "17 bad of 125 is below 14.4 but above 6");
    }

    @Test
    void burnRateExactlyAtTheSlowThresholdAlertsAndJustBelowDoesNot() {
        EvaluationWindow window = new EvaluationWindow(Instant.parse("2026-10-02T09:00:00Z"), Instant.parse("2026-11-01T09:00:00Z"), Duration.ofDays(30));
        List<Event> events = new ArrayList<>();
        // Slow windows: last 6 h and last 30 min. 3 bad of 50 = 6% = 6 × 1%.
        addEvents(events, Instant.parse("2026-11-01T08:40:00Z"), 47, true);
        addEvents(events, Instant.parse("2026-11-01T08:41:00Z"), 3, false);
        assertEquals(BurnAlert.SLOW, evaluate(window, 0.99, events));
        events.add(new Event(Instant.parse("2026-11-01T08:42:00Z"), true));
        assertEquals(BurnAlert.NONE, evaluate(window, 0.99, events), "3 bad of 51 is below 6");
    }

    @Test
    void bothWindowsMustBurnAnAlertThatHasStoppedDoesNotFire() {
        EvaluationWindow window = new EvaluationWindow(Instant.parse("2026-10-02T09:00:00Z"), Instant.parse("2026-11-01T09:00:00Z"), Duration.ofDays(30));
        List<Event> events = new ArrayList<>();
        addEvents(events, Instant.parse("2026-11-01T08:10:00Z"), 30, false);
        addEvents(events, Instant.parse("2026-11-01T08:56:00Z"), 20, true);
        assertEquals(BurnAlert.NONE, evaluate(window, 0.99, events), "the last hour burned, the last 5 minutes did not");
    }

    @Test
    void bucketsThatDoNotAddUpAreNotTrusted() {
        EvaluationWindow window = new EvaluationWindow(Instant.parse("2026-10-02T09:00:00Z"), Instant.parse("2026-11-01T09:00:00Z"), Duration.ofDays(30));
        List<Event> events = new ArrayList<>();
        addEvents(events, Instant.parse("2026-11-01T08:58:00Z"), 10, false);
        BucketSeries noBuckets = new BucketSeries(window.from(), window.to(), new Counts(10, 0), List.of(), Duration.ofHours(1));
        AtomicInteger calls = new AtomicInteger();
        BurnAlert alert = BurnEvaluator.evaluate(window, Objective.of(0.99), noBuckets, (from, to) -> {
            calls.incrementAndGet();
            return count(events, from, to);
        });
        assertEquals(BurnAlert.FAST, alert);
        assertEquals(2, calls.get(), "both fast windows were asked for");
    }

    @Test
    void aLenientObjectiveCanNeverBurnFast() {
        EvaluationWindow window = new EvaluationWindow(Instant.parse("2026-10-02T09:00:00Z"), Instant.parse("2026-11-01T09:00:00Z"), Duration.ofDays(30));
        List<Event> events = new ArrayList<>();
        addEvents(events, Instant.parse("2026-11-01T08:59:00Z"), 10, false);
        assertEquals(BurnAlert.NONE, evaluate(window, 0.5, events), "at most 100% bad is 2 × a 50% budget, below 6");
    }

    private static BurnAlert evaluate(EvaluationWindow window, double t, List<Event> events) {
        return BurnEvaluator.evaluate(window, Objective.of(t), series(window, events), (from, to) -> count(events, from, to));
    }

    private static void addEvents(List<Event> events, Instant at, int n, boolean good) {
        for (int i = 0; i < n; i++) {
            events.add(new Event(at, good));
        }
    }

    private static BucketSeries series(EvaluationWindow window, List<Event> events) {
        TreeMap<Instant, long[]> hours = new TreeMap<>();
        for (Event e : events) {
            if (!e.at().isBefore(window.from()) && e.at().isBefore(window.to())) {
                long[] c = hours.computeIfAbsent(e.at().truncatedTo(ChronoUnit.HOURS), k -> new long[2]);
                c[0]++;
                c[1] += e.good() ? 1 : 0;
            }
        }
        List<Bucket> buckets = hours.entrySet().stream().map(h -> new Bucket(h.getKey(), new Counts(h.getValue()[0], h.getValue()[1]))).toList();
        return new BucketSeries(window.from(), window.to(), count(events, window.from(), window.to()), buckets, Duration.ofHours(1));
    }

    private static Counts count(List<Event> events, Instant from, Instant to) {
        long valid = 0;
        long good = 0;
        for (Event e : events) {
            if (!e.at().isBefore(from) && e.at().isBefore(to)) {
                valid++;
                good += e.good() ? 1 : 0;
            }
        }
        return new Counts(valid, good);
    }

    private static BurnAlert expected(EvaluationWindow window, double t, List<Event> events) {
        long period = window.period().toNanos();
        if (reaches(window, t, events, period / 720, "14.4") && reaches(window, t, events, period / 8640, "14.4")) {
            return BurnAlert.FAST;
        }
        if (reaches(window, t, events, period / 120, "6") && reaches(window, t, events, period / 1440, "6")) {
            return BurnAlert.SLOW;
        }
        return BurnAlert.NONE;
    }

    private static boolean reaches(EvaluationWindow window, double t, List<Event> events, long nanos, String k) {
        Instant start = window.to().minusNanos(nanos);
        Counts c = count(events, start.isBefore(window.from()) ? window.from() : start, window.to());
        return BruteForce.burnReaches(c.bad(), c.valid(), t, k);
    }
}
