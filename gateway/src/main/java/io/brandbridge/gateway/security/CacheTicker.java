package io.brandbridge.gateway.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The clock the gateway's caches expire entries by; a bean so tests can move time instead of waiting. */
@Factory
class CacheTicker {

    @Singleton
    Ticker ticker() {
        return Ticker.systemTicker();
    }
}
