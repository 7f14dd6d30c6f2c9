package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.gateway.ratelimit.RateLimit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;

import java.time.Instant;
import java.util.Optional;

/** Who an API key belongs to: the client's id and name, the identity forwarded to services, its rate limit, and when the key expires (null: never). */
public record AuthenticatedClient(String id, String name, Caller caller, RateLimit rateLimit, @Nullable Instant expiresAt) {

    /** What {@link #id()} may be, for schemas: a client id, or {@code bootstrap-admin} for the key from the configuration. */
    public static final String ID_PATTERN = "^([a-z]+_[0-9a-hjkmnp-tv-z]{20}|" + ApiKeyAuthenticator.BOOTSTRAP_ADMIN + ")$";
    public static final int ID_MAX = 32;

    public boolean hasExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    static final String ATTRIBUTE = "brandbridge.gateway.client";

    /** The client the key gate admitted this request for; empty on paths the gate does not guard. */
    public static Optional<AuthenticatedClient> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, AuthenticatedClient.class);
    }
}
