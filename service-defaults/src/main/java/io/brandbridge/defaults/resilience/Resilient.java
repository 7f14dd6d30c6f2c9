package io.brandbridge.defaults.resilience;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a blocking call (typically a declarative {@code @Client} method) with the named
 * Resilience4j instance from {@code resilience4j.instances.<name>}: time limit, circuit breaker,
 * bulkhead, and retry for idempotent calls. GET, HEAD, PUT, DELETE and OPTIONS are idempotent;
 * a POST that only reads says so with {@code idempotent = true}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
@Type(ResilienceInterceptor.class)
public @interface Resilient {

    /** The instance name; its settings live under {@code resilience4j.instances.<name>}. */
    String value();

    /** Marks a non-GET call as safe to repeat. */
    boolean idempotent() default false;
}
