package io.brandbridge.promise.metrics;

import io.micronaut.core.annotation.Nullable;

/**
 * One metric a commitment may measure; {@code brandId} is null for the standard ones, and {@code derived}
 * is true for those the platform computes from journeys rather than touchpoints pushing them.
 */
public record CatalogueMetric(String key, String unit, MetricKind kind, String description, @Nullable String brandId, boolean derived) {

    public boolean standard() {
        return brandId == null;
    }
}
