package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param watermarkLag how far the answered watermark trails the time the changes query started; it must exceed
 *                     the time between a push reading its clock for {@code changed_at} and committing, plus any
 *                     clock skew between instances of this service
 */
@ConfigurationProperties("touchpoint.changes")
public record ChangesSettings(@Bindable(defaultValue = "60s") @PositiveDuration Duration watermarkLag) {
}
