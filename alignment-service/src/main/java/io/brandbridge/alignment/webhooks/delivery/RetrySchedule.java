package io.brandbridge.alignment.webhooks.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again. The first eight attempts follow the Standard Webhooks suggestion (at once, then
 * 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after each failure); three more at 12 h, 12 h and 20 h stretch it to about
 * three days. Each wait is moved by up to a tenth either way, so receivers that failed together are not retried together.
 */
public final class RetrySchedule {

    /** The wait after the n-th failure (index n − 1); after the last there is none. */
    static final List<Duration> WAITS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
            Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10), Duration.ofHours(12), Duration.ofHours(12), Duration.ofHours(20));

    /** Every attempt a delivery gets: the first and one after each wait. */
    public static final int ATTEMPTS = WAITS.size() + 1;

    private static final double JITTER = 0.1;

    private final RandomGenerator random;

    public RetrySchedule(RandomGenerator random) {
        this.random = random;
    }

    /** The wait after {@code failedAttempts} failures, or empty when the delivery has had all its attempts. */
    public Optional<Duration> waitAfter(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > WAITS.size()) {
            return Optional.empty();
        }
        long millis = WAITS.get(failedAttempts - 1).toMillis();
        double factor = 1 + JITTER * (2 * random.nextDouble() - 1);
        return Optional.of(Duration.ofMillis(Math.round(millis * factor)));
    }

    /** The whole span from the first attempt to the last, without jitter. */
    public static Duration span() {
        return WAITS.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
