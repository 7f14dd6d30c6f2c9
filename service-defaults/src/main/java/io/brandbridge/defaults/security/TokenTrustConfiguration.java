package io.brandbridge.defaults.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.util.List;

/**
 * Whose internal tokens this service accepts: client roles only from the gateway, role SERVICE only
 * from the services listed here, and how far the issuer's clock may be off.
 */
@ConfigurationProperties("brandbridge.internal-token.trust")
public record TokenTrustConfiguration(
        @Bindable(defaultValue = "gateway") @NotBlank String gateway,
        @Nullable List<@NotBlank String> services,
        @Bindable(defaultValue = "5s") @NotNull Duration clockSkew) {

    public TokenTrustConfiguration {
        services = services == null ? List.of() : List.copyOf(services);
        if (clockSkew != null && (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(1)) > 0)) {
            throw new IllegalArgumentException("brandbridge.internal-token.trust.clock-skew must be between 0 s and 1 min");
        }
    }
}
