package io.brandbridge.promise.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The metrics every brand can use (DESIGN 3.1 and 7); touchpoints report the pushed ones under these keys,
 * and touchpoint-service derives the others from journeys (a journey's own ones on its first contact).
 */
public final class StandardMetrics {

    public static final List<CatalogueMetric> ALL = List.of(
            pushed("wait_seconds", "s", MetricKind.NUMBER, "Time queued before a person answered (ASA, service level)"),
            pushed("answered", "bool", MetricKind.BOOLEAN, "Reached a person (false = abandoned)"),
            pushed("handle_seconds", "s", MetricKind.NUMBER, "Talk + hold + after-contact work (AHT)"),
            pushed("resolved_first_contact", "bool", MetricKind.BOOLEAN, "Resolved without a further contact"),
            pushed("transfers", "count", MetricKind.NUMBER, "Handoffs within the contact"),
            pushed("csat", "1..5", MetricKind.SCORE, "Satisfaction score"),
            pushed("nps", "0..10", MetricKind.SCORE, "Likelihood to recommend"),
            pushed("effort", "1..7", MetricKind.SCORE, "Customer effort score"),
            pushed("delivery_hours", "h", MetricKind.NUMBER, "Order to door"),
            pushed("damaged", "bool", MetricKind.BOOLEAN, "Arrived damaged"),
            derived("repeat_contact_7d", "bool", MetricKind.BOOLEAN, "1 when the same customer has another interaction at any "
                    + "touchpoint of the brand within 7 days after this one (derived from customerRef), else 0"),
            derived("handed_off", "bool", MetricKind.BOOLEAN, "1 when the next contact of this interaction's journey is at "
                    + "another touchpoint, 0 when it is at the same one or this is the journey's last contact"),
            derived("journey_contacts", "count", MetricKind.NUMBER, "How many contacts the journey has, on its first contact"),
            derived("journey_handoffs", "count", MetricKind.NUMBER, "How many handoffs (consecutive contacts at different "
                    + "touchpoints) the journey has, on its first contact"),
            derived("journey_touchpoints", "count", MetricKind.NUMBER, "How many different touchpoints the journey's contacts "
                    + "were at, on its first contact"),
            derived("journey_hours", "h", MetricKind.NUMBER, "Hours from the journey's first contact to its last, on its first contact"));

    private static final Map<String, CatalogueMetric> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(CatalogueMetric::key, Function.identity()));

    private StandardMetrics() {
    }

    public static Optional<CatalogueMetric> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    public static boolean isStandard(String key) {
        return BY_KEY.containsKey(key);
    }

    private static CatalogueMetric pushed(String key, String unit, MetricKind kind, String description) {
        return new CatalogueMetric(key, unit, kind, description, null, false);
    }

    private static CatalogueMetric derived(String key, String unit, MetricKind kind, String description) {
        return new CatalogueMetric(key, unit, kind, description, null, true);
    }
}
