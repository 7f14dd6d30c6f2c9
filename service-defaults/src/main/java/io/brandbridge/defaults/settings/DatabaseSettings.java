package io.brandbridge.defaults.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** The database settings a service takes from its environment ({@code DB_URL}, {@code DB_POOL_SIZE}), checked at start-up. */
@ConfigurationProperties("datasources.default")
@Requires(property = "datasources.default.url")
public record DatabaseSettings(
        @Pattern(regexp = "jdbc:[a-z0-9]+:.+", message = "must be a JDBC URL such as jdbc:mysql://mysql:3306/promise") String url,
        @Nullable @Positive(message = "must be a whole number above zero") Integer maximumPoolSize,
        @Nullable @Positive(message = "must be a whole number of milliseconds above zero") Long connectionTimeout) {
}
