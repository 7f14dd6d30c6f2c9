package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** How long a derivation waits for its brand's lock ({@code touchpoint.journeys.lock-wait}). */
@ConfigurationProperties("touchpoint.journeys")
public record JourneySettings(@Bindable(defaultValue = "30s") @PositiveDuration Duration lockWait) {
}
