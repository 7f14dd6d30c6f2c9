package io.brandbridge.alignment.scoring;

import java.util.Collection;
import java.util.Comparator;

/**
 * Where a commitment or promise stands. {@link #worst} orders them BROKEN, AT_RISK, NO_DATA, KEPT:
 * a promise is only called kept when every commitment of it is shown to be kept.
 */
public enum Status {
    KEPT(0), NO_DATA(1), AT_RISK(2), BROKEN(3);

    private final int severity;

    Status(int severity) {
        this.severity = severity;
    }

    public static Status worst(Collection<Status> statuses) {
        return statuses.stream().max(Comparator.comparingInt(s -> s.severity)).orElse(NO_DATA);
    }
}
