package io.brandbridge.gateway.scopes;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.ScopeReferences;
import io.brandbridge.gateway.apiclients.ApiClients;
import io.brandbridge.gateway.security.AuthenticatedClient;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** The brands a scope reference stands for, while its client is active and still holds exactly those brands. */
@Singleton
class ClientScopes {

    private final ApiClients clients;

    ClientScopes(ApiClients clients) {
        this.clients = clients;
    }

    /** Blocking: reads the client. Empty for a malformed reference, an unknown or revoked client, or a scope that has changed. */
    Optional<List<String>> brandsOf(String reference) {
        return ScopeReferences.parse(reference)
                .flatMap(parts -> clients.findActive(parts.client()))
                .map(AuthenticatedClient::caller)
                .filter(caller -> !caller.allBrands() && ScopeReferences.names(reference, caller.brands()))
                .map(Caller::brands)
                .map(brands -> brands.stream().sorted().toList());
    }
}
