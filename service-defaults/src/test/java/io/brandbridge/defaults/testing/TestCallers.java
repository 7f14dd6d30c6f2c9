package io.brandbridge.defaults.testing;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.micronaut.http.MutableHttpRequest;

import java.util.EnumSet;
import java.util.Set;

/** Requests as the gateway would send them: signed for a given caller. */
public final class TestCallers {

    private TestCallers() {
    }

    public static Caller of(Role role, String... brands) {
        return new Caller("test-" + role.name().toLowerCase(), EnumSet.of(role), Set.of(brands), brands.length == 0);
    }

    public static <T> MutableHttpRequest<T> as(InternalTokens tokens, Caller caller, MutableHttpRequest<T> request) {
        return request.header(InternalTokens.HEADER, tokens.mint(caller));
    }
}
