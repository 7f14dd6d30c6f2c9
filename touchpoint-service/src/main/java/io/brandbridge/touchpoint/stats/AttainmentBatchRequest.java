package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.metrics.MetricKeys;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "AttainmentBatchRequest", example = StatsExamples.ATTAINMENT_BATCH_REQUEST,
        description = "One attainment predicate over several touchpoints, for up to 50 windows at once")
public record AttainmentBatchRequest(@NotEmpty @Size(max = 500) @ArraySchema(maxItems = 500, schema = @Schema(maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.SINGLE_LINE),
                                             arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                                     description = "Touchpoints to count; unknown ones and those outside the caller's scope are ignored"))
                                     List<@NotBlank @Size(max = ApiDocs.MAX_ID) String> touchpointIds,
                                     @NotNull @Pattern(regexp = MetricKeys.REGEX, message = MetricKeys.MESSAGE)
                                     @Schema(maxLength = MetricKeys.MAX_LENGTH, requiredMode = Schema.RequiredMode.REQUIRED) String metric,
                                     @NotNull Comparison op,
                                     @NotNull @Schema(description = "A finite number; 422 otherwise", requiredMode = Schema.RequiredMode.REQUIRED) Double threshold,
                                     @NotEmpty @Size(max = 50) @ArraySchema(minItems = 1, maxItems = 50, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                             description = "Each answered as POST /stats/attainment answers it, in this order"))
                                     List<@NotNull @Valid Window> windows) {

    @Serdeable
    @Schema(name = "AttainmentWindow", description = "A half-open range [from, to) and its optional series")
    public record Window(@NotNull @Schema(maxLength = ApiDocs.MAX_DATE_TIME, requiredMode = Schema.RequiredMode.REQUIRED,
                                 description = "Inclusive; years 1000 to 9999") Instant from,
                         @NotNull @Schema(maxLength = ApiDocs.MAX_DATE_TIME, requiredMode = Schema.RequiredMode.REQUIRED,
                                 description = "Exclusive; after `from` and at most 400 days after it") Instant to,
                         @Nullable @Schema(implementation = String.class, allowableValues = {"HOUR", "DAY"}, nullable = true,
                                 description = "UTC hours or days; absent or null for no series") Bucket bucket) {
    }
}
