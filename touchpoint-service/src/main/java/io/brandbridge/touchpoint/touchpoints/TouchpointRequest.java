package io.brandbridge.touchpoint.touchpoints;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client sets on a touchpoint; the id, brand and timestamps are the service's. Texts are single lines. */
@Serdeable
@Schema(name = "TouchpointRequest", example = TouchpointExamples.REQUEST)
public record TouchpointRequest(@NotNull TouchpointType type,
                                @NotBlank @Size(max = 200) @Schema(pattern = SchemaPatterns.SINGLE_LINE, requiredMode = Schema.RequiredMode.REQUIRED) String name,
                                @NotBlank @Size(max = 200) @Schema(pattern = SchemaPatterns.SINGLE_LINE, requiredMode = Schema.RequiredMode.REQUIRED) String owner,
                                @NotBlank @Size(max = 100) @Schema(pattern = SchemaPatterns.SINGLE_LINE, requiredMode = Schema.RequiredMode.REQUIRED) String region,
                                @Nullable @Size(max = 200) @Schema(pattern = SchemaPatterns.SINGLE_LINE, nullable = true,
                                        description = "Absent or null clears it") String vendor,
                                @Nullable @Size(max = 64) @Schema(pattern = SchemaPatterns.SINGLE_LINE, nullable = true,
                                        description = "IANA zone; UTC when absent, null or blank", example = "Europe/London") String timeZone) {
}
