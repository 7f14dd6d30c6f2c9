package io.brandbridge.promise.promises;

import io.brandbridge.defaults.json.MultilineText;
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

/** The editable content of a promise, for create and for the full replacement of PUT; enumerations arrive as text. */
@Serdeable
@Schema(name = "PromiseRequest")
public record PromiseRequest(
        @Schema(example = "Your call answered within a minute", maxLength = PromiseContent.TITLE_MAX)
        @NotBlank @Size(max = PromiseContent.TITLE_MAX) String title,
        @Schema(description = "Customer-facing copy", example = "When you call us, a person answers within 60 seconds.", maxLength = PromiseContent.STATEMENT_MAX)
        @NotBlank @Size(max = PromiseContent.STATEMENT_MAX) @MultilineText String statement,
        @Schema(description = "Touchpoint types that deliver the promise, each at most once; at least one to be active", nullable = true)
        @ArraySchema(schema = @Schema(implementation = TouchpointType.class))
        @Nullable @Size(max = 8) List<@NotNull @EnumName(TouchpointType.class) String> touchpointTypes,
        @Schema(description = "Weight in the brand index, 1..5 (default 3)", minimum = "1", maximum = "5", nullable = true)
        @Nullable @Min(1) @Max(5) Integer priority,
        @Schema(description = "Measurable commitments, keys unique; at least one to be active", nullable = true)
        @Nullable @Size(max = PromiseContent.COMMITMENTS_MAX) List<@NotNull @Valid CommitmentRequest> commitments) {

    List<TouchpointType> touchpointTypesOrEmpty() {
        return touchpointTypes == null ? List.of() : touchpointTypes.stream().map(TouchpointType::valueOf).toList();
    }

    List<CommitmentRequest> commitmentsOrEmpty() {
        return commitments == null ? List.of() : commitments;
    }
}
