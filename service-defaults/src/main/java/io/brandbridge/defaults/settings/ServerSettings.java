package io.brandbridge.defaults.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

/** The HTTP server settings every service takes from its environment ({@code PORT}, request size limits), checked at start-up. */
@ConfigurationProperties("micronaut.server")
public record ServerSettings(
        // -1 asks for any free port, as tests do.
        @Nullable @Min(value = -1, message = "must be a port number from 1 to 65535") @Max(value = 65535, message = "must be a port number from 1 to 65535") Integer port,
        @Nullable @ReadableBytes @Positive(message = "must be a size above zero such as 512KB or 10MB") Long maxRequestSize,
        @Nullable @ReadableBytes @Positive(message = "must be a size above zero such as 512KB or 10MB") Long maxRequestBufferSize) {
}
