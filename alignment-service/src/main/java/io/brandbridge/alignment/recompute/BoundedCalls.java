package io.brandbridge.alignment.recompute;

import io.micronaut.core.propagation.PropagatedContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs a recompute's independent calls, each holding one of the given permits while it is in flight;
 * the first failure cancels the rest. Recomputes that share the permits share one budget of calls.
 */
final class BoundedCalls {

    private final ExecutorService executor;
    private final Semaphore permits;

    BoundedCalls(ExecutorService executor, Semaphore permits) {
        this.executor = executor;
        this.permits = permits;
    }

    <T> List<T> all(List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            // The recompute's context (its request id) goes with each call, so the logs and the calls' headers carry it.
            futures.add(executor.submit(PropagatedContext.wrapCurrent((Callable<T>) () -> {
                permits.acquire();
                try {
                    return task.call();
                } finally {
                    permits.release();
                }
            })));
        }
        List<T> results = new ArrayList<>(tasks.size());
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | CancellationException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Recompute interrupted", e);
        }
    }
}
