package io.brandbridge.promise.brands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a client may set on a brand; everything else (id, createdAt) is the service's. */
@Serdeable
@Schema(name = "BrandRequest")
public record BrandRequest(
        @Schema(description = "Display name", example = "Acme Telecom", maxLength = 200)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Unique lower-case handle", example = "acme-telecom", maxLength = 64)
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters and digits separated by single hyphens") String slug,
        @Schema(description = "IANA time zone in which calendar windows are evaluated (default UTC)", example = "Europe/London", nullable = true)
        @Nullable @TimeZoneId String timeZone) {

    static final String DEFAULT_TIME_ZONE = "UTC";

    String timeZoneOrDefault() {
        return timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
    }
}
