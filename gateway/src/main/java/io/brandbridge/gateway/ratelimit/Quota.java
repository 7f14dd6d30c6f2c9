package io.brandbridge.gateway.ratelimit;

import io.micronaut.http.MutableHttpResponse;

/**
 * What one request left of its client's bucket: the wait before a refused one may retry (0 when
 * granted), and the {@code RateLimit-*} headers every answer to the client carries.
 */
public record Quota(long retryAfter, int limit, long remaining, long resetSeconds) {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    public boolean granted() {
        return retryAfter == 0;
    }

    public <R extends MutableHttpResponse<?>> R applyTo(R response) {
        response.getHeaders().set(LIMIT, Integer.toString(limit));
        response.getHeaders().set(REMAINING, Long.toString(remaining));
        response.getHeaders().set(RESET, Long.toString(resetSeconds));
        return response;
    }
}
