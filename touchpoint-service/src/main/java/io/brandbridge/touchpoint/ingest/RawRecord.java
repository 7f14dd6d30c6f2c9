package io.brandbridge.touchpoint.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One record as read from the body, before validation; problems found while reading travel with it. */
final class RawRecord {

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
    final List<Metric> metrics = new ArrayList<>(8);
    final List<String[]> attributes = new ArrayList<>(4);
    final List<Problem> problems = new ArrayList<>(0);

    RawRecord(int index) {
        this.index = index;
    }

    void problem(String field, String message) {
        problems.add(new Problem(field, message));
    }

    boolean hasProblemWith(String field) {
        for (Problem p : problems) {
            if (Objects.equals(field, p.field())) {
                return true;
            }
        }
        return false;
    }
}
