package io.brandbridge.touchpoint.brands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A brand's data policy, replaced as a whole. */
@Serdeable
@Schema(name = "DataPolicyRequest", example = DataPolicyExamples.REQUEST)
public record DataPolicyRequest(@NotNull @Min(1) @Max(MAX_REPEAT_WINDOW_DAYS)
                                @Schema(description = "A customer's contact more than this many days after the previous one starts a new journey",
                                        requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "90") Integer repeatWindowDays,
                                @Nullable @Min(1) @Max(MAX_RETENTION_DAYS)
                                @Schema(description = "Raw interactions older than this many days are removed by a daily job; null keeps them",
                                        nullable = true, minimum = "1", maximum = "3650") Integer interactionRetentionDays,
                                @NotNull @Schema(description = "Refuse attribute values that look like an e-mail address, a phone number or a card number",
                                        requiredMode = Schema.RequiredMode.REQUIRED) Boolean piiGuard) {

    static final int MAX_REPEAT_WINDOW_DAYS = 90;
    static final int MAX_RETENTION_DAYS = 3650;
}
