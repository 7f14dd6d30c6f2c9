package io.brandbridge.defaults.testing;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.micronaut.http.MutableHttpRequest;

import java.util.EnumSet;
import java.util.Set;

/** Requests as the gateway or a calling service would send them: signed for a given caller and addressed to the service under test. */
public final class TestCallers {

    public static final String GATEWAY = "gateway";

    private TestCallers() {
    }

    public static Caller of(Role role, String... brands) {
        return new Caller("test-" + role.name().toLowerCase(), EnumSet.of(role), Set.of(brands), brands.length == 0);
    }

    /**
     * A token for the service whose {@code tokens} these are: from the gateway for a client, and from
     * the service itself for a service caller ({@link Caller#service}).
     */
    public static String token(InternalTokens tokens, Caller caller) {
        String issuer = caller.roles().contains(Role.SERVICE) ? caller.client() : GATEWAY;
        return tokens.issuedAs(issuer).mint(caller, tokens.serviceName());
    }

    public static <T> MutableHttpRequest<T> as(InternalTokens tokens, Caller caller, MutableHttpRequest<T> request) {
        return request.header(InternalTokens.HEADER, token(tokens, caller));
    }
}
