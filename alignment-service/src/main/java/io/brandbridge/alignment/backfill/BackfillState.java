package io.brandbridge.alignment.backfill;

/** Where a backfill job is: waiting, running, or finished one of three ways. */
public enum BackfillState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
