package io.brandbridge.alignment.scoring;

/** How a measured value is compared with a threshold: {@code value op threshold}. */
public enum Comparison {
    LT("<"), LE("≤"), GT(">"), GE("≥"), EQ("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public boolean holds(double value, double threshold) {
        return switch (this) {
            case LT -> value < threshold;
            case LE -> value <= threshold;
            case GT -> value > threshold;
            case GE -> value >= threshold;
            case EQ -> value == threshold;
        };
    }

    public String symbol() {
        return symbol;
    }
}
