package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.security.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A client's roles and brand scope, as requested, as stored (comma-separated) and as an audit event tells it. */
record Access(Set<Role> roles, SortedSet<String> brands, boolean allBrands) {

    private static final int BRANDS_NAMED = 10;

    static Access of(List<Role> roles, List<String> brands, Boolean allBrands) {
        boolean all = Boolean.TRUE.equals(allBrands);
        return new Access(EnumSet.copyOf(roles), all || brands == null ? new TreeSet<>() : new TreeSet<>(brands), all);
    }

    static Access of(ApiClientEntity e) {
        Set<Role> roles = Arrays.stream(e.roles().split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        SortedSet<String> brands = Arrays.stream(e.brands().split(",")).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        return new Access(roles, brands, e.allBrands());
    }

    String storedRoles() {
        return roles.stream().map(Role::name).collect(Collectors.joining(","));
    }

    String storedBrands() {
        return String.join(",", brands);
    }

    /** For example "roles MARKETING, VIEWER; brands brd_a, brd_b"; a long scope names its first ten brands and counts the rest. */
    String describe() {
        return "roles " + roles.stream().map(Role::name).collect(Collectors.joining(", ")) + "; " + describeScope();
    }

    String describeChangeTo(Access after) {
        String rolesBefore = roles.stream().map(Role::name).collect(Collectors.joining(", "));
        String rolesAfter = after.roles.stream().map(Role::name).collect(Collectors.joining(", "));
        String roleChange = rolesBefore.equals(rolesAfter) ? "roles " + rolesAfter + " (unchanged)" : "roles " + rolesBefore + " -> " + rolesAfter;
        String scopeBefore = describeScope();
        String scopeAfter = after.describeScope();
        String scopeChange = scopeBefore.equals(scopeAfter) ? scopeAfter + " (unchanged)" : scopeBefore + " -> " + scopeAfter;
        return roleChange + "; " + scopeChange;
    }

    private String describeScope() {
        if (allBrands) {
            return "all brands";
        }
        String named = brands.stream().limit(BRANDS_NAMED).collect(Collectors.joining(", "));
        return "brands " + named + (brands.size() > BRANDS_NAMED ? " and " + (brands.size() - BRANDS_NAMED) + " more" : "");
    }
}
