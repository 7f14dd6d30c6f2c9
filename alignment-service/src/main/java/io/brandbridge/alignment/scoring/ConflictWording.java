package io.brandbridge.alignment.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Puts an incentive conflict in words a person can act on, e.g. "calls that met the 180 s handle-time
 * target were resolved first time 58% of the time, longer calls 83%". Standard metrics have their own
 * phrasing; custom metrics fall back to their key.
 */
public final class ConflictWording {

    private record Metric(String label, String unit, boolean duration) {
    }

    /** What an interaction did when a boolean metric was 1, and when it was 0. */
    private record Outcome(String whenOne, String whenZero) {
    }

    private static final Map<String, Metric> METRICS = Map.of(
            "handle_seconds", new Metric("handle-time", "s", true),
            "wait_seconds", new Metric("wait-time", "s", true),
            "delivery_hours", new Metric("delivery-time", "h", true),
            "transfers", new Metric("transfers", "", false),
            "csat", new Metric("CSAT", "", false),
            "nps", new Metric("NPS", "", false),
            "effort", new Metric("effort score", "", false));

    private static final Map<String, Outcome> OUTCOMES = Map.of(
            "resolved_first_contact", new Outcome("were resolved first time", "were not resolved first time"),
            "answered", new Outcome("were answered", "were abandoned"),
            "damaged", new Outcome("arrived damaged", "arrived undamaged"),
            "repeat_contact_7d", new Outcome("led to a repeat contact within 7 days", "needed no repeat contact within 7 days"));

    private static final Map<String, String> SUBJECTS = Map.of(
            "CALL_CENTRE", "calls",
            "DELIVERY", "deliveries",
            "RETAIL_STORE", "store visits",
            "PACKAGING", "parcels",
            "ONLINE_SELF_SERVICE", "self-service sessions",
            "EMAIL", "emails",
            "CHAT", "chats",
            "SOCIAL", "social conversations");

    private ConflictWording() {
    }

    public static String sentence(String touchpointType, Condition target, Condition commitment, double p1, double p0) {
        String subjects = SUBJECTS.getOrDefault(touchpointType, "interactions");
        return subjects + " that met the " + targetName(target) + " target " + outcome(commitment) + " " + percent(p1)
                + " of the time, " + missedSubjects(subjects, target) + " " + percent(p0);
    }

    private static String targetName(Condition target) {
        Metric metric = metric(target.metric());
        if (metric.unit().isEmpty()) {
            return metric.label() + " " + target.op().symbol() + " " + number(target.threshold());
        }
        return number(target.threshold()) + " " + metric.unit() + " " + metric.label();
    }

    private static String missedSubjects(String subjects, Condition target) {
        Metric metric = metric(target.metric());
        if (metric.duration()) {
            switch (target.op()) {
                case LT, LE -> {
                    return "longer " + subjects;
                }
                case GT, GE -> {
                    return "shorter " + subjects;
                }
                default -> {
                }
            }
        }
        return subjects + " that missed it";
    }

    private static String outcome(Condition commitment) {
        Outcome outcome = OUTCOMES.get(commitment.metric());
        boolean keptWhenOne = commitment.holds(1);
        boolean keptWhenZero = commitment.holds(0);
        if (outcome != null && keptWhenOne != keptWhenZero) {
            return keptWhenOne ? outcome.whenOne() : outcome.whenZero();
        }
        Metric metric = metric(commitment.metric());
        String amount = number(commitment.threshold()) + (metric.unit().isEmpty() ? "" : " " + metric.unit());
        String bound = switch (commitment.op()) {
            case LE -> "of at most " + amount;
            case LT -> "under " + amount;
            case GE -> "of at least " + amount;
            case GT -> "above " + amount;
            case EQ -> "of " + amount;
        };
        return "had a " + metric.label() + " " + bound;
    }

    private static Metric metric(String key) {
        return METRICS.getOrDefault(key, new Metric(key.replace('_', ' '), "", false));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
