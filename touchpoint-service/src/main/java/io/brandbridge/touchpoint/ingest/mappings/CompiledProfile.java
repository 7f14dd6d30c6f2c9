package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.touchpoint.ingest.RawRecord;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A validated profile, ready to read records: which source feeds which field and how. Sources are CSV header names or
 * JSON paths; the readers hand over each source's trimmed, non-blank value, or null when it is absent.
 */
record CompiledProfile(String name,
                       boolean json,
                       char delimiter,
                       String externalId,
                       OccurredAtReader occurredAt,
                       @Nullable String customerRef,
                       @Nullable String journeyId,
                       @Nullable String sourceVersion,
                       List<MetricRule> metrics,
                       List<AttributeRule> attributes) {

    /** The value a JSON reader gives a path that holds an object or an array; compared by identity, so no cell can equal it. */
    static final String NOT_A_VALUE = new String("not a single value");

    record MetricRule(String source, String metric, Transform transform, Map<String, Double> lookup) {
    }

    record AttributeRule(String source, String attribute) {
    }

    /** Every source the profile reads, each with the record field it feeds, in profile order. */
    Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.putIfAbsent(externalId, "externalId");
        for (String source : occurredAt.sources()) {
            sources.putIfAbsent(source, "occurredAt");
        }
        put(sources, customerRef, "customerRef");
        put(sources, journeyId, "journeyId");
        put(sources, sourceVersion, "sourceVersion");
        metrics.forEach(m -> sources.putIfAbsent(m.source(), "metrics." + m.metric()));
        attributes.forEach(a -> sources.putIfAbsent(a.source(), "attributes." + a.attribute()));
        return sources;
    }

    /** Fills {@code record} from {@code value}, which answers a source's trimmed non-blank value or null. */
    void fill(RawRecord record, UnaryOperator<String> value) {
        String id = text(record, "externalId", externalId, value);
        if (id != null) {
            record.externalId(id);
        }
        String[] timeSources = occurredAt.sources();
        String first = text(record, "occurredAt", timeSources[0], value);
        String second = timeSources.length > 1 ? text(record, "occurredAt", timeSources[1], value) : null;
        OccurredAtReader.Result at = occurredAt.read(first, second);
        if (at != null && at.problem() != null) {
            record.problem("occurredAt", at.problem());
        } else if (at != null) {
            record.occurredAt(at.isoText());
        }
        if (customerRef != null) {
            String ref = text(record, "customerRef", customerRef, value);
            if (ref != null) {
                record.customerRef(ref);
            }
        }
        if (journeyId != null) {
            String journey = text(record, "journeyId", journeyId, value);
            if (journey != null) {
                record.journeyId(journey);
            }
        }
        if (sourceVersion != null) {
            String version = text(record, "sourceVersion", sourceVersion, value);
            if (version != null) {
                record.sourceVersion(version);
            }
        }
        for (MetricRule rule : metrics) {
            String field = "metrics." + rule.metric();
            String text = text(record, field, rule.source(), value);
            if (text != null && !rule.transform().apply(record, rule.metric(), text, rule.lookup())) {
                record.problem(field, where(rule.source()) + " for metric " + rule.metric() + " is not " + rule.transform().expected);
            }
        }
        for (AttributeRule rule : attributes) {
            String text = text(record, "attributes." + rule.attribute(), rule.source(), value);
            if (text != null) {
                record.attribute(rule.attribute(), text);
            }
        }
    }

    /** The source's value, or null (with a problem when it holds no single value). */
    private String text(RawRecord record, String field, String source, UnaryOperator<String> value) {
        String text = value.apply(source);
        if (text == NOT_A_VALUE) {
            record.problem(field, where(source) + " holds an object or an array, not a single value");
            return null;
        }
        return text;
    }

    private String where(String source) {
        return (json ? "path '" : "column '") + source + "'";
    }

    private static void put(Map<String, String> sources, @Nullable String source, String field) {
        if (source != null) {
            sources.putIfAbsent(source, field);
        }
    }
}
