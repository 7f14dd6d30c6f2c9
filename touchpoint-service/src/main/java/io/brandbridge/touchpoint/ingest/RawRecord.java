package io.brandbridge.touchpoint.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One record as read from the body, before validation; problems found while reading travel with it. The readers of
 * this package fill the fields; readers of other formats (vendor exports, mapping profiles) use the public setters.
 */
public final class RawRecord {

    /** A metric as given: {@code json} is its JSON literal (a number or true/false). */
    record Metric(String key, String json, double value, boolean givenAsBoolean) {
    }

    record Problem(String field, String message) {
    }

    final int index;
    String externalId;
    String occurredAt;
    String journeyId;
    String customerRef;
    /** A timestamp with an offset or a whole number, as given; a greater one replaces the stored record of the same externalId. */
    String sourceVersion;
    final List<Metric> metrics = new ArrayList<>(8);
    final List<String[]> attributes = new ArrayList<>(4);
    final List<Problem> problems = new ArrayList<>(0);
    /** Record fields whose source field already has a problem, so the validator does not report them again. */
    private final List<String> reportedAs = new ArrayList<>(0);

    public RawRecord(int index) {
        this.index = index;
    }

    public void externalId(String value) {
        externalId = value;
    }

    public void occurredAt(String value) {
        occurredAt = value;
    }

    public void journeyId(String value) {
        journeyId = value;
    }

    public void customerRef(String value) {
        customerRef = value;
    }

    public void sourceVersion(String value) {
        sourceVersion = value;
    }

    /** A numeric metric; whole numbers are kept as integers in the stored JSON. */
    public void metric(String key, double value) {
        metrics.add(new Metric(key, numberJson(value), value, false));
    }

    /** A yes/no metric, stored as 1 or 0 and validated like a JSON boolean. */
    public void flag(String key, boolean value) {
        metrics.add(new Metric(key, value ? "true" : "false", value ? 1 : 0, true));
    }

    public void attribute(String key, String value) {
        attributes.add(new String[] {key, value});
    }

    /** A problem with {@code field}, or with the record as a whole when {@code field} is null. */
    public void problem(String field, String message) {
        problems.add(new Problem(field, message));
    }

    /**
     * A problem with source {@code field}, which stands for record field {@code recordField} (a vendor's start time for
     * {@code occurredAt}, say): the report names the field the sender knows, and only once.
     */
    public void problem(String recordField, String field, String message) {
        problems.add(new Problem(field, message));
        reportedAs.add(recordField);
    }

    boolean hasProblemWith(String field) {
        if (field != null && reportedAs.contains(field)) {
            return true;
        }
        for (Problem p : problems) {
            if (Objects.equals(field, p.field())) {
                return true;
            }
        }
        return false;
    }

    private static String numberJson(double value) {
        if (!Double.isFinite(value)) {
            return "null";
        }
        long whole = (long) value;
        return whole == value && Math.abs(value) < 1e15 ? Long.toString(whole) : Double.toString(value);
    }
}
