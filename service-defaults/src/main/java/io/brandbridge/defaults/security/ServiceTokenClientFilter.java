package io.brandbridge.defaults.security;

import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Service-to-service calls carry a token the calling service mints for itself (role SERVICE, all
 * brands), addressed to the service the client calls ({@code @Client(id = ...)}), so no other service
 * accepts it. It applies to declarative clients annotated {@link InternalCall}.
 */
@InternalCall
@ClientFilter
public class ServiceTokenClientFilter {

    private final InternalTokens tokens;

    public ServiceTokenClientFilter(InternalTokens tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    public void addServiceToken(MutableHttpRequest<?> request) {
        if (!request.getHeaders().contains(InternalTokens.HEADER)) {
            String audience = BasicHttpAttributes.getServiceId(request)
                    .orElseThrow(() -> new IllegalStateException("An internal call needs a client id naming the service it calls"));
            request.header(InternalTokens.HEADER, tokens.mint(Caller.service(tokens.serviceName()), audience));
        }
    }
}
