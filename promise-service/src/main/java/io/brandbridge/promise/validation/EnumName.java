package io.brandbridge.promise.validation;

import jakarta.validation.Constraint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that must be the name of a constant of {@link #value()}. Enumerations in requests arrive as text so
 * that a wrong value is reported against its own field, not as an unreadable body.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Constraint(validatedBy = {})
public @interface EnumName {

    Class<? extends Enum<?>> value();

    String message() default "is not one of the allowed values";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
