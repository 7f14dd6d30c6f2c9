package io.brandbridge.promise.metrics;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The metrics a brand may measure: the standard ones plus its own. */
@Singleton
public class MetricCatalogue {

    /** Standard metrics first, then custom ones, each by key: the stable order of catalogue listings. */
    static final Comparator<CatalogueMetric> ORDER = Comparator.comparing(MetricCatalogue::sortKey);

    private final CustomMetricRepository customMetrics;

    MetricCatalogue(CustomMetricRepository customMetrics) {
        this.customMetrics = customMetrics;
    }

    public List<CatalogueMetric> list(@Nullable String brandId) {
        Stream<CatalogueMetric> custom = brandId == null ? Stream.empty()
                : customMetrics.findByBrandIdOrderByMetricKey(brandId).stream().map(CustomMetric::toCatalogue);
        return Stream.concat(StandardMetrics.ALL.stream(), custom).sorted(ORDER).toList();
    }

    /**
     * The catalogue entries for {@code keys} that exist for the brand (unknown keys are simply absent).
     * Must run inside the writing transaction: custom metrics are locked until it ends.
     */
    public Map<String, CatalogueMetric> resolveForWrite(String brandId, Collection<String> keys) {
        Map<String, CatalogueMetric> found = new HashMap<>();
        List<String> customKeys = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            StandardMetrics.find(key).ifPresentOrElse(metric -> found.put(key, metric), () -> customKeys.add(key));
        }
        if (!customKeys.isEmpty()) {
            customMetrics.lockByBrandIdAndMetricKeys(brandId, customKeys)
                    .forEach(metric -> found.put(metric.metricKey(), metric.toCatalogue()));
        }
        return found;
    }

    static String sortKey(CatalogueMetric metric) {
        return (metric.standard() ? "0|" : "1|") + metric.key();
    }
}
