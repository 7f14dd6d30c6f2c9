package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;
import io.brandbridge.alignment.clients.touchpoints.RemoteTarget;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpoint;
import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.Comparison;
import io.brandbridge.alignment.scoring.Gap;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.brandbridge.alignment.scoring.TouchpointAlignment;
import io.brandbridge.alignment.stubs.BruteForce;
import io.brandbridge.alignment.stubs.FakePromiseService;
import io.brandbridge.alignment.stubs.FakeTouchpointService;
import io.brandbridge.alignment.stubs.Interaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure of a recompute against a brute-force computation: random brands, promises, touchpoints
 * and raw interactions are generated; the fakes answer the stats contract by counting; the expected
 * figures are computed here straight from the raw interactions with exact fractions. Cases are steered
 * onto the edges: no data, exactly minSample, attainment exactly at the objective, objectives near 0
 * and 1, bursts of failures right before asOf (burn-rate alerts), calendar windows across DST.
 */
class BrandRecomputationPropertyTest {

    private static final int CASES = 400;
    private static final List<String> TYPES = List.of("CALL_CENTRE", "DELIVERY", "CHAT");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata"), ZoneId.of("America/New_York"));
    private static final double[] OBJECTIVES = {0.5, 0.8, 0.9, 0.95, 0.99, 0.001, 0.01, 0.999, 0.9999, 0.75};
    private static final ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();

