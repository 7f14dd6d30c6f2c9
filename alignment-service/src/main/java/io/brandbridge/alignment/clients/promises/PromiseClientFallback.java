package io.brandbridge.alignment.clients.promises;

import io.micronaut.retry.annotation.Fallback;

import java.time.Instant;
import java.util.Optional;

/**
 * What promise-service "answers" when it cannot be reached. Brand discovery degrades to the brands
 * already known; a brand or its promises cannot be made up, so those answer a recognisable placeholder
 * and the recompute keeps the last good snapshot, marked stale. A 4xx answer is no outage: it passes
 * through (service-defaults' RefusalInterceptor).
 */
@Fallback
public class PromiseClientFallback implements PromiseOperations {

    private static final RemoteBrand UNAVAILABLE_BRAND = new RemoteBrand("", null, null);
    private static final InForcePromises UNAVAILABLE_PROMISES = new InForcePromises(null, null, null);

    @Override
    public RemoteBrandPage brands(int limit, String cursor) {
        return new RemoteBrandPage(null, null);
    }

    @Override
    public Optional<RemoteBrand> brand(String brandId) {
        return Optional.of(UNAVAILABLE_BRAND);
    }

    @Override
    public Optional<InForcePromises> inForce(String brandId, Instant at) {
        return Optional.of(UNAVAILABLE_PROMISES);
    }

    /** True for the placeholders above: the answer came from this fallback, not from promise-service. */
    public static boolean isPlaceholder(Object answer) {
        return answer == UNAVAILABLE_BRAND || answer == UNAVAILABLE_PROMISES;
    }
}
