package io.brandbridge.touchpoint.journeys;

import java.util.List;

/** One interaction whose derived metric values changed: the values before and after (both in {@code DerivedMetrics.KEYS} order). */
record MetricChange(Contact contact, List<Derived.Metric> before, List<Derived.Metric> after) {
}
