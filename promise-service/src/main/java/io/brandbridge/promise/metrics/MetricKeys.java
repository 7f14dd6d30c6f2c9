package io.brandbridge.promise.metrics;

/** The key format shared by metrics and commitments (DESIGN 3.1). */
public final class MetricKeys {

    public static final String PATTERN = "^[a-z][a-z0-9_]{0,63}$";
    public static final String MESSAGE = "must match [a-z][a-z0-9_]{0,63}";
    public static final int MAX_LENGTH = 64;

    private MetricKeys() {
    }
}
