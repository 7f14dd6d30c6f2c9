package io.brandbridge.alignment.scoring;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Customers passed from one touchpoint to another: how many handoffs, how many of them came back within 7 days (followedUp,
 * repeatRate), and how many came back beyond what a journey settled in one contact would explain (customersLetDown).
 */
@Serdeable
public record Handoff(String fromTouchpointId, String fromTouchpointName, String toTouchpointId, String toTouchpointName,
                      long count, long followedUp, double repeatRate, double medianGapMinutes, long customersLetDown, String sentence) {
}
