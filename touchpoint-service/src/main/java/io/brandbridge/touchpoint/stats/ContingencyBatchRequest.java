package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.metrics.Predicate;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "ContingencyBatchRequest", example = StatsExamples.CONTINGENCY_BATCH_REQUEST,
        description = "Two metric predicates over several touchpoints, for up to 50 windows at once")
public record ContingencyBatchRequest(@NotEmpty @Size(max = 500) @ArraySchema(maxItems = 500, schema = @Schema(maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.SINGLE_LINE),
                                              arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                                      description = "Touchpoints to count; unknown ones and those outside the caller's scope are ignored"))
                                      List<@NotBlank @Size(max = ApiDocs.MAX_ID) String> touchpointIds,
                                      @NotNull @Valid Predicate a,
                                      @NotNull @Valid Predicate b,
                                      @NotEmpty @Size(max = 50) @ArraySchema(minItems = 1, maxItems = 50, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                              description = "Each answered as POST /stats/contingency answers it, in this order"))
                                      List<@NotNull @Valid Window> windows) {

    @Serdeable
    @Schema(name = "ContingencyWindow", description = "A half-open range [from, to)")
    public record Window(@NotNull @Schema(maxLength = ApiDocs.MAX_DATE_TIME, requiredMode = Schema.RequiredMode.REQUIRED,
                                 description = "Inclusive; years 1000 to 9999") Instant from,
                         @NotNull @Schema(maxLength = ApiDocs.MAX_DATE_TIME, requiredMode = Schema.RequiredMode.REQUIRED,
                                 description = "Exclusive; after `from` and at most 400 days after it") Instant to) {
    }
}
