package io.brandbridge.promise.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("custom_metric")
public record CustomMetric(@Id @GeneratedValue @Nullable Long id,
                           String brandId,
                           String metricKey,
                           String unit,
                           MetricKind kind,
                           String description,
                           Instant createdAt) {

    CatalogueMetric toCatalogue() {
        return new CatalogueMetric(metricKey, unit, kind, description, brandId, false);
    }
}
