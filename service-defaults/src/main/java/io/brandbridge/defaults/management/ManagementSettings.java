package io.brandbridge.defaults.management;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Where the management endpoints (health details, metrics, Prometheus) listen: {@code MANAGEMENT_PORT} on
 * {@code MANAGEMENT_HOST}, loopback unless an operator opens it. Port 0 takes any free port, as tests do.
 */
@ConfigurationProperties("brandbridge.management")
public record ManagementSettings(
        @Bindable(defaultValue = "0") @Min(value = 0, message = "must be a port number from 1 to 65535")
        @Max(value = 65535, message = "must be a port number from 1 to 65535") int port,
        @Bindable(defaultValue = "127.0.0.1") @NotBlank(message = "must name the interface to listen on, such as 127.0.0.1") String host) {
}
