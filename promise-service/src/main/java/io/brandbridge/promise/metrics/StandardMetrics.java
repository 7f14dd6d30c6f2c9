package io.brandbridge.promise.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The metrics every brand can use (DESIGN 3.1); touchpoints report them under these keys. */
public final class StandardMetrics {

    public static final List<CatalogueMetric> ALL = List.of(
            metric("wait_seconds", "s", MetricKind.NUMBER, "Time queued before a person answered (ASA, service level)"),
            metric("answered", "bool", MetricKind.BOOLEAN, "Reached a person (false = abandoned)"),
            metric("handle_seconds", "s", MetricKind.NUMBER, "Talk + hold + after-contact work (AHT)"),
            metric("resolved_first_contact", "bool", MetricKind.BOOLEAN, "Resolved without a further contact"),
            metric("transfers", "count", MetricKind.NUMBER, "Handoffs within the contact"),
            metric("csat", "1..5", MetricKind.SCORE, "Satisfaction score"),
            metric("nps", "0..10", MetricKind.SCORE, "Likelihood to recommend"),
            metric("effort", "1..7", MetricKind.SCORE, "Customer effort score"),
            metric("delivery_hours", "h", MetricKind.NUMBER, "Order to door"),
            metric("damaged", "bool", MetricKind.BOOLEAN, "Arrived damaged"),
            metric("repeat_contact_7d", "bool", MetricKind.BOOLEAN, "The customer came back within 7 days"));

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

    private static CatalogueMetric metric(String key, String unit, MetricKind kind, String description) {
        return new CatalogueMetric(key, unit, kind, description, null);
    }
}
