package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.gateway.ratelimit.RateLimit;

/** Who an API key belongs to: the client's id, the identity forwarded to services, and its rate limit. */
public record AuthenticatedClient(String id, Caller caller, RateLimit rateLimit) {
}
