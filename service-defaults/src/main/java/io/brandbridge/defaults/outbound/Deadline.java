package io.brandbridge.defaults.outbound;

import java.time.Duration;

/** The one time limit of an outbound exchange, measured on the monotonic clock from when it was set. */
final class Deadline {

    private final Duration budget;
    private final long start;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.start = System.nanoTime();
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    boolean passed() {
        return elapsed().compareTo(budget) >= 0;
    }

    /** What is left, rounded up so that it is never zero (which sockets read as "no limit") before the deadline. */
    int remainingMillis() {
        long nanos = budget.minus(elapsed()).toNanos();
        return nanos <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (nanos + 999_999) / 1_000_000);
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    OutboundCallFailed timedOut() {
        return new OutboundCallFailed("timed out after " + inWords(budget));
    }

    private static String inWords(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
