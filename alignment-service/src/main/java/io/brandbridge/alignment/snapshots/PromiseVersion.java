package io.brandbridge.alignment.snapshots;

import io.micronaut.serde.annotation.Serdeable;

/** A promise version a snapshot was computed with. */
@Serdeable
public record PromiseVersion(String promiseId, int version) {
}
