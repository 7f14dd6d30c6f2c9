package io.brandbridge.promise.brands;

import io.brandbridge.defaults.conditional.ETags;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.promise.http.ApiDocs;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A brand as the API shows it; every field is always sent, so a read brand can be sent back as its update. */
@Serdeable
@Schema(name = "Brand")
public record BrandResponse(@Schema(requiredMode = REQUIRED, example = "brd_k3v9x7q2m4c8d1f5g6h0",
                                    maxLength = ApiDocs.ID_MAX, pattern = SchemaPatterns.ID) String id,
                            @Schema(requiredMode = REQUIRED, example = "Acme Telecom",
                                    maxLength = BrandRequest.NAME_MAX, pattern = SchemaPatterns.SINGLE_LINE) String name,
                            @Schema(requiredMode = REQUIRED, example = "acme-telecom",
                                    maxLength = BrandRequest.SLUG_MAX, pattern = BrandRequest.SLUG_PATTERN) String slug,
                            @Schema(requiredMode = REQUIRED, description = "IANA time zone in which calendar windows are evaluated",
                                    example = "Europe/London", maxLength = BrandRequest.TIME_ZONE_MAX, pattern = BrandRequest.TIME_ZONE_PATTERN)
                            String timeZone,
                            @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = ApiDocs.DATE_TIME_MAX,
                                    example = "2026-03-02T09:15:00Z") Instant createdAt) {

    public static BrandResponse from(Brand brand) {
        return new BrandResponse(brand.id(), brand.name(), brand.slug(), brand.timeZone(), brand.createdAt());
    }

    static String etagOf(Brand brand) {
        return ETags.of("brand", brand.id(), brand.revision());
    }
}
