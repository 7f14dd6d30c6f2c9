package io.brandbridge.touchpoint.metrics;

/** How a metric value is compared with a threshold; booleans are 1 and 0. */
public enum Comparison {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=");

    private final String sql;

    Comparison(String sql) {
        this.sql = sql;
    }

    /** The SQL operator; safe to splice into a statement because it comes from this enum only. */
    public String sql() {
        return sql;
    }

    public boolean test(double value, double threshold) {
        return switch (this) {
            case LT -> value < threshold;
            case LE -> value <= threshold;
            case GT -> value > threshold;
            case GE -> value >= threshold;
            case EQ -> value == threshold;
        };
    }
}
