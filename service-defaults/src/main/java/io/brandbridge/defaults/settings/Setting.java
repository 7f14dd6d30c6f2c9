package io.brandbridge.defaults.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional extra for a component of a {@code @ConfigurationProperties} record: the environment variable an
 * operator sets (when the application.yml placeholder does not already name it) and a hint that follows
 * every problem with the value, e.g. how to generate a good one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Setting {

    /** The environment variable; empty means the one the application.yml placeholder names. */
    String env() default "";

    /** Told after the problem, e.g. "give every service the same random secret of at least 32 characters". */
    String hint() default "";
}
