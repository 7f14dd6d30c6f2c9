package io.brandbridge.alignment.recompute;

import io.brandbridge.defaults.requestid.RequestIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

import java.util.UUID;

/**
 * The request id of a recompute nobody asked for over HTTP (the schedule, a backfill, late data): a fresh one, in the log
 * MDC of every thread the recompute works on and on its calls to other services, as a request's own id is for an on-demand one.
 */
record RecomputeRequestId(String requestId) implements ThreadPropagatedContextElement<String> {

    /** Opens a fresh id for the current thread unless it already has one (an on-demand recompute carries its request's). */
    static PropagatedContext.Scope ensure() {
        if (MDC.get(RequestIds.MDC_KEY) != null) {
            return () -> { };
        }
        return PropagatedContext.getOrEmpty().plus(new RecomputeRequestId(UUID.randomUUID().toString())).propagate();
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
