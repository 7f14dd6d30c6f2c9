package io.brandbridge.gateway.scopes;

import io.brandbridge.defaults.problem.Problems;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.security.ScopeAnswer;
import io.brandbridge.defaults.security.ScopeOperations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Set;

/**
 * Services resolve a large brand scope here: outside {@code /api}, so no API key opens it, and only
 * for a service token addressed to the gateway. Anyone else gets the answer an unknown path gets.
 */
@Hidden
@Controller(ScopeOperations.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
class ScopeController {

    // The words the router uses for a path it does not know, so this endpoint is indistinguishable from none.
    private static final String UNKNOWN_PATH = "Page Not Found";

    private final InternalTokens tokens;
    private final ClientScopes scopes;

    ScopeController(InternalTokens tokens, ClientScopes scopes) {
        this.tokens = tokens;
        this.scopes = scopes;
    }

    @Get("/{reference}")
    HttpResponse<?> scope(HttpRequest<?> request, @PathVariable String reference, @Nullable @Header(InternalTokens.HEADER) String token) {
        boolean fromService = tokens.verify(token).map(t -> t.roles().equals(Set.of(Role.SERVICE))).orElse(false);
        if (!fromService) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, UNKNOWN_PATH);
        }
        return scopes.brandsOf(reference)
                .<HttpResponse<?>>map(brands -> HttpResponse.ok(new ScopeAnswer(reference, brands)))
                .orElseGet(() -> Problems.response(HttpStatus.NOT_FOUND, "No client holds the brand scope '" + reference + "'", request));
    }
}
