package io.brandbridge.promise.metrics;

/** How a metric's values read: a quantity, a yes/no stored as 1 and 0, or a point on a rating scale. */
public enum MetricKind {
    NUMBER, BOOLEAN, SCORE
}
