package io.brandbridge.promise.clients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The one field this service reads of another service's problem answer. */
@Serdeable
record RemoteProblem(@Nullable String detail) {
}
