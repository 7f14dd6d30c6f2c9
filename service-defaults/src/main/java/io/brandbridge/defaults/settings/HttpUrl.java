package io.brandbridge.defaults.settings;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An absolute http or https URL with a host, e.g. a service's base URL. Null passes; add {@code @NotNull} where the value is required. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface HttpUrl {

    String message() default "must be an absolute http or https URL such as http://promise-service:8081";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
