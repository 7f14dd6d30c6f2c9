package io.brandbridge.promise.brands;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.Set;

@Singleton
class TimeZoneIdValidator implements ConstraintValidator<TimeZoneId, String> {

    // The tz database region ids; ZoneId.of alone would also accept offsets like "+02:00".
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    @Override
    public boolean isValid(@Nullable String value, @NonNull AnnotationValue<TimeZoneId> annotationMetadata,
                           @NonNull ConstraintValidatorContext context) {
        return value == null || ZONES.contains(value);
    }
}
