package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The fields of touchpoint-service's Touchpoint this service reads. */
@Serdeable
public record RemoteTouchpoint(String id, @Nullable String brandId, @Nullable String type, @Nullable String name) {
}
