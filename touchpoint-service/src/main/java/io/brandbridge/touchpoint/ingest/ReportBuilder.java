package io.brandbridge.touchpoint.ingest;

import java.util.ArrayList;
import java.util.List;

/** Counts every record exactly and keeps the first {@code maxErrors} row errors. */
final class ReportBuilder {

    private final int maxErrors;
    private final List<IngestError> errors = new ArrayList<>();
    private int received;
    private int accepted;
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
                errors.add(new IngestError(record.index, record.externalId, problem.field(), problem.message()));
            }
        }
    }

    void accepted(int count) {
        accepted += count;
    }

    void duplicates(int count) {
        duplicates += count;
    }

    IngestReport build() {
        return new IngestReport(received, accepted, duplicates, rejected, List.copyOf(errors));
    }
}
