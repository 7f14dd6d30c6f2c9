package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A commitment's window as the promise states it; {@code days} only for ROLLING_DAYS (1..366). */
@Serdeable
public record WindowSpec(WindowType type, @Nullable Integer days) {

    public static final int MAX_DAYS = 366;

    public boolean isValid() {
        return type != null && (type != WindowType.ROLLING_DAYS || (days != null && days >= 1 && days <= MAX_DAYS));
    }
}
