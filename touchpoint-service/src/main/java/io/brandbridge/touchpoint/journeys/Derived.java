package io.brandbridge.touchpoint.journeys;

import io.brandbridge.touchpoint.metrics.DerivedMetrics;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * What the platform derives for one contact. {@code followedUp} is null without a customer; the journey values are null
 * outside a journey, the four {@code journey*} ones also on every contact but the first; {@code next*} describe the next
 * contact of its journey (null on the last): its touchpoint, the whole minutes to it and whether it was followed up.
 */
public record Derived(@Nullable Integer followedUp,
                      @Nullable Integer handedOff,
                      @Nullable Integer journeyContacts,
                      @Nullable Integer journeyHandoffs,
                      @Nullable Integer journeyTouchpoints,
                      @Nullable Double journeyHours,
                      @Nullable Integer nextTouchpointSeq,
                      @Nullable Long nextGapMinutes,
                      @Nullable Integer nextFollowedUp) {

    public static final Derived NONE = new Derived(null, null, null, null, null, null, null, null, null);

    /** The derived metric keys this contact carries and their values, in {@link DerivedMetrics#KEYS} order. */
    public List<Metric> metrics() {
        List<Metric> metrics = new ArrayList<>(6);
        add(metrics, DerivedMetrics.REPEAT_CONTACT_7D, followedUp);
        add(metrics, DerivedMetrics.HANDED_OFF, handedOff);
        add(metrics, DerivedMetrics.JOURNEY_CONTACTS, journeyContacts);
        add(metrics, DerivedMetrics.JOURNEY_HANDOFFS, journeyHandoffs);
        add(metrics, DerivedMetrics.JOURNEY_TOUCHPOINTS, journeyTouchpoints);
        add(metrics, DerivedMetrics.JOURNEY_HOURS, journeyHours);
        return metrics;
    }

    /** One derived metric value. */
    public record Metric(String key, double value) {
    }

    private static void add(List<Metric> metrics, String key, @Nullable Number value) {
        if (value != null) {
            metrics.add(new Metric(key, value.doubleValue()));
        }
    }
}
