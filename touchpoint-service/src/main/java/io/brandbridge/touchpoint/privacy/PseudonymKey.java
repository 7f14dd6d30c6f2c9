package io.brandbridge.touchpoint.privacy;

import java.time.Instant;

/** One version of a brand's pseudonym key. */
record PseudonymKey(String brandId, int version, byte[] secret, Instant createdAt) {
}
