package io.brandbridge.touchpoint.counters;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.metrics.Predicate;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Serdeable
@Schema(name = "RegisterPredicatesRequest", example = PredicateExamples.REGISTER_REQUEST,
        description = "Standing predicates to count at these touchpoints from now on")
public record RegisterPredicatesRequest(@NotEmpty @Size(max = 500) @ArraySchema(maxItems = 500, schema = @Schema(maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.SINGLE_LINE),
                                                arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                                        description = "Touchpoints to count at; unknown ones and those outside the caller's scope are ignored"))
                                        List<@NotBlank @Size(max = ApiDocs.MAX_ID) String> touchpointIds,
                                        @Nullable @Size(max = 200) @ArraySchema(maxItems = 200, arraySchema = @Schema(nullable = true,
                                                description = "Attainment predicates (valid and good per hour); absent or null for none"))
                                        List<@NotNull @Valid Predicate> attainment,
                                        @Nullable @Size(max = 200) @ArraySchema(maxItems = 200, arraySchema = @Schema(nullable = true,
                                                description = "Predicate pairs (the 2×2 table per hour); absent or null for none"))
                                        List<@NotNull @Valid Pair> pairs) {

    List<Predicate> attainmentOrEmpty() {
        return attainment == null ? List.of() : attainment;
    }

    List<Pair> pairsOrEmpty() {
        return pairs == null ? List.of() : pairs;
    }

    @Serdeable
    @Schema(name = "PredicatePair", description = "The two predicates of a contingency table, in order")
    public record Pair(@NotNull @Valid Predicate a,
                       @NotNull @Valid Predicate b) {
    }
}
