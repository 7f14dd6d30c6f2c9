package io.brandbridge.gateway.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code bootstrapAdmin} is the key from {@code BRANDBRIDGE_ADMIN_KEY}: it is hashed at start-up and
 * compared in memory, never stored, so changing the variable and restarting rotates it.
 * {@code cacheTtl} bounds how long a looked-up key is trusted without asking the database again;
 * {@code unknownCacheTtl} how long a key that belongs to no client is refused without asking.
 */
@ConfigurationProperties("brandbridge.gateway.keys")
public record KeyConfiguration(
        @Nullable String bootstrapAdmin,
        @Bindable(defaultValue = "10s") Duration cacheTtl,
        @Bindable(defaultValue = "10000") int cacheSize,
        @Bindable(defaultValue = "30s") Duration unknownCacheTtl,
        @Bindable(defaultValue = "10000") int unknownCacheSize) {
}
