package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param lockWait how long an erasure waits for pushes into the brand's touchpoints to finish before answering 503
 */
@ConfigurationProperties("touchpoint.erasure")
public record ErasureSettings(@Bindable(defaultValue = "30s") @PositiveDuration Duration lockWait) {
}
