package io.brandbridge.promise.brands;

import io.brandbridge.defaults.schema.SchemaPatterns;
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
        @Schema(description = "Display name", example = "Acme Telecom", maxLength = NAME_MAX, pattern = SchemaPatterns.SINGLE_LINE,
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = NAME_MAX) String name,
        @Schema(description = "Unique lower-case handle", example = "acme-telecom", maxLength = SLUG_MAX,
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = SLUG_MAX) @Pattern(regexp = SLUG_PATTERN, message = "must be lower-case letters and digits separated by single hyphens") String slug,
        @Schema(description = "IANA time zone in which calendar windows are evaluated (default UTC)", example = "Europe/London",
                nullable = true, maxLength = TIME_ZONE_MAX, pattern = TIME_ZONE_PATTERN)
        @Nullable @Size(max = TIME_ZONE_MAX) @TimeZoneId String timeZone) {

    static final int NAME_MAX = 200;
    static final int SLUG_MAX = 64;
    static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final int TIME_ZONE_MAX = 64;
    /** The characters of tz database ids ({@code America/Port-au-Prince}, {@code Etc/GMT+5}); {@link TimeZoneId} checks the id itself. */
    static final String TIME_ZONE_PATTERN = "^[A-Za-z][A-Za-z0-9/_+-]*$";
    static final String DEFAULT_TIME_ZONE = "UTC";

    String timeZoneOrDefault() {
        return timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
    }
}
