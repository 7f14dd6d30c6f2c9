package io.brandbridge.alignment.scoring;

import java.time.Instant;

/** Counts of the interactions in one time bucket starting at {@code start}. */
public record Bucket(Instant start, Counts counts) {
}
