package io.brandbridge.defaults.security;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Service-to-service calls carry a token the calling service mints for itself (role SERVICE, all
 * brands). It applies to declarative clients annotated {@link InternalCall}.
 */
@InternalCall
@ClientFilter
public class ServiceTokenClientFilter {

    private final InternalTokens tokens;
    private final InternalTokenConfiguration configuration;

    public ServiceTokenClientFilter(InternalTokens tokens, InternalTokenConfiguration configuration) {
        this.tokens = tokens;
        this.configuration = configuration;
    }

    @RequestFilter
    public void addServiceToken(MutableHttpRequest<?> request) {
        if (!request.getHeaders().contains(InternalTokens.HEADER)) {
            request.header(InternalTokens.HEADER, tokens.mint(Caller.service(configuration.serviceName())));
        }
    }
}
