package io.brandbridge.touchpoint.brands;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;

/** How a brand's interaction data is handled; {@code updatedAt} is null while the brand runs on the defaults. */
public record BrandDataPolicy(String brandId,
                              int repeatWindowDays,
                              @Nullable Integer interactionRetentionDays,
                              boolean piiGuard,
                              @Nullable Instant updatedAt) {

    public static final int DEFAULT_REPEAT_WINDOW_DAYS = 7;

    static BrandDataPolicy defaults(String brandId) {
        return new BrandDataPolicy(brandId, DEFAULT_REPEAT_WINDOW_DAYS, null, true, null);
    }

    /** A customer's contact more than this after the previous one starts a new journey. */
    public Duration repeatWindow() {
        return Duration.ofDays(repeatWindowDays);
    }
}
