package io.brandbridge.promise.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.promise.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Metric")
public record MetricResponse(@Schema(requiredMode = REQUIRED, example = "wait_seconds", maxLength = MetricKeys.MAX_LENGTH,
                                     pattern = MetricKeys.PATTERN) String key,
                             @Schema(requiredMode = REQUIRED, example = "s", maxLength = CreateMetricRequest.UNIT_MAX,
                                     pattern = SchemaPatterns.SINGLE_LINE) String unit,
                             @Schema(requiredMode = REQUIRED) MetricKind kind,
                             @Schema(requiredMode = REQUIRED, description = "What the metric means; empty when its creator gave no description",
                                     example = "Time queued before a person answered (ASA, service level)",
                                     maxLength = CreateMetricRequest.DESCRIPTION_MAX, pattern = SchemaPatterns.MULTILINE) String description,
                             @Schema(requiredMode = REQUIRED, description = "True for the catalogue every brand shares") boolean standard,
                             @Schema(requiredMode = REQUIRED, description = "True when the platform computes the metric from journeys "
                                     + "(touchpoints do not push it); false for the others") boolean derived,
                             @Schema(requiredMode = REQUIRED, description = "Owning brand of a custom metric; null for standard ones",
                                     nullable = true, maxLength = ApiDocs.ID_MAX, pattern = SchemaPatterns.ID) @Nullable String brandId) {

    public static MetricResponse from(CatalogueMetric metric) {
        return new MetricResponse(metric.key(), metric.unit(), metric.kind(), metric.description(), metric.standard(), metric.derived(),
                metric.brandId());
    }
}
