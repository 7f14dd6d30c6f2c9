package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Role;
import io.micronaut.http.HttpMethod;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.brandbridge.defaults.security.Role.INTEGRATOR;
import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.PARTNER;
import static io.brandbridge.defaults.security.Role.VIEWER;

/**
 * DESIGN section 4 as one table: a request is allowed when a row matches its method and path and
 * lists one of the caller's roles. ADMIN may do everything, so it is in no row; a path in no row
 * (such as {@code /admin/**}) is for ADMIN only. Brand scope is checked by the services.
 * In paths, {@code *} is one segment and {@code **} any number of trailing segments.
 */
public final class AccessMatrix {

    private static final Set<HttpMethod> READ = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<HttpMethod> WRITE = EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Set<HttpMethod> POST = EnumSet.of(HttpMethod.POST);

    private static final List<Row> ROWS = List.of(
            //   methods  path under /api/v1                 roles besides ADMIN
            row(READ,  "/brands/**",                       MARKETING, OPERATIONS, VIEWER),
            row(READ,  "/promises/**",                     MARKETING, OPERATIONS, VIEWER),
            row(READ,  "/metrics/**",                      MARKETING, OPERATIONS, VIEWER),
            row(READ,  "/touchpoints",                     MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
            row(READ,  "/touchpoints/*",                   MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
            row(READ,  "/touchpoints/**",                  MARKETING, OPERATIONS, VIEWER),
            row(POST,  "/stats/attainment",                MARKETING, OPERATIONS, VIEWER),
            row(POST,  "/stats/contingency",               MARKETING, OPERATIONS, VIEWER),
            row(READ,  "/alignment/**",                    MARKETING, OPERATIONS, VIEWER, PARTNER),
            row(WRITE, "/brands/**",                       MARKETING),
            row(WRITE, "/promises/**",                     MARKETING),
            row(WRITE, "/touchpoints",                     OPERATIONS),
            row(WRITE, "/touchpoints/*",                   OPERATIONS),
            row(WRITE, "/touchpoints/*/targets/**",        OPERATIONS),
            row(POST,  "/touchpoints/*/interactions",      INTEGRATOR),
            row(POST,  "/alignment/brands/*/recompute",    MARKETING, OPERATIONS));

    private static final String PREFIX = "/api/v1";

    private AccessMatrix() {
    }

    public static boolean allows(Set<Role> roles, HttpMethod method, String path) {
        if (roles.contains(Role.ADMIN)) {
            return true;
        }
        if (!path.startsWith(PREFIX + "/")) {
            return false;
        }
        String[] segments = segments(path.substring(PREFIX.length()));
        for (Row row : ROWS) {
            if (row.methods.contains(method) && row.matches(segments) && roles.stream().anyMatch(row.roles::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Row row(Set<HttpMethod> methods, String pattern, Role... roles) {
        return new Row(methods, segments(pattern), EnumSet.copyOf(Arrays.asList(roles)));
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private record Row(Set<HttpMethod> methods, String[] pattern, Set<Role> roles) {

        boolean matches(String[] path) {
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i].equals("**")) {
                    return true;
                }
                if (i >= path.length || path[i].isEmpty() || !(pattern[i].equals("*") || pattern[i].equals(path[i]))) {
                    return false;
                }
            }
            return path.length == pattern.length;
        }
    }
}
