package io.brandbridge.touchpoint.privacy;

import java.time.Instant;

/** What may be shown of a brand's pseudonym key: its version and age, never the secret. */
public record PseudonymKeyState(String brandId, int version, Instant createdAt) {
}
