package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.json.TextRules;
import io.brandbridge.touchpoint.metrics.DerivedMetrics;
import io.brandbridge.touchpoint.metrics.MetricKeys;
import io.brandbridge.touchpoint.metrics.MetricValues;
import io.brandbridge.touchpoint.metrics.StandardMetrics;
import io.brandbridge.touchpoint.privacy.PersonalDataGuard;
import io.brandbridge.touchpoint.support.DbTimes;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The per-row rules of DESIGN 3.2 and issue 4; a row that breaks any of them is rejected with every broken field named. */
@Singleton
final class RecordValidator {

    static final int MAX_ID_CHARS = IngestLimits.MAX_ID_CHARS;
    static final int MAX_METRICS = MetricValues.MAX_METRICS;
    static final int MAX_ATTRIBUTES = IngestLimits.MAX_ATTRIBUTES;
    static final int MAX_ATTRIBUTE_CHARS = IngestLimits.MAX_ATTRIBUTE_CHARS;
    // DATETIME holds years 1000..9999; nothing before the epoch is a real interaction either.
    private static final Instant EARLIEST = Instant.EPOCH;

    private final IngestLimits limits;

    RecordValidator(IngestLimits limits) {
        this.limits = limits;
    }

    /**
     * The valid record, or null when {@code raw} has problems (they are added to it). With {@code guardPersonalData}
     * (the brand's piiGuard), attribute values shaped like e-mail addresses, phone or card numbers are problems too.
     */
    ValidRecord validate(RawRecord raw, Instant now, boolean guardPersonalData) {
        if (raw.hasProblemWith(null)) {
            return null;
        }
        String externalId = raw.externalId;
        if (externalId == null || externalId.isBlank()) {
            if (!raw.hasProblemWith("externalId")) {
                raw.problem("externalId", "is required");
            }
        } else if (externalId.codePointCount(0, externalId.length()) > MAX_ID_CHARS) {
            raw.problem("externalId", "must be at most " + MAX_ID_CHARS + " characters");
        } else {
            plainText(raw, "externalId", externalId);
        }
        Instant occurredAt = occurredAt(raw, now);
        optionalText(raw, "journeyId", raw.journeyId);
        optionalText(raw, "customerRef", raw.customerRef);
        Long sourceVersion = sourceVersion(raw);
        String metricsJson = metrics(raw);
        String attributesJson = attributes(raw, guardPersonalData);
        if (!raw.problems.isEmpty()) {
            return null;
        }
        int count = raw.metrics.size();
        String[] keys = new String[count];
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            keys[i] = raw.metrics.get(i).key();
            values[i] = raw.metrics.get(i).value();
        }
        return new ValidRecord(externalId, DbTimes.sql(occurredAt), raw.journeyId, raw.customerRef, sourceVersion,
                keys, values, metricsJson, attributesJson);
    }

    private Instant occurredAt(RawRecord raw, Instant now) {
        if (raw.occurredAt == null || raw.occurredAt.isBlank()) {
            if (!raw.hasProblemWith("occurredAt")) {
                raw.problem("occurredAt", "is required");
            }
            return null;
        }
        Instant at = Timestamps.parse(raw.occurredAt);
        if (at == null) {
            raw.problem("occurredAt", "must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00Z");
            return null;
        }
        if (at.isAfter(now.plus(limits.futureTolerance()))) {
            raw.problem("occurredAt", "must not be more than " + describe(limits.futureTolerance()) + " in the future");
        } else if (at.isBefore(EARLIEST)) {
            raw.problem("occurredAt", "must not be before 1970-01-01T00:00:00Z");
        }
        return at;
    }

    private static Long sourceVersion(RawRecord raw) {
        if (raw.sourceVersion == null || raw.sourceVersion.isEmpty()) {
            return null;
        }
        Long version = SourceVersions.parse(raw.sourceVersion);
        if (version == null && !raw.hasProblemWith("sourceVersion")) {
            raw.problem("sourceVersion", SourceVersions.MESSAGE);
        }
        return version;
    }

    private static void optionalText(RawRecord raw, String field, String value) {
        if (value != null && value.codePointCount(0, value.length()) > MAX_ID_CHARS) {
            raw.problem(field, "must be at most " + MAX_ID_CHARS + " characters");
        } else if (value != null) {
            plainText(raw, field, value);
        }
    }

    /** Ids, references and attributes are single-line labels: no control characters in any format. */
    private static boolean plainText(RawRecord raw, String field, String value) {
        String violation = TextRules.violation(value, false);
        if (violation != null) {
            raw.problem(field, violation);
            return false;
        }
        return true;
    }

    private static String metrics(RawRecord raw) {
        if (raw.metrics.size() > MAX_METRICS) {
            raw.problem("metrics", "must hold at most " + MAX_METRICS + " metrics");
            return null;
        }
        StringBuilder json = new StringBuilder(16 + raw.metrics.size() * 24).append('{');
        for (int i = 0; i < raw.metrics.size(); i++) {
            RawRecord.Metric metric = raw.metrics.get(i);
            if (!MetricKeys.isValid(metric.key())) {
                raw.problem("metrics." + metric.key(), "is not a metric key: it " + MetricKeys.MESSAGE);
                continue;
            }
            if (givenBefore(raw.metrics, i)) {
                raw.problem("metrics." + metric.key(), "is given more than once");
                continue;
            }
            if (!Double.isFinite(metric.value())) {
                raw.problem("metrics." + metric.key(), "must be a finite number or a boolean");
                continue;
            }
            String refusal = DerivedMetrics.refusal(metric.key(), raw.customerRef != null);
            if (refusal != null) {
                raw.problem("metrics." + metric.key(), refusal);
                continue;
            }
            String problem = StandardMetrics.problem(metric.key(), metric.value(), metric.givenAsBoolean());
            if (problem != null) {
                raw.problem("metrics." + metric.key(), problem);
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(metric.key()).append("\":").append(metric.json());
        }
        return json.append('}').toString();
    }

    // A record holds a handful of metrics, so a scan beats hashing.
    private static boolean givenBefore(List<RawRecord.Metric> metrics, int index) {
        String key = metrics.get(index).key();
        for (int i = 0; i < index; i++) {
            if (metrics.get(i).key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String attributes(RawRecord raw, boolean guardPersonalData) {
        if (raw.attributes.isEmpty()) {
            return null;
        }
        if (raw.attributes.size() > MAX_ATTRIBUTES) {
            raw.problem("attributes", "must hold at most " + MAX_ATTRIBUTES + " attributes");
            return null;
        }
        StringBuilder json = new StringBuilder(64).append('{');
        Set<String> seen = new HashSet<>();
        for (String[] attribute : raw.attributes) {
            String field = "attributes." + attribute[0];
            if (!AttributeKeys.isValid(attribute[0])) {
                raw.problem(field, "is not an attribute key: it " + AttributeKeys.MESSAGE);
            } else if (!seen.add(attribute[0])) {
                raw.problem(field, "is given more than once");
            } else if (attribute[1].codePointCount(0, attribute[1].length()) > MAX_ATTRIBUTE_CHARS) {
                raw.problem(field, "must be at most " + MAX_ATTRIBUTE_CHARS + " characters");
            } else if (plainText(raw, field, attribute[1]) && !personalData(raw, field, attribute[1], guardPersonalData)) {
                if (json.length() > 1) {
                    json.append(',');
                }
                JsonText.appendString(json, attribute[0]);
                json.append(':');
                JsonText.appendString(json, attribute[1]);
            }
        }
        return json.append('}').toString();
    }

    /** The message names what the value looks like and never repeats it: error reports are logged and shown. */
    private static boolean personalData(RawRecord raw, String field, String value, boolean guardPersonalData) {
        String problem = guardPersonalData ? PersonalDataGuard.problem(value) : null;
        if (problem != null) {
            raw.problem(field, problem);
        }
        return problem != null;
    }

    private static String describe(Duration duration) {
        return duration.toHours() == 24 ? "1 day" : duration.toString();
    }
}
