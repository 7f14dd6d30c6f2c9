package io.brandbridge.defaults.security;

import io.micronaut.http.annotation.Get;

import java.util.Optional;

/** What a service asks the gateway about brand scopes. An unknown or outdated reference answers an empty Optional. */
public interface ScopeOperations {

    String PATH = "/internal/v1/scopes";

    @Get(PATH + "/{reference}")
    Optional<ScopeAnswer> scope(String reference);
}
