package io.brandbridge.promise.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Metric")
public record MetricResponse(@Schema(example = "wait_seconds") String key,
                             @Schema(example = "s") String unit,
                             MetricKind kind,
                             @Schema(example = "Time queued before a person answered (ASA, service level)") String description,
                             @Schema(description = "True for the catalogue every brand shares") boolean standard,
                             @Schema(description = "Owning brand of a custom metric; null for standard ones", nullable = true) @Nullable String brandId) {

    public static MetricResponse from(CatalogueMetric metric) {
        return new MetricResponse(metric.key(), metric.unit(), metric.kind(), metric.description(), metric.standard(), metric.brandId());
    }
}
