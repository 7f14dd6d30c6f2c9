package io.brandbridge.promise.promises;

import io.brandbridge.promise.validation.EnumName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

@Serdeable
@Schema(name = "Window", description = "`{type: ROLLING_DAYS, days: 1..366}`, `{type: CALENDAR_WEEK}` or `{type: CALENDAR_MONTH}`")
public record WindowRequest(
        @Schema(implementation = WindowType.class, example = "ROLLING_DAYS", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @EnumName(WindowType.class) String type,
        @Schema(description = "Required for ROLLING_DAYS, ignored otherwise", example = "28", minimum = "1", maximum = "" + DAYS_MAX, nullable = true)
        @Nullable @Min(1) @Max(DAYS_MAX) Integer days) {

    static final int DAYS_MAX = 366;

    WindowType windowType() {
        return WindowType.valueOf(type);
    }
}
