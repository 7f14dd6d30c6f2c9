package io.brandbridge.alignment.clients;

import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Makes the calls of one recompute: counts them, and turns a fallback's placeholder or a guarded failure into a
 * {@link DependencyOutage}, a 4xx into a {@link DependencyRefusal}. The client adapters share one per recompute.
 */
public final class CallGuard {

    private final AtomicInteger count = new AtomicInteger();

    public int calls() {
        return count.get();
    }

    /** {@code placeholder} recognises the dependency's fallback answers; an absent answer (not an empty Optional) is one too. */
    public <T> T call(String dependency, Supplier<T> call, Predicate<Object> placeholder) {
        count.incrementAndGet();
        T answer;
        try {
            answer = call.get();
        } catch (DependencyUnavailableException e) {
            throw new DependencyOutage(dependency, e);
        } catch (HttpClientResponseException e) {
            throw new DependencyRefusal(dependency, e.getStatus().getCode(), e);
        }
        Object inner = answer instanceof Optional<?> optional ? optional.orElse(null) : answer;
        if (inner == null && !(answer instanceof Optional<?>)) {
            throw new DependencyOutage(dependency, null);
        }
        if (inner != null && placeholder.test(inner)) {
            throw new DependencyOutage(dependency, null);
        }
        return answer;
    }
}
