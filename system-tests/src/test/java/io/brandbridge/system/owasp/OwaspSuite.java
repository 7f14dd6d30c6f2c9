package io.brandbridge.system.owasp;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks one OWASP API Security Top 10 (2023) suite: it runs on the shared {@link SecurityFixture}
 * (real processes on the MySQL-compatible test server), after the other end-to-end suites so the
 * fixture's processes do not run beside theirs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = "brandbridge.test.db", matches = "mariadb")
@ExtendWith(SecurityFixture.Resolver.class)
@Order(Integer.MAX_VALUE)
@interface OwaspSuite {
}
