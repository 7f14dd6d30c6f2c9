package io.brandbridge.gateway.security;

import java.util.Optional;

/** Where keys are looked up; the admin API's storage implements it, so this package never imports that one. */
public interface ApiKeyStore {

    /** Blocking: the active client a key hash belongs to, or empty. */
    Optional<AuthenticatedClient> findByKeyHash(String keyHash);
}
