package io.brandbridge.defaults.security;

/**
 * What a caller may do; DESIGN section 4. PRIVACY erases a customer's data and manages a brand's data
 * policy and pseudonym key, within its brands. SERVICE is held only by services calling each other.
 */
public enum Role {
    ADMIN, MARKETING, OPERATIONS, INTEGRATOR, PARTNER, VIEWER, PRIVACY, SERVICE
}
