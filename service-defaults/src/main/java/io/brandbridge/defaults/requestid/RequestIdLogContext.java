package io.brandbridge.defaults.requestid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

import java.util.UUID;

/**
 * Puts the request id into the log MDC of whichever thread works on the request, and puts back what
 * was there before. It touches one key, where a whole-MDC context copies the map on every thread hop
 * (a tenth of the gateway's CPU per request).
 */
public record RequestIdLogContext(String requestId) implements ThreadPropagatedContextElement<String> {

    /**
     * For work no request started (a schedule, a background job): opens a fresh id on the current thread, carried to every
     * thread the work propagates its context to and onto its calls to other services. Work that already has an id keeps it.
     */
    public static PropagatedContext.Scope ensure() {
        if (MDC.get(RequestIds.MDC_KEY) != null) {
            return () -> { };
        }
        return PropagatedContext.getOrEmpty().plus(new RequestIdLogContext(UUID.randomUUID().toString())).propagate();
    }

    @Override
    @Nullable
    public String updateThreadContext() {
        String previous = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, requestId);
        return previous;
    }

    @Override
    public void restoreThreadContext(@Nullable String previous) {
        if (previous == null) {
            MDC.remove(RequestIds.MDC_KEY);
        } else {
            MDC.put(RequestIds.MDC_KEY, previous);
        }
    }
}
