package io.brandbridge.defaults.resilience;

import io.micronaut.http.client.exceptions.HttpClientResponseException;

/**
 * The 4xx a guarded call got, kept on the calling thread while the call runs, so {@link RefusalInterceptor} can raise it past
 * the fallback that Micronaut's recovery calls for every failure.
 */
final class Refusals {

    private static final ThreadLocal<HttpClientResponseException[]> CURRENT = new ThreadLocal<>();

    private Refusals() {
    }

    /** Opens a slot for one call and answers the enclosing call's, to give back to {@link #close}. */
    static HttpClientResponseException[] open() {
        HttpClientResponseException[] enclosing = CURRENT.get();
        CURRENT.set(new HttpClientResponseException[1]);
        return enclosing;
    }

    /** The refusal recorded in the current slot, if any. */
    static HttpClientResponseException recorded() {
        HttpClientResponseException[] slot = CURRENT.get();
        return slot == null ? null : slot[0];
    }

    static void close(HttpClientResponseException[] enclosing) {
        if (enclosing == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(enclosing);
        }
    }

    /** Called where a 4xx leaves the guard; nothing happens outside a call {@link RefusalInterceptor} opened. */
    static void record(RuntimeException failure) {
        HttpClientResponseException[] slot = CURRENT.get();
        if (slot != null && failure instanceof HttpClientResponseException refused) {
            slot[0] = refused;
        }
    }
}
