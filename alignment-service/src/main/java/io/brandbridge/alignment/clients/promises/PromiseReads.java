package io.brandbridge.alignment.clients.promises;

import io.brandbridge.alignment.clients.CallGuard;

import java.time.Instant;
import java.util.Optional;

/** What a recompute reads from promise-service, each read one guarded call (an outage or refusal is thrown, never answered). */
public final class PromiseReads {

    public static final String DEPENDENCY = "promise-service";

    private final PromiseOperations promises;
    private final CallGuard guard;

    public PromiseReads(PromiseOperations promises, CallGuard guard) {
        this.promises = promises;
        this.guard = guard;
    }

    /** Empty when promise-service does not know the brand. */
    public Optional<RemoteBrand> brand(String brandId) {
        return guard.call(DEPENDENCY, () -> promises.brand(brandId), PromiseClientFallback::isPlaceholder);
    }

    /** Empty when promise-service does not know the brand. */
    public Optional<InForcePromises> inForce(String brandId, Instant at) {
        return guard.call(DEPENDENCY, () -> promises.inForce(brandId, at), PromiseClientFallback::isPlaceholder);
    }
}
