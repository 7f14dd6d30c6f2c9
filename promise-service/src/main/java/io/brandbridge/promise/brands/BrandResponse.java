package io.brandbridge.promise.brands;

import io.brandbridge.defaults.conditional.ETags;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Serdeable
@Schema(name = "Brand")
public record BrandResponse(@Schema(example = "brd_k3v9x7q2m4c8d1f5g6h0") String id,
                            @Schema(example = "Acme Telecom") String name,
                            @Schema(example = "acme-telecom") String slug,
                            @Schema(example = "Europe/London") String timeZone,
                            Instant createdAt) {

    public static BrandResponse from(Brand brand) {
        return new BrandResponse(brand.id(), brand.name(), brand.slug(), brand.timeZone(), brand.createdAt());
    }

    static String etagOf(Brand brand) {
        return ETags.of("brand", brand.id(), brand.revision());
    }
}