    private record Metric(String key, boolean bool, int min, int max) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("wait_seconds", false, 0, 120), new Metric("answered", true, 0, 1),
            new Metric("handle_seconds", false, 60, 400), new Metric("resolved_first_contact", true, 0, 1));

    private final Map<String, Integer> edgesSeen = new HashMap<>();

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void everyFigureMatchesBruteForceOverRandomInteractions() {
        for (int seed = 0; seed < CASES; seed++) {
            try {
                checkCase(seed);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
        for (String edge : List.of("no data", "exactly minSample", "attainment exactly at objective", "objective near 0", "objective near 1",
                "FAST", "SLOW", "AT_RISK", "BROKEN", "KEPT", "NO_DATA", "flagged spread", "conflict", "gap")) {
            assertTrue(edgesSeen.getOrDefault(edge, 0) > 0, "the generated cases reach the edge '" + edge + "': " + edgesSeen);
        }
    }

    private void checkCase(int seed) {
        Random rnd = new Random(seed);
        ZoneId zone = ZONES.get(rnd.nextInt(ZONES.size()));
        Instant asOf = Instant.parse("2026-03-20T00:00:00Z").plusSeconds(rnd.nextInt(60 * 86_400));
        String brandId = "brd_" + seed;
        FakePromiseService promises = new FakePromiseService();
        FakeTouchpointService touchpoints = new FakeTouchpointService();
        promises.addBrand(brandId, zone.getId());

        int touchpointCount = 1 + rnd.nextInt(4);
        for (int t = 0; t < touchpointCount; t++) {
            String id = "tp" + t;
            touchpoints.addTouchpoint(id, brandId, TYPES.get(rnd.nextInt(TYPES.size())), "Touchpoint " + t);
            for (int k = rnd.nextInt(3); k > 0; k--) {
                Metric m = METRICS.get(rnd.nextInt(METRICS.size()));
                touchpoints.addTarget("tgt" + t + "_" + k, id, m.key(), m.bool() ? "EQ" : "LE", m.bool() ? 1 : m.min() + rnd.nextInt(m.max() - m.min() + 1), "COST");
            }
        }
        touchpoints.addTouchpoint("other", "brd_other", "CALL_CENTRE", "Another brand's");
        boolean healthy = rnd.nextInt(3) == 0;
        if (healthy) {
            generateHealthyWithBurst(rnd, asOf, touchpointCount, touchpoints.interactions);
        } else {
            generateInteractions(rnd, asOf, touchpointCount, touchpoints.interactions);
        }

        List<RemotePromise> generated = new ArrayList<>();
        for (int p = rnd.nextInt(4); p > 0; p--) {
            List<String> types = TYPES.stream().filter(x -> rnd.nextInt(3) > 0).toList();
            List<RemoteCommitment> commitments = new ArrayList<>();
            for (int c = 1 + rnd.nextInt(3); c > 0; c--) {
                commitments.add(healthy ? healthyCommitment(rnd, "c" + c) : commitment(rnd, "c" + c, brandId, types, asOf, zone, touchpoints));
            }
            generated.add(new RemotePromise("prm_" + p, brandId, "Promise " + p, types, 1 + rnd.nextInt(5), "ACTIVE", 1 + rnd.nextInt(3), commitments));
        }
        generated.forEach(p -> promises.addPromise(brandId, p));

        BrandRecomputation.Result result = new BrandRecomputation(promises, touchpoints, EXECUTOR, 3).run(brandId, asOf);
        verify(result.alignment(), generated, touchpoints, asOf, zone);
        assertEquals(promises.calls.size() + touchpoints.calls.size(), result.calls(), "every call is counted");
    }

    private static void generateInteractions(Random rnd, Instant asOf, int touchpointCount, List<Interaction> out) {
        int n = rnd.nextInt(8) == 0 ? 0 : rnd.nextInt(500);
        for (int i = 0; i < n; i++) {
            long secondsBack = rnd.nextInt(5) == 0 ? rnd.nextInt(7_200) : rnd.nextInt(40 * 86_400);
            out.add(new Interaction("tp" + rnd.nextInt(touchpointCount), asOf.minusSeconds(secondsBack), randomMetrics(rnd, 0.8)));
        }
        if (rnd.nextInt(3) == 0) {
            // A burst of failures right before asOf, so burn-rate alerts fire.
            for (int i = 20 + rnd.nextInt(60); i > 0; i--) {
                out.add(new Interaction("tp" + rnd.nextInt(touchpointCount), asOf.minusSeconds(1 + rnd.nextInt(rnd.nextBoolean() ? 600 : 7_200)),
                        Map.of("wait_seconds", 120.0, "answered", 0.0, "handle_seconds", 400.0, "resolved_first_contact", 0.0)));
            }
        }
        // Boundary instants: asOf itself is outside every window.
        out.add(new Interaction("tp0", asOf, randomMetrics(rnd, 1)));
        out.add(new Interaction("other", asOf.minusSeconds(60), randomMetrics(rnd, 1)));
    }

    /** Mostly good interactions, then failures in the last minutes (fast burn) or hours (slow burn). */
    private static void generateHealthyWithBurst(Random rnd, Instant asOf, int touchpointCount, List<Interaction> out) {
        Map<String, Double> goodValues = Map.of("wait_seconds", 10.0, "answered", 1.0, "handle_seconds", 100.0, "resolved_first_contact", 1.0);
        Map<String, Double> badValues = Map.of("wait_seconds", 120.0, "answered", 0.0, "handle_seconds", 400.0, "resolved_first_contact", 0.0);
        for (int i = 300 + rnd.nextInt(1200); i > 0; i--) {
            out.add(new Interaction("tp" + rnd.nextInt(touchpointCount), asOf.minusSeconds(1 + rnd.nextInt(40 * 86_400)), goodValues));
        }
        boolean fast = rnd.nextBoolean();
        int spreadSeconds = fast ? 240 : 3 * 3_600;
        for (int i = fast ? 3 + rnd.nextInt(12) : 10 + rnd.nextInt(30); i > 0; i--) {
            out.add(new Interaction("tp" + rnd.nextInt(touchpointCount), asOf.minusSeconds(1 + rnd.nextInt(spreadSeconds)), badValues));
        }
    }

    private static RemoteCommitment healthyCommitment(Random rnd, String key) {
        Metric m = METRICS.get(rnd.nextInt(METRICS.size()));
        RemoteWindow window = switch (rnd.nextInt(4)) {
            case 0 -> new RemoteWindow("CALENDAR_WEEK", null);
            case 1 -> new RemoteWindow("CALENDAR_MONTH", null);
            default -> new RemoteWindow("ROLLING_DAYS", 1 + rnd.nextInt(30));
        };
        double objective = List.of(0.95, 0.98, 0.99, 0.995).get(rnd.nextInt(4));
        return new RemoteCommitment(key, m.key(), m.bool() ? "EQ" : "LE", m.bool() ? 1.0 : m.max() - 1.0, objective, window, 1.0, 1 + rnd.nextInt(50));
    }

    private static Map<String, Double> randomMetrics(Random rnd, double presence) {
        Map<String, Double> metrics = new HashMap<>();
        boolean quick = rnd.nextBoolean();
        for (Metric m : METRICS) {
            if (rnd.nextDouble() < presence) {
                double value = m.key().equals("resolved_first_contact") ? (rnd.nextInt(10) < (quick ? 5 : 8) ? 1 : 0)
                        : m.min() + rnd.nextInt(m.max() - m.min() + 1);
                metrics.put(m.key(), value);
            }
        }
        return metrics;
    }

    private RemoteCommitment commitment(Random rnd, String key, String brandId, List<String> types, Instant asOf, ZoneId zone,
                                        FakeTouchpointService touchpoints) {
        Metric m = METRICS.get(rnd.nextInt(METRICS.size()));
        String op;
        double threshold;
        if (m.bool()) {
            op = rnd.nextInt(4) == 0 ? "GE" : "EQ";
            threshold = rnd.nextInt(5) == 0 ? 0 : 1;
        } else {
            op = List.of("LT", "LE", "GT", "GE", "EQ").get(rnd.nextInt(5));
            threshold = m.min() + rnd.nextInt(m.max() - m.min() + 1);
        }
        RemoteWindow window = switch (rnd.nextInt(4)) {
            case 0 -> new RemoteWindow("CALENDAR_WEEK", null);
            case 1 -> new RemoteWindow("CALENDAR_MONTH", null);
            default -> new RemoteWindow("ROLLING_DAYS", 1 + rnd.nextInt(30));
        };
        double objective = OBJECTIVES[rnd.nextInt(OBJECTIVES.length)];
        int minSample = List.of(1, 5, 30, 100).get(rnd.nextInt(4));
        Window w = expectedWindow(window, asOf, zone);
        List<String> covered = touchpoints.touchpoints.stream().filter(t -> t.brandId().equals(brandId) && types.contains(t.type())).map(RemoteTouchpoint::id).toList();
        long[] pooled = BruteForce.count(touchpoints.interactions, covered, m.key(), Comparison.valueOf(op), threshold, w.from, asOf);
        if (pooled[0] > 0 && rnd.nextInt(4) == 0) {
            minSample = (int) pooled[0];
        }
        if (pooled[0] > 0 && pooled[1] > 0 && pooled[1] < pooled[0] && rnd.nextInt(3) == 0) {
            try {
                objective = BigDecimal.valueOf(pooled[1]).divide(BigDecimal.valueOf(pooled[0])).doubleValue();
            } catch (ArithmeticException nonTerminating) {
                // keep the random objective
            }
        }
        return new RemoteCommitment(key, m.key(), op, threshold, objective, window, List.of(0.5, 1.0, 2.0, 3.0).get(rnd.nextInt(4)), minSample);
    }

    private record Window(Instant from, Duration period) {
    }

    /** The window worked out afresh: N·24 h back, or back to Monday / the 1st at midnight in the brand's zone. */
    private static Window expectedWindow(RemoteWindow window, Instant asOf, ZoneId zone) {
        LocalDate day = asOf.atZone(zone).toLocalDate();
        return switch (window.type()) {
            case "ROLLING_DAYS" -> new Window(asOf.minusSeconds(86_400L * window.days()), Duration.ofSeconds(86_400L * window.days()));
            case "CALENDAR_WEEK" -> {
                LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
                ZonedDateTime start = monday.atStartOfDay(zone);
                yield new Window(start.toInstant(), Duration.between(start, monday.plusDays(7).atStartOfDay(zone)));
            }
            default -> {
                LocalDate first = LocalDate.of(day.getYear(), day.getMonth(), 1);
                ZonedDateTime start = first.atStartOfDay(zone);
                yield new Window(start.toInstant(), Duration.between(start, first.plusMonths(1).atStartOfDay(zone)));
            }
        };
    }

    private void verify(BrandAlignment actual, List<RemotePromise> promises, FakeTouchpointService touchpoints, Instant asOf, ZoneId zone) {
        List<RemoteTouchpoint> brandTouchpoints = touchpoints.touchpoints.stream().filter(t -> !t.id().equals("other")).toList();
        List<Gap> expectedGaps = new ArrayList<>();
        List<String> expectedConflicts = new ArrayList<>();
        double indexWeighted = 0;
        double indexWeights = 0;
        assertEquals(promises.size(), actual.promises().size());
        for (RemotePromise promise : promises) {
            PromiseAlignment p = actual.promises().stream().filter(x -> x.promiseId().equals(promise.id())).findFirst().orElseThrow();
            assertEquals(promise.version(), p.version());
            List<RemoteTouchpoint> covered = brandTouchpoints.stream().filter(t -> promise.touchpointTypes().contains(t.type())).toList();
            double weighted = 0;
            double weights = 0;
            List<Status> statuses = new ArrayList<>();
            for (RemoteCommitment rc : promise.commitments()) {
                CommitmentAlignment c = p.commitments().stream().filter(x -> x.key().equals(rc.key())).findFirst().orElseThrow();
                Status status = verifyCommitment(c, rc, covered, touchpoints.interactions, asOf, zone);
                statuses.add(status);
                if (status != Status.NO_DATA) {
                    weighted += c.score() * rc.weight();
                    weights += rc.weight();
                }
                expectedGaps.addAll(expectedGaps(promise, rc, c, covered, touchpoints.interactions));
                expectedConflicts.addAll(expectedConflicts(promise, rc, c, covered, touchpoints));
            }
            Status worst = statuses.contains(Status.BROKEN) ? Status.BROKEN : statuses.contains(Status.AT_RISK) ? Status.AT_RISK
                    : statuses.contains(Status.NO_DATA) || statuses.isEmpty() ? Status.NO_DATA : Status.KEPT;
            assertEquals(worst, p.status(), "promise status is the worst commitment status");
            if (weights == 0) {
                assertNull(p.score(), "a promise without data has no score");
            } else {
                close(weighted / weights, p.score(), "promise score");
                indexWeighted += p.score() * promise.priority();
                indexWeights += promise.priority();
            }
        }
        if (indexWeights == 0) {
            assertNull(actual.index());
        } else {
            close(indexWeighted / indexWeights, actual.index(), "brand index");
        }
        expectedGaps.sort(Comparator.comparingDouble(Gap::excessBroken).reversed().thenComparing(Comparator.comparingLong(Gap::brokenPromises).reversed())
                .thenComparing(Gap::promiseId).thenComparing(Gap::commitmentKey).thenComparing(Gap::touchpointId));
        assertEquals(expectedGaps.size(), actual.gaps().size(), "gap count");
        for (int i = 0; i < expectedGaps.size(); i++) {
            Gap e = expectedGaps.get(i);
            Gap a = actual.gaps().get(i);
            assertEquals(List.of(e.promiseId(), e.commitmentKey(), e.touchpointId()), List.of(a.promiseId(), a.commitmentKey(), a.touchpointId()), "gap " + i + " in rank order");
            close(e.excessBroken(), a.excessBroken(), "gap excessBroken");
            assertEquals(e.brokenPromises(), a.brokenPromises());
            count("gap");
        }
        List<String> actualConflicts = actual.conflicts().stream().map(c -> c.target().id() + "/" + c.commitment().promiseId() + "/" + c.commitment().key()).sorted().toList();
        assertEquals(expectedConflicts.stream().sorted().toList(), actualConflicts, "conflicts");
        for (int i = 1; i < actual.conflicts().size(); i++) {
            assertTrue(actual.conflicts().get(i - 1).z() <= actual.conflicts().get(i).z(), "conflicts strongest first");
        }
    }

    private Status verifyCommitment(CommitmentAlignment c, RemoteCommitment rc, List<RemoteTouchpoint> covered, List<Interaction> interactions,
                                    Instant asOf, ZoneId zone) {
        Window w = expectedWindow(rc.window(), asOf, zone);
        assertEquals(w.from(), c.from(), "window start");
        assertEquals(asOf, c.to(), "window end");
        Comparison op = Comparison.valueOf(rc.op());
        double t = rc.objective();
        long valid = 0;
        long good = 0;
        assertEquals(covered.size(), c.touchpoints().size(), "one row per covered touchpoint");
        List<long[]> eligible = new ArrayList<>();
        for (RemoteTouchpoint tp : covered) {
            long[] counts = BruteForce.count(interactions, List.of(tp.id()), rc.metric(), op, rc.threshold(), w.from(), asOf);
            TouchpointAlignment row = c.touchpoints().stream().filter(r -> r.touchpointId().equals(tp.id())).findFirst().orElseThrow();
            checkFigures(counts[0], counts[1], t, row.valid(), row.good(), row.attainment(), row.allowedBad(), row.budgetRemaining(),
                    row.brokenPromises(), row.excessBroken(), row.score(), "touchpoint " + tp.id());
            Status rowStatus = counts[0] < rc.minSample() ? Status.NO_DATA : BruteForce.met(counts[1], counts[0], t) ? Status.KEPT : Status.BROKEN;
            assertEquals(rowStatus, row.status(), "touchpoint status");
            if (counts[0] >= rc.minSample()) {
                eligible.add(counts);
            }
            valid += counts[0];
            good += counts[1];
        }
        checkFigures(valid, good, t, c.valid(), c.good(), c.attainment(), c.allowedBad(), c.budgetRemaining(), c.brokenPromises(),
                c.excessBroken(), c.score(), "pooled");
        if (valid == 0) {
            count("no data");
        }
        if (valid == rc.minSample()) {
            count("exactly minSample");
        }
        if (valid > 0 && BruteForce.met(good, valid, t) && !BruteForce.met(good - 1, valid, t)) {
            count("attainment exactly at objective");
        }
        if (t <= 0.01) {
            count("objective near 0");
        }
        if (t >= 0.999) {
            count("objective near 1");
        }
        Status expected;
        BurnAlert alert = null;
        if (valid < rc.minSample()) {
            expected = Status.NO_DATA;
        } else if (!BruteForce.met(good, valid, t)) {
            expected = Status.BROKEN;
        } else {
            alert = expectedAlert(rc, op, covered, interactions, w, asOf);
            expected = alert == BurnAlert.NONE ? Status.KEPT : Status.AT_RISK;
            count(alert.name());
        }
        assertEquals(alert, c.burnAlert(), "burn alert");
        assertEquals(expected, c.status(), "status");
        count(expected.name());

        assertEquals(eligible.size(), c.consistency().touchpointsCompared(), "touchpoints compared for consistency");
        if (eligible.size() < 2) {
            assertNull(c.consistency().spread());
        } else {
            long[] best = eligible.stream().max((a, b) -> Double.compare((double) a[1] / a[0], (double) b[1] / b[0])).orElseThrow();
            long[] worst = eligible.stream().min((a, b) -> Double.compare((double) a[1] / a[0], (double) b[1] / b[0])).orElseThrow();
            close((double) best[1] / best[0] - (double) worst[1] / worst[0], c.consistency().spread(), "spread");
            boolean flagged = BruteForce.spreadAbove15(best[1], best[0], worst[1], worst[0]);
            assertEquals(flagged, c.consistency().flagged(), "spread flag");
            if (flagged) {
                count("flagged spread");
            }
        }
        return expected;
    }

    private static BurnAlert expectedAlert(RemoteCommitment rc, Comparison op, List<RemoteTouchpoint> covered, List<Interaction> interactions,
                                           Window w, Instant asOf) {
        long nanos = w.period().toNanos();
        List<String> ids = covered.stream().map(RemoteTouchpoint::id).toList();
        boolean fast = reaches(rc, op, ids, interactions, w, asOf, nanos / 720, "14.4") && reaches(rc, op, ids, interactions, w, asOf, nanos / 8640, "14.4");
        if (fast) {
            return BurnAlert.FAST;
        }
        boolean slow = reaches(rc, op, ids, interactions, w, asOf, nanos / 120, "6") && reaches(rc, op, ids, interactions, w, asOf, nanos / 1440, "6");
        return slow ? BurnAlert.SLOW : BurnAlert.NONE;
    }

    private static boolean reaches(RemoteCommitment rc, Comparison op, List<String> ids, List<Interaction> interactions, Window w, Instant asOf,
                                   long lengthNanos, String k) {
        Instant start = asOf.minusNanos(lengthNanos);
        if (start.isBefore(w.from())) {
            start = w.from();
        }
        long[] counts = BruteForce.count(interactions, ids, rc.metric(), op, rc.threshold(), start, asOf);
        return BruteForce.burnReaches(counts[0] - counts[1], counts[0], rc.objective(), k);
    }

    private static void checkFigures(long valid, long good, double t, long aValid, long aGood, Double attainment, double allowedBad,
                                     Double budgetRemaining, long broken, double excess, Double score, String what) {
        assertEquals(valid, aValid, what + " valid");
        assertEquals(good, aGood, what + " good");
        assertEquals(valid - good, broken, what + " brokenPromises");
        double expectedAllowed = BruteForce.allowedBad(valid, t);
        close(expectedAllowed, allowedBad, what + " allowedBad");
        close(BruteForce.excessBroken(valid - good, valid, t), excess, what + " excessBroken");
        if (valid == 0) {
            assertNull(attainment, what + " attainment without data");
            assertNull(budgetRemaining, what + " budgetRemaining without data");
            assertNull(score, what + " score without data");
            return;
        }
        close((double) good / valid, attainment, what + " attainment");
        close(1 - (valid - good) / expectedAllowed, budgetRemaining, what + " budgetRemaining");
        double expectedScore = BruteForce.met(good, valid, t) ? 100 : 100 * ((double) good / valid) / t;
        close(expectedScore, score, what + " score");
        if (!BruteForce.met(good, valid, t)) {
            assertTrue(score < 100, what + " a broken commitment never scores 100");
        }
    }

    private List<Gap> expectedGaps(RemotePromise promise, RemoteCommitment rc, CommitmentAlignment c, List<RemoteTouchpoint> covered,
                                   List<Interaction> interactions) {
        List<Gap> gaps = new ArrayList<>();
        for (RemoteTouchpoint tp : covered) {
            long[] counts = BruteForce.count(interactions, List.of(tp.id()), rc.metric(), Comparison.valueOf(rc.op()), rc.threshold(), c.from(), c.to());
            if (counts[0] >= rc.minSample() && !BruteForce.met(counts[1], counts[0], rc.objective())) {
                double allowed = BruteForce.allowedBad(counts[0], rc.objective());
                gaps.add(new Gap(promise.id(), promise.title(), rc.key(), rc.metric(), Comparison.valueOf(rc.op()), rc.threshold(), rc.objective(),
                        tp.id(), tp.name(), tp.type(), counts[0], counts[1], (double) counts[1] / counts[0], allowed, counts[0] - counts[1],
                        BruteForce.excessBroken(counts[0] - counts[1], counts[0], rc.objective())));
            }
        }
        return gaps;
    }

    private List<String> expectedConflicts(RemotePromise promise, RemoteCommitment rc, CommitmentAlignment c, List<RemoteTouchpoint> covered,
                                           FakeTouchpointService touchpoints) {
        List<String> found = new ArrayList<>();
        for (RemoteTouchpoint tp : covered) {
            for (RemoteTarget target : touchpoints.targets.getOrDefault(tp.id(), List.of())) {
                long metKept = 0;
                long metBroken = 0;
                long missedKept = 0;
                long missedBroken = 0;
                for (Interaction i : touchpoints.interactions) {
                    Double a = i.metrics().get(target.metric());
                    Double b = i.metrics().get(rc.metric());
                    if (!i.touchpointId().equals(tp.id()) || a == null || b == null || i.occurredAt().isBefore(c.from()) || !i.occurredAt().isBefore(c.to())) {
                        continue;
                    }
                    boolean met = Comparison.valueOf(target.op()).holds(a, target.threshold());
                    boolean kept = Comparison.valueOf(rc.op()).holds(b, rc.threshold());
                    if (met && kept) {
                        metKept++;
                    } else if (met) {
                        metBroken++;
                    } else if (kept) {
                        missedKept++;
                    } else {
                        missedBroken++;
                    }
                }
                long n1 = metKept + metBroken;
                long n0 = missedKept + missedBroken;
                if (n1 < rc.minSample() || n0 < rc.minSample()) {
                    continue;
                }
                double p1 = (double) metKept / n1;
                double p0 = (double) missedKept / n0;
                double pooled = (double) (metKept + missedKept) / (n1 + n0);
                double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n0));
                boolean marginExceeded = new BigDecimal(missedKept).multiply(BigDecimal.valueOf(n1)).subtract(new BigDecimal(metKept).multiply(BigDecimal.valueOf(n0)))
                        .compareTo(new BigDecimal("0.05").multiply(BigDecimal.valueOf(n1)).multiply(BigDecimal.valueOf(n0))) > 0;
                if (se > 0 && marginExceeded && Math.abs((p1 - p0) / se) >= 1.96) {
                    found.add(target.id() + "/" + promise.id() + "/" + rc.key());
                    count("conflict");
                }
            }
        }
        return found;
    }

    private void count(String edge) {
        edgesSeen.merge(edge, 1, Integer::sum);
    }

    private static void close(double expected, Double actual, String what) {
        assertNotNull(actual, what);
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }
}
