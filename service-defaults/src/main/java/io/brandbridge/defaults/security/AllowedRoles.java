package io.brandbridge.defaults.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a controller operation (on a method) or every operation of a controller
 * (on the class; a method's own annotation replaces it). ADMIN may always call. An operation that
 * declares no roles is refused to everyone else, so a forgotten annotation fails closed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {

    Role[] value();
}
