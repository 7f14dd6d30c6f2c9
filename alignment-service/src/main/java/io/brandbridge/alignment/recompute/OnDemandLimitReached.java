package io.brandbridge.alignment.recompute;

/** As many on-demand recomputes as {@code alignment.recompute.on-demand-max} allows are already running on this instance. */
public class OnDemandLimitReached extends RuntimeException {

    private final int limit;

    public OnDemandLimitReached(int limit) {
        super(limit + " on-demand recomputes are already running", null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
