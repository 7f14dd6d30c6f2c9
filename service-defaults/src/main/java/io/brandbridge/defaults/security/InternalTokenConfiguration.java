package io.brandbridge.defaults.security;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.brandbridge.defaults.settings.Setting;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;

/**
 * The shared HMAC secret and lifetime of internal tokens; {@code enforced} is off only on the
 * gateway, which authenticates API keys instead.
 */
@ConfigurationProperties("brandbridge.internal-token")
public record InternalTokenConfiguration(
        @Setting(hint = "give every service the same random secret of at least 32 characters")
        @NotNull(message = "is not set") @Size(min = 32, message = "must be at least 32 characters") String secret,
        @Bindable(defaultValue = "60s") @PositiveDuration Duration ttl,
        @Bindable(defaultValue = "true") boolean enforced,
        @Bindable(defaultValue = "internal") String serviceName) {
}
