package io.brandbridge.gateway.support;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** With {@code manual-ticker.enabled=true} the gateway's caches and failure windows run on a {@link ManualTicker}. */
@Factory
@Requires(property = "manual-ticker.enabled", value = "true")
public class ManualTickerFactory {

    @Singleton
    @Replaces(Ticker.class)
    ManualTicker ticker() {
        return new ManualTicker();
    }
}
