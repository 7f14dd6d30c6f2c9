package io.brandbridge.touchpoint.metrics;

/** How an interaction's metrics are described in the OpenAPI document; the schemas are in src/main/openapi/hand-written-schemas.yml. */
public final class MetricValues {

    public static final int MAX_METRICS = 64;
    /** Metric key to a number or a boolean; declared by hand because the generator cannot express a union of both. */
    public static final String SCHEMA = "#/components/schemas/MetricValues";
    public static final String DESCRIPTION = "Metric key (`[a-z][a-z0-9_]{0,63}`) to a finite number or a boolean (counted as 1 or 0); "
            + "at most 64 metrics";

    private MetricValues() {
    }
}
