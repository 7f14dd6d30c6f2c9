package io.brandbridge.promise.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

@Singleton
class EnumNameValidator implements ConstraintValidator<EnumName, String> {

    private static final ClassValue<List<String>> NAMES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
    };

    @Override
    public boolean isValid(@Nullable String value, @NonNull AnnotationValue<EnumName> annotationMetadata,
                           @NonNull ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<String> names = NAMES.get(annotationMetadata.classValue().orElseThrow());
        if (names.contains(value)) {
            return true;
        }
        context.messageTemplate("must be one of " + String.join(", ", names));
        return false;
    }
}
