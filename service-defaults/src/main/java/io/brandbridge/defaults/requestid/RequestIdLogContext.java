package io.brandbridge.defaults.requestid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

/**
 * Puts the request id into the log MDC of whichever thread works on the request, and puts back what
 * was there before. It touches one key, where a whole-MDC context copies the map on every thread hop
 * (a tenth of the gateway's CPU per request).
 */
record RequestIdLogContext(String requestId) implements ThreadPropagatedContextElement<String> {

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
