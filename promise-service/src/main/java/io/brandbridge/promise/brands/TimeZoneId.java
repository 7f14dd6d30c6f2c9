package io.brandbridge.promise.brands;

import jakarta.validation.Constraint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An IANA time-zone id such as {@code Europe/London} or {@code UTC}; fixed offsets are not zones. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Constraint(validatedBy = {})
public @interface TimeZoneId {

    String message() default "must be an IANA time-zone id such as Europe/London or UTC";

    Class<?>[] groups() default {};

    Class<?>[] payload() default {};
}
