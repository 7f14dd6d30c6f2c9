package io.brandbridge.defaults.security;

import io.micronaut.core.annotation.AnnotationMetadata;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Reads {@link AllowedRoles} from an operation and decides whether a caller's roles pass. */
public final class RoleRequirements {

    private RoleRequirements() {
    }

    /** The roles an operation declares (ADMIN included), or an empty set when it declares none. */
    public static Set<Role> declared(AnnotationMetadata operation) {
        // A method's own annotation replaces its class's rather than adding to it.
        AnnotationMetadata method = operation.getDeclaredMetadata();
        AnnotationMetadata source = method.hasDeclaredAnnotation(AllowedRoles.class) ? method : operation;
        Role[] values = source.enumValues(AllowedRoles.class, Role.class);
        if (values.length == 0) {
            return EnumSet.noneOf(Role.class);
        }
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        roles.addAll(Arrays.asList(values));
        return roles;
    }

    public static boolean allows(AnnotationMetadata operation, Set<Role> callerRoles) {
        if (callerRoles.contains(Role.ADMIN)) {
            return true;
        }
        Set<Role> allowed = declared(operation);
        return callerRoles.stream().anyMatch(allowed::contains);
    }
}
