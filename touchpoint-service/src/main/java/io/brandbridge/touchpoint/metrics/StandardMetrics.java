package io.brandbridge.touchpoint.metrics;

import java.util.Map;

/** Range rules for the catalogue's standard metrics (DESIGN 3.1); custom metrics only need to be finite. */
public final class StandardMetrics {

    private enum Rule {
        NON_NEGATIVE, BOOLEAN, CSAT, NPS, EFFORT
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("wait_seconds", Rule.NON_NEGATIVE),
            Map.entry("handle_seconds", Rule.NON_NEGATIVE),
            Map.entry("delivery_hours", Rule.NON_NEGATIVE),
            Map.entry("transfers", Rule.NON_NEGATIVE),
            Map.entry("answered", Rule.BOOLEAN),
            Map.entry("resolved_first_contact", Rule.BOOLEAN),
            Map.entry("damaged", Rule.BOOLEAN),
            Map.entry("repeat_contact_7d", Rule.BOOLEAN),
            Map.entry("csat", Rule.CSAT),
            Map.entry("nps", Rule.NPS),
            Map.entry("effort", Rule.EFFORT));

    private StandardMetrics() {
    }

    /**
     * Why {@code value} is not acceptable for {@code key}, or null when it is.
     * {@code givenAsBoolean} tells a JSON/CSV true/false from a number.
     */
    public static String problem(String key, double value, boolean givenAsBoolean) {
        Rule rule = RULES.get(key);
        if (rule == null) {
            return null;
        }
        if (rule == Rule.BOOLEAN) {
            return value == 0 || value == 1 ? null : "must be true, false, 1 or 0";
        }
        if (givenAsBoolean) {
            return "must be a number, not a boolean";
        }
        return switch (rule) {
            case NON_NEGATIVE -> value >= 0 ? null : "must be at least 0";
            case CSAT -> value >= 1 && value <= 5 ? null : "must be between 1 and 5";
            case NPS -> value >= 0 && value <= 10 ? null : "must be between 0 and 10";
            case EFFORT -> value >= 1 && value <= 7 ? null : "must be between 1 and 7";
            case BOOLEAN -> null;
        };
    }
}
