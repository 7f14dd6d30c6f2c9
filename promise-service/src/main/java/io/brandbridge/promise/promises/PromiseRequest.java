package io.brandbridge.promise.promises;

import io.brandbridge.defaults.json.MultilineText;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.promise.validation.EnumName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The editable content of a promise, for create and for the full replacement of PUT; enumerations arrive as text. */
@Serdeable
@Schema(name = "PromiseRequest")
public record PromiseRequest(
        @Schema(example = "Your call answered within a minute", maxLength = PromiseContent.TITLE_MAX, pattern = SchemaPatterns.SINGLE_LINE,
                requiredMode = REQUIRED)
        @NotBlank @Size(max = PromiseContent.TITLE_MAX) String title,
        @Schema(description = "Customer-facing copy", example = "When you call us, a person answers within 60 seconds.",
                maxLength = PromiseContent.STATEMENT_MAX, pattern = SchemaPatterns.MULTILINE, requiredMode = REQUIRED)
        @NotBlank @Size(max = PromiseContent.STATEMENT_MAX) @MultilineText String statement,
        @ArraySchema(arraySchema = @Schema(description = "Touchpoint types that deliver the promise, each at most once (422 otherwise); "
                + "at least one to be active", nullable = true),
                schema = @Schema(implementation = TouchpointType.class), maxItems = PromiseContent.TOUCHPOINT_TYPES_MAX, uniqueItems = true)
        @Nullable @Size(max = PromiseContent.TOUCHPOINT_TYPES_MAX) List<@NotNull @EnumName(TouchpointType.class) String> touchpointTypes,
        @Schema(description = "Weight in the brand index, 1..5 (default 3)", minimum = "" + PromiseContent.PRIORITY_MIN,
                maximum = "" + PromiseContent.PRIORITY_MAX, nullable = true, example = "4")
        @Nullable @Min(PromiseContent.PRIORITY_MIN) @Max(PromiseContent.PRIORITY_MAX) Integer priority,
        @ArraySchema(arraySchema = @Schema(description = "Measurable commitments, keys unique; at least one to be active", nullable = true),
                maxItems = PromiseContent.COMMITMENTS_MAX)
        @Nullable @Size(max = PromiseContent.COMMITMENTS_MAX) List<@NotNull @Valid CommitmentRequest> commitments) {

    List<TouchpointType> touchpointTypesOrEmpty() {
        return touchpointTypes == null ? List.of() : touchpointTypes.stream().map(TouchpointType::valueOf).toList();
    }

    List<CommitmentRequest> commitmentsOrEmpty() {
        return commitments == null ? List.of() : commitments;
    }
}
