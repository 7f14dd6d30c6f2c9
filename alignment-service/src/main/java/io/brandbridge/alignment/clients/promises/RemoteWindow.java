package io.brandbridge.alignment.clients.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A commitment window: {@code {"type":"ROLLING_DAYS","days":28}}, {@code {"type":"CALENDAR_WEEK"}} or {@code {"type":"CALENDAR_MONTH"}}. */
@Serdeable
public record RemoteWindow(@Nullable String type, @Nullable Integer days) {
}
