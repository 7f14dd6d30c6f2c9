package io.brandbridge.bench.alignment;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What benchmark (2) seeds and asks: a brand with {@code promises} promises of two commitments each over
 * {@code touchpoints} call-centre touchpoints, every commitment distinct (different thresholds and windows,
 * so no two share a call), and a handle-time target at the first {@code targets} touchpoints.
 */
record RecomputeScenario(int promises, int touchpoints, int targets, long interactions) {

    static final Duration SPAN = Duration.ofDays(28);
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** The longest window any commitment has, so a day's windows reach back at most this far. */
    static final int LONGEST_WINDOW_DAYS = 28;

    /** One commitment of promise p: metric op threshold, objective, rolling window in days. */
    record Commitment(int promise, String key, String metric, String op, double threshold, double objective, int days) {

        String json() {
            return String.format(Locale.ROOT, "{\"key\":\"%s\",\"metric\":\"%s\",\"op\":\"%s\",\"threshold\":%s,\"objective\":%s,"
                    + "\"window\":{\"type\":\"ROLLING_DAYS\",\"days\":%d},\"weight\":1,\"minSample\":30}", key, metric, op, threshold, objective, days);
        }
    }

    /** The scenario {@code --promises --touchpoints --targets --interactions} ask for (20, 10, 2, 10,000,000). */
    static RecomputeScenario of(Options options) {
        return new RecomputeScenario(options.integer("promises", 20), options.integer("touchpoints", 10), options.integer("targets", 2),
                options.number("interactions", 10_000_000L));
    }

    List<Commitment> commitmentsOf(int p) {
        return List.of(new Commitment(p, "answer", "wait_seconds", "LE", 20 + p, 0.6, 28),
                new Commitment(p, "fcr", "resolved_first_contact", "EQ", 1, 0.7 + p / 100.0, 7 + p % 21));
    }

    List<Commitment> allCommitments() {
        List<Commitment> all = new ArrayList<>();
        for (int p = 0; p < promises; p++) {
            all.addAll(commitmentsOf(p));
        }
        return all;
    }

    String promiseJson(int p) {
        return String.format(Locale.ROOT, "{\"title\":\"Promise %d\",\"statement\":\"What we promise, number %d\",\"touchpointTypes\":[\"CALL_CENTRE\"],"
                + "\"priority\":%d,\"commitments\":[%s,%s]}", p, p, 1 + p % 5, commitmentsOf(p).get(0).json(), commitmentsOf(p).get(1).json());
    }
}
