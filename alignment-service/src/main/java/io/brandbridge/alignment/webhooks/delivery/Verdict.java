package io.brandbridge.alignment.webhooks.delivery;

import io.brandbridge.alignment.webhooks.store.DeliveryState;
import io.brandbridge.alignment.webhooks.store.SubscriptionState;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What one attempt's result means for the delivery and its subscription. 2xx delivers (and clears a failing
 * subscription); 410 disables the subscription, keeping the delivery for when it is enabled again; 429 and 503 wait as
 * long as Retry-After says (between 1 s and a day); anything else waits by the {@link RetrySchedule}, and after the last
 * attempt the delivery has failed and the subscription is marked failing.
 *
 * @param health the subscription's new state, or null to leave it as it is
 */
record Verdict(DeliveryState state, @Nullable Instant nextAttemptAt, @Nullable SubscriptionState health, @Nullable String problem) {

    private static final Duration SHORTEST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    /** An attempt's result: a status code, or the reason there was none. */
    record Result(@Nullable Integer status, @Nullable String error, Optional<Duration> retryAfter) {

        String describe() {
            return status != null ? "the receiver answered " + status : error;
        }
    }

    static Verdict of(Result result, int attemptsMade, Instant now, RetrySchedule schedule, String deliveryId) {
        Integer status = result.status();
        if (status != null && status >= 200 && status < 300) {
            return new Verdict(DeliveryState.DELIVERED, null, SubscriptionState.ACTIVE, null);
        }
        if (status != null && status == 410) {
            return new Verdict(DeliveryState.PENDING, now, SubscriptionState.DISABLED,
                    "The receiver answered 410 Gone to delivery " + deliveryId + ", so the subscription was disabled. Enable it again "
                            + "(PUT with enabled true) to resume; its pending deliveries are kept.");
        }
        Optional<Duration> honoured = status != null && (status == 429 || status == 503)
                ? result.retryAfter().map(Verdict::bounded) : Optional.empty();
        Optional<Duration> wait = honoured.isPresent() && attemptsMade < RetrySchedule.ATTEMPTS ? honoured : schedule.waitAfter(attemptsMade);
        if (wait.isEmpty()) {
            return new Verdict(DeliveryState.FAILED, null, SubscriptionState.FAILING,
                    "Delivery " + deliveryId + " failed after " + attemptsMade + " attempts over about three days; the last: "
                            + result.describe() + ". Later events are still sent; a success clears this.");
        }
        return new Verdict(DeliveryState.PENDING, now.plus(wait.get()).truncatedTo(ChronoUnit.SECONDS), null, null);
    }

    private static Duration bounded(Duration wait) {
        return wait.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
