package io.brandbridge.defaults.requestid;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import org.slf4j.MDC;

/** Forwards the current request id on every outbound call so one id follows a request across services. */
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
public class RequestIdClientFilter {

    @RequestFilter
    public void forwardId(MutableHttpRequest<?> request) {
        String id = MDC.get(RequestIds.MDC_KEY);
        if (id != null && !request.getHeaders().contains(RequestIds.HEADER)) {
            request.header(RequestIds.HEADER, id);
        }
    }
}
