package io.brandbridge.defaults.settings;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A browser origin: scheme, host and optional port, as a browser sends it in the Origin header. Null passes; add {@code @NotNull} where the value is required. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface WebOrigin {

    String message() default "must be a browser origin such as https://app.example.com (scheme, host and optional port, nothing after)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
