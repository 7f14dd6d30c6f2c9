package io.brandbridge.gateway.security;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.brandbridge.defaults.settings.Setting;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * {@code bootstrapAdmin} is the key from {@code BRANDBRIDGE_ADMIN_KEY}: it is hashed at start-up and
 * compared in memory, never stored, so changing the variable and restarting rotates it.
 * {@code cacheTtl} bounds how long a looked-up key is trusted without asking the database again;
 * {@code unknownCacheTtl} how long a key that belongs to no client is refused without asking.
 */
@ConfigurationProperties("brandbridge.gateway.keys")
public record KeyConfiguration(
        @Setting(hint = "leave it empty for no bootstrap key, or generate one, e.g. bb_admin_ and 32 random bytes in base64url")
        @Nullable @Pattern(regexp = "(.{32,})?", message = "must be empty or at least 32 characters") String bootstrapAdmin,
        @Bindable(defaultValue = "10s") @PositiveDuration Duration cacheTtl,
        @Bindable(defaultValue = "10000") @Positive int cacheSize,
        @Bindable(defaultValue = "30s") @PositiveDuration Duration unknownCacheTtl,
        @Bindable(defaultValue = "10000") @Positive int unknownCacheSize) {
}
