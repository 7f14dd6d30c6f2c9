package io.brandbridge.alignment.latedata;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * {@code alignment.late-data.*}: whether each scheduled round looks for data that arrived late; how many days back
 * (before today, brand time zone) such data re-scores history (older days keep their snapshots as computed); and the
 * clock skew allowed between this service and touchpoint-service when telling whether a change came after a computation
 * began (erring towards re-scoring).
 */
@ConfigurationProperties("alignment.late-data")
public record LateDataConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "400") @Min(1) @Max(1000) int rescoreDays,
        @Bindable(defaultValue = "5s") @PositiveDuration Duration clockSkew) {
}
