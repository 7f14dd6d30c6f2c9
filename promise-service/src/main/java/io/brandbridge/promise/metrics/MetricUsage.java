package io.brandbridge.promise.metrics;

/** Tells the catalogue whether any promise version of a brand measures a metric. */
public interface MetricUsage {

    boolean isUsed(String brandId, String metricKey);
}
