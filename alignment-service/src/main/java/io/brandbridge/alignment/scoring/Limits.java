package io.brandbridge.alignment.scoring;

/**
 * The most a snapshot holds of each thing, and the longest text in it: the recompute refuses or stops
 * at these, and the OpenAPI schemas state them, so a client knows the true bounds of every answer.
 */
public final class Limits {

    /** Promise versions in force for one brand; a brand with more is not computed. */
    public static final int PROMISES = 1_000;
    /** Commitments of one promise version (promise-service's own limit). */
    public static final int COMMITMENTS = 50;
    /** Touchpoint types a promise covers: each of the eight at most once. */
    public static final int TOUCHPOINT_TYPES = 8;
    /** Touchpoints of one brand that are read: 1,000 pages of 200. */
    public static final int TOUCHPOINTS = 200_000;
    /** {@link #TOUCHPOINTS} as the schemas' maximum of a count takes it. */
    public static final String TOUCHPOINTS_TEXT = "200000";

    /** Ids issued by the other services. */
    public static final int ID_LENGTH = 64;
    /** Commitment keys and metric keys: {@code ^[a-z][a-z0-9_]{0,63}$}. */
    public static final int KEY_LENGTH = 64;
    public static final String KEY_PATTERN = "^[a-z][a-z0-9_]{0,63}$";
    /** Promise titles and touchpoint names. */
    public static final int NAME_LENGTH = 200;
    /** A conflict's sentence: fixed words around two metric keys and two thresholds, each at most 326 digits written out. */
    public static final int SENTENCE_LENGTH = 1_000;
    /** An instant as ISO-8601 text, e.g. 2026-11-01T09:00:02.417Z (with nanoseconds and an offset at most 35). */
    public static final int INSTANT_LENGTH = 40;

    /** The largest count a long holds, as the schemas write it. */
    public static final String LONG_MAX = "9223372036854775807";
    public static final String INT_MAX = "2147483647";

    private Limits() {
    }
}
