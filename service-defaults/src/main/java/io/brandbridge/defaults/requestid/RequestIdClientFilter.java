package io.brandbridge.defaults.requestid;

import io.brandbridge.defaults.security.InternalCall;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import org.slf4j.MDC;

/**
 * Forwards the current request id on calls to other Brandbridge services ({@link InternalCall} clients), so
 * one id follows a request across services. The gateway's proxy sets the id itself and skips this filter.
 */
@InternalCall
@ClientFilter
public class RequestIdClientFilter {

    @RequestFilter
    public void forwardId(MutableHttpRequest<?> request) {
        String id = MDC.get(RequestIds.MDC_KEY);
        if (id != null && !request.getHeaders().contains(RequestIds.HEADER)) {
            request.header(RequestIds.HEADER, id);
        }
    }
}
