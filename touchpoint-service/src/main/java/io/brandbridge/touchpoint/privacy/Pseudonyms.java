package io.brandbridge.touchpoint.privacy;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * customerRef is personal data: only its keyed hash (HMAC-SHA256 with the brand's key) is stored, so the same
 * customer keeps one pseudonym and journeys work, while the raw value is never kept or logged.
 */
@Singleton
public class Pseudonyms {

    private final PseudonymKeyStore keys;

    Pseudonyms(PseudonymKeyStore keys) {
        this.keys = keys;
    }

    /** A hasher for one push of the brand, holding every key version. */
    public Pseudonymiser forBrand(String brandId) {
        return new Pseudonymiser(keys.keys(brandId));
    }

    /** The customer's pseudonyms under every key version, current first: what lookups and erasure look for. */
    public List<String> allOf(String brandId, String customerRef) {
        Pseudonymiser hasher = forBrand(brandId);
        List<String> all = new ArrayList<>(2);
        all.add(hasher.current(customerRef));
        all.addAll(List.of(hasher.aliases(customerRef)));
        return all;
    }

    /** Starts a new key version; pseudonyms under older ones are re-keyed when the customer is next seen. */
    public PseudonymKeyState rotate(String brandId) {
        PseudonymKey added = keys.rotate(brandId);
        return new PseudonymKeyState(brandId, added.version(), added.createdAt());
    }

    /** The brand's current key version and when it was made. */
    public PseudonymKeyState state(String brandId) {
        PseudonymKey current = keys.keys(brandId).getFirst();
        return new PseudonymKeyState(brandId, current.version(), current.createdAt());
    }

    /** Forgets every key of the brand when the brand goes: what remains stored can no longer be linked to anyone. */
    public void deleteKeys(String brandId) {
        keys.delete(brandId);
    }
}
