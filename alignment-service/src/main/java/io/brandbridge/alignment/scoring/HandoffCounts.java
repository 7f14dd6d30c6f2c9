package io.brandbridge.alignment.scoring;

import java.util.List;

/**
 * What touchpoint-service counts of a brand's journeys over a window: journeys whose first contact is in it, those of one
 * contact, those whose one contact was followed up, and per (from, to) touchpoint pair the handoffs whose earlier contact is
 * in it, those whose later contact was followed up, and the median gap between the two contacts.
 */
public record HandoffCounts(long journeys, long oneContactJourneys, long oneContactFollowedUp, List<Pair> pairs) {

    public static final HandoffCounts NONE = new HandoffCounts(0, 0, 0, List.of());

    public HandoffCounts {
        pairs = List.copyOf(pairs);
    }

    public record Pair(String fromTouchpointId, String toTouchpointId, long count, long followedUp, double medianGapMinutes) {
    }
}
