package io.brandbridge.touchpoint.ingest.health;

/** What one push's report counted; {@code received = accepted + updated + duplicates + rejected}. */
public record PushCounts(int received, int accepted, int updated, int duplicates, int rejected) {
}
