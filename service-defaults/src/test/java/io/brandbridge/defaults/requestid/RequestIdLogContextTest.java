package io.brandbridge.defaults.requestid;

import io.micronaut.core.propagation.PropagatedContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RequestIdLogContextTest {

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void idIsInTheMdcInsideTheScopeAndGoneAfterIt() {
        try (PropagatedContext.Scope ignored = PropagatedContext.empty().plus(new RequestIdLogContext("req-1")).propagate()) {
            assertEquals("req-1", MDC.get(RequestIds.MDC_KEY));
        }
        assertNull(MDC.get(RequestIds.MDC_KEY));
    }

    @Test
    void anOuterIdAndOtherKeysComeBackUnchanged() {
        MDC.put(RequestIds.MDC_KEY, "outer");
        MDC.put("job", "nightly");
        try (PropagatedContext.Scope ignored = PropagatedContext.empty().plus(new RequestIdLogContext("inner")).propagate()) {
            assertEquals("inner", MDC.get(RequestIds.MDC_KEY));
            assertEquals("nightly", MDC.get("job"));
        }
        assertEquals("outer", MDC.get(RequestIds.MDC_KEY));
        assertEquals("nightly", MDC.get("job"));
    }
}
