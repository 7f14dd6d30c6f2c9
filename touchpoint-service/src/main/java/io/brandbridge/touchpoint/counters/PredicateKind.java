package io.brandbridge.touchpoint.counters;

/** ATTAINMENT counts one predicate (valid, good); PAIR the 2×2 table of two over interactions carrying both metrics. */
public enum PredicateKind { ATTAINMENT, PAIR }
