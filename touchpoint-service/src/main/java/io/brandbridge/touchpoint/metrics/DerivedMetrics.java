package io.brandbridge.touchpoint.metrics;

import java.util.List;

/**
 * The metrics the platform derives from journeys and customers (never accepted from a push, except
 * {@code repeat_contact_7d} on a record without a customerRef). Each has a fixed negative metric id at every
 * touchpoint, so a derivation at another touchpoint than the one being pushed into never numbers a key.
 */
public final class DerivedMetrics {

    public static final String REPEAT_CONTACT_7D = "repeat_contact_7d";
    public static final String HANDED_OFF = "handed_off";
    public static final String JOURNEY_CONTACTS = "journey_contacts";
    public static final String JOURNEY_HANDOFFS = "journey_handoffs";
    public static final String JOURNEY_TOUCHPOINTS = "journey_touchpoints";
    public static final String JOURNEY_HOURS = "journey_hours";

    /** In metric-id order: the key at index i has id {@code -(i + 1)}. */
    public static final List<String> KEYS = List.of(REPEAT_CONTACT_7D, HANDED_OFF, JOURNEY_CONTACTS, JOURNEY_HANDOFFS,
            JOURNEY_TOUCHPOINTS, JOURNEY_HOURS);

    private DerivedMetrics() {
    }

    public static boolean isDerived(String key) {
        return KEYS.contains(key);
    }

    /** The fixed metric id of a derived key at every touchpoint. */
    public static int id(String key) {
        int index = KEYS.indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException(key + " is not derived");
        }
        return -(index + 1);
    }

    /**
     * Why a pushed value of {@code key} is refused, or null when it is accepted: {@code repeat_contact_7d} only on
     * a record with a customerRef, the journey keys always.
     */
    public static String refusal(String key, boolean hasCustomerRef) {
        if (REPEAT_CONTACT_7D.equals(key)) {
            return hasCustomerRef ? "is derived by the platform from customerRef; do not push it on a record with a customerRef" : null;
        }
        return isDerived(key) ? "is derived by the platform from journeys and cannot be pushed" : null;
    }
}
