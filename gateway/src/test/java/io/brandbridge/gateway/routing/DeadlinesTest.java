package io.brandbridge.gateway.routing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines();

    @AfterEach
    void stop() {
        deadlines.close();
    }

    @Test
    void anAnswerInTimePassesAndLeavesNoDeadlineBehind() throws InterruptedException {
        assertEquals("ok", deadlines.within(Mono.just("ok"), Duration.ofSeconds(5)).block());
        assertEquals("late but in time", deadlines.within(
                Mono.just("late but in time").delayElement(Duration.ofMillis(50)), Duration.ofSeconds(5)).block());
        awaitNoPendingDeadline();
    }

    @Test
    void anEmptyExchangeCompletesEmpty() {
        assertNull(deadlines.within(Mono.<String>empty(), Duration.ofSeconds(5)).block());
    }

    @Test
    void anErrorPassesThroughUnchanged() {
        IllegalStateException failure = new IllegalStateException("connection refused");
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> deadlines.within(Mono.<String>error(failure), Duration.ofSeconds(5)).block());
        assertEquals(failure, thrown);
    }

    @Test
    void noAnswerFailsWithTimeoutAfterTheLimitAndCancelsTheExchange() {
        AtomicBoolean cancelled = new AtomicBoolean();
        Mono<String> silent = Mono.<String>never().doOnCancel(() -> cancelled.set(true));
        long start = System.nanoTime();
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> deadlines.within(silent, Duration.ofMillis(200)).block(Duration.ofSeconds(5)));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertInstanceOf(TimeoutException.class, thrown.getCause());
        assertTrue(elapsedMillis >= 190 && elapsedMillis < 2_000, "timed out after " + elapsedMillis + " ms");
        assertTrue(cancelled.get(), "the exchange is cancelled when its deadline passes");
    }

    @Test
    void cancellingTheCallerCancelsTheExchangeAndItsDeadline() throws InterruptedException {
        Sinks.One<String> answer = Sinks.one();
        AtomicBoolean cancelled = new AtomicBoolean();
        Disposable caller = deadlines.within(answer.asMono().doOnCancel(() -> cancelled.set(true)), Duration.ofSeconds(30))
                .subscribe();
        assertEquals(1, deadlines.pending());
        caller.dispose();
        assertTrue(cancelled.get(), "the exchange is cancelled with its caller");
        awaitNoPendingDeadline();
    }

    /** The wheel drops cancelled deadlines on its next tick. */
    private void awaitNoPendingDeadline() throws InterruptedException {
        for (int i = 0; i < 100 && deadlines.pending() > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, deadlines.pending());
    }
}
