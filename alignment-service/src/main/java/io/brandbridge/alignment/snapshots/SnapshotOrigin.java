package io.brandbridge.alignment.snapshots;

/** What computed a snapshot. Only SCHEDULE and ON_DEMAND describe the present; the others rewrite the past. */
public enum SnapshotOrigin {
    SCHEDULE, ON_DEMAND, BACKFILL, RESCORE;

    /** A backfill or re-score recomputes history: it must not mark what reads serve as stale, nor (later) notify anyone. */
    public boolean rewritesHistory() {
        return this == BACKFILL || this == RESCORE;
    }
}
