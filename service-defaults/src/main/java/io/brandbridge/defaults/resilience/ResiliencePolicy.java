package io.brandbridge.defaults.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One named guard: retry (idempotent calls only) around a circuit breaker around a time limit
 * around a bulkhead, the order Resilience4j recommends.
 */
public final class ResiliencePolicy {

    private final String name;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final TimeLimiter timeLimiter;
    private final Bulkhead bulkhead;
    private final ExecutorService executor;

    ResiliencePolicy(String name, Retry retry, CircuitBreaker circuitBreaker, TimeLimiter timeLimiter,
                     Bulkhead bulkhead, ExecutorService executor) {
        this.name = name;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        this.timeLimiter = timeLimiter;
        this.bulkhead = bulkhead;
        this.executor = executor;
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    /**
     * Runs the call under this policy. A 4xx answer from the dependency passes through untouched (and past a
     * fallback, see {@link RefusalInterceptor}); any other failure ends as {@link DependencyUnavailableException}.
     */
    public <T> T call(Supplier<T> call, boolean idempotent) {
        Supplier<T> guarded = CircuitBreaker.decorateSupplier(circuitBreaker, () -> withinTimeLimit(Bulkhead.decorateSupplier(bulkhead, call)));
        if (idempotent) {
            guarded = Retry.decorateSupplier(retry, guarded);
        }
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            throw new DependencyUnavailableException(name, "circuit open", e);
        } catch (BulkheadFullException e) {
            throw new DependencyUnavailableException(name, "too many concurrent calls", e);
        } catch (CallTimedOutException e) {
            throw new DependencyUnavailableException(name, "no answer within " + timeLimiter.getTimeLimiterConfig().getTimeoutDuration().toMillis() + " ms", e);
        } catch (RuntimeException e) {
            if (!Failures.isDependencyFault(e)) {
                Refusals.record(e);
                throw e;
            }
            throw new DependencyUnavailableException(name, e instanceof InvalidAnswerException ? "unusable answer" : "call failed", e);
        }
    }

    private <T> T withinTimeLimit(Supplier<T> call) {
        Supplier<T> inContext = PropagatedContext.wrapCurrent(call);
        try {
            return timeLimiter.executeFutureSupplier(() -> executor.submit(inContext::get));
        } catch (TimeoutException e) {
            throw new CallTimedOutException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why a call counts against a dependency: anything but a 4xx answer (408 and 429 excepted) does. */
    static final class Failures {

        private Failures() {
        }

        static boolean isDependencyFault(Throwable t) {
            if (t instanceof HttpClientResponseException response) {
                int code = response.getStatus().getCode();
                return code >= 500 || code == 408 || code == 429;
            }
            return true;
        }

        /** An unusable answer is not retried: the same question gets the same answer. */
        static boolean isRetryable(Throwable t) {
            return isDependencyFault(t) && !(t instanceof CallNotPermittedException) && !(t instanceof BulkheadFullException)
                    && !(t instanceof InvalidAnswerException);
        }
    }

    static final class CallTimedOutException extends RuntimeException {
        CallTimedOutException(TimeoutException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
