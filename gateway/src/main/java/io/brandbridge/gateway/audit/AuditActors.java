package io.brandbridge.gateway.audit;

import io.brandbridge.defaults.requestid.RequestIds;
import io.brandbridge.gateway.security.AuthenticatedClient;
import io.brandbridge.gateway.security.SourceAddresses;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** The actor of an admin request, as the key gate admitted it. */
@Singleton
public class AuditActors {

    private final SourceAddresses sourceAddresses;

    public AuditActors(SourceAddresses sourceAddresses) {
        this.sourceAddresses = sourceAddresses;
    }

    public AuditActor of(HttpRequest<?> request) {
        AuthenticatedClient client = AuthenticatedClient.of(request)
                .orElseThrow(() -> new IllegalStateException("an admin request reached its controller without passing the key gate"));
        return new AuditActor(client.id(), client.name(), sourceAddresses.of(request), RequestIds.of(request));
    }
}
