package io.brandbridge.alignment.clients.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The fields of promise-service's Brand this service reads. */
@Serdeable
public record RemoteBrand(String id, @Nullable String name, @Nullable String timeZone) {
}
