package io.brandbridge.defaults.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How a brand scope travels: listed in the token up to {@code inlineLimit} brands, beyond that as a
 * reference the receiving service resolves at the gateway and keeps in a cache of {@code cacheSize} scopes.
 */
@ConfigurationProperties("brandbridge.scopes")
public record ScopeConfiguration(
        @Bindable(defaultValue = "32") @Min(1) @Max(100) int inlineLimit,
        @Bindable(defaultValue = "500") @Min(1) @Max(100_000) int cacheSize) {
}
