package io.brandbridge.gateway.routing;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Time limits for downstream exchanges on one timer wheel. Setting and cancelling a deadline is a
 * queue offer, where Reactor's {@code timeout} costs a scheduled-pool task and an operator name per
 * request; the gateway sets one per proxied request, so this showed in its CPU profile.
 */
@Singleton
public class Deadlines implements AutoCloseable {

    private static final long TICK_MILLIS = 10;

    private final HashedWheelTimer timer = new HashedWheelTimer(
            runnable -> Thread.ofPlatform().name("gateway-deadlines").daemon().unstarted(runnable),
            TICK_MILLIS, TimeUnit.MILLISECONDS);

    /**
     * The first signal of {@code exchange}, or {@link TimeoutException} when none came within {@code limit};
     * a late exchange is cancelled, and so is the exchange when the caller cancels.
     */
    public <T> Mono<T> within(Publisher<T> exchange, Duration limit) {
        return Mono.create(sink -> {
            Disposable call = Mono.from(exchange).subscribe(sink::success, sink::error, sink::success);
            Timeout deadline = timer.newTimeout(expired -> {
                // Cancelled before the caller hears of it, so a late answer has nowhere to go.
                call.dispose();
                sink.error(new TimeoutException("no answer within " + limit.toMillis() + " ms"));
            }, limit.toMillis(), TimeUnit.MILLISECONDS);
            // Runs once the sink ends for any reason: an answer, an error, the deadline or a cancel.
            sink.onDispose(() -> {
                deadline.cancel();
                call.dispose();
            });
        });
    }

    /** Deadlines still set; for tests, which check that an answered exchange leaves none behind. */
    long pending() {
        return timer.pendingTimeouts();
    }

    @PreDestroy
    @Override
    public void close() {
        timer.stop();
    }
}
