package io.brandbridge.promise.metrics;

import io.micronaut.core.annotation.Nullable;

/** One metric a commitment may measure; {@code brandId} is null for the standard ones. */
public record CatalogueMetric(String key, String unit, MetricKind kind, String description, @Nullable String brandId) {

    public boolean standard() {
        return brandId == null;
    }
}
