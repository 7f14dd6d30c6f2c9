package io.brandbridge.touchpoint.metrics;

/** Metric keys as the catalogue defines them (DESIGN 3.1): {@code [a-z][a-z0-9_]{0,63}}. */
public final class MetricKeys {

    public static final String REGEX = "^[a-z][a-z0-9_]{0,63}$";
    public static final String MESSAGE = "must match [a-z][a-z0-9_]{0,63}";
    public static final int MAX_LENGTH = 64;

    private MetricKeys() {
    }

    /** Same rule as {@link #REGEX}, checked by hand because ingestion checks every key of every record. */
    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        char first = key.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
