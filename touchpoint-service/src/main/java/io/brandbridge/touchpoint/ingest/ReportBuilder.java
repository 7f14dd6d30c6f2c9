package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.json.TextRules;
import io.brandbridge.touchpoint.ingest.health.PushCounts;

import java.util.ArrayList;
import java.util.List;

/** Counts every record exactly and keeps the first {@code maxErrors} row errors. */
final class ReportBuilder {

    /** "attributes." and a 64-character key; a longer field name echoes a key that is itself invalid. */
    static final int MAX_FIELD = 75;
    static final int MAX_MESSAGE = 1000;

    private final int maxErrors;
    private final List<IngestError> errors = new ArrayList<>();
    private int received;
    private int accepted;
    private int updated;
    private int duplicates;
    private int rejected;

    ReportBuilder(int maxErrors) {
        this.maxErrors = maxErrors;
    }

    int received() {
        return received;
    }

    void countReceived() {
        received++;
    }

    void rejected(RawRecord record) {
        rejected++;
        for (RawRecord.Problem problem : record.problems) {
            if (errors.size() < maxErrors) {
                errors.add(new IngestError(record.index, echo(record.externalId, RecordValidator.MAX_ID_CHARS),
                        field(problem.field()), problem.message()));
            }
        }
    }

    void accepted(int count) {
        accepted += count;
    }

    void updated(int count) {
        updated += count;
    }

    void duplicates(int count) {
        duplicates += count;
    }

    // The report echoes client text only where it fits the documented shape, so a bad value cannot reshape the answer.
    private static String echo(String text, int maxChars) {
        return text == null || text.length() > maxChars || TextRules.violation(text, false) != null ? null : text;
    }

    private static String field(String field) {
        if (field == null || echo(field, MAX_FIELD) != null) {
            return field;
        }
        int dot = field.indexOf('.');
        return dot < 0 ? null : field.substring(0, dot);
    }

    PushCounts counts() {
        return new PushCounts(received, accepted, updated, duplicates, rejected);
    }

    IngestReport build() {
        return new IngestReport(received, accepted, updated, duplicates, rejected, List.copyOf(errors));
    }
}
