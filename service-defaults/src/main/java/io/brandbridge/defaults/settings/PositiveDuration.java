package io.brandbridge.defaults.settings;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A duration above zero. Null passes; add {@code @NotNull} where the value is required. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface PositiveDuration {

    String message() default "must be a positive duration such as 500ms, 30s or 5m";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
