package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.gateway.ratelimit.RateLimit;
import io.micronaut.http.HttpRequest;

import java.util.Optional;

/** Who an API key belongs to: the client's id, the identity forwarded to services, and its rate limit. */
public record AuthenticatedClient(String id, Caller caller, RateLimit rateLimit) {

    static final String ATTRIBUTE = "brandbridge.gateway.client";

    /** The client the key gate admitted this request for; empty on paths the gate does not guard. */
    public static Optional<AuthenticatedClient> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, AuthenticatedClient.class);
    }
}
