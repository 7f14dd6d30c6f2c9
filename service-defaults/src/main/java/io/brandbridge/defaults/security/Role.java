package io.brandbridge.defaults.security;

/** What a caller may do; DESIGN section 4. SERVICE is held only by services calling each other. */
public enum Role {
    ADMIN, MARKETING, OPERATIONS, INTEGRATOR, PARTNER, VIEWER, SERVICE, PRIVACY
}
