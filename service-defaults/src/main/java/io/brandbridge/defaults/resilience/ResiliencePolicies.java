package io.brandbridge.defaults.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds each named policy once from configuration and exports its state and calls as metrics. */
@Singleton
public class ResiliencePolicies {

    private final Map<String, ResilienceSettings> settings;
    private final Clock clock;
    private final CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.ofDefaults();
    private final RetryRegistry retries = RetryRegistry.ofDefaults();
    private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
    private final TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();
    private final Map<String, ResiliencePolicy> policies = new ConcurrentHashMap<>();
    // Guarded calls block, so each runs on its own cheap virtual thread while the time limiter waits.
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public ResiliencePolicies(List<ResilienceSettings> settings, MeterRegistry meterRegistry, Clock clock) {
        this.settings = settings.stream().collect(Collectors.toMap(ResilienceSettings::name, Function.identity()));
        this.clock = clock;
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers).bindTo(meterRegistry);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meterRegistry);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meterRegistry);
        TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(timeLimiters).bindTo(meterRegistry);
    }

    public ResiliencePolicy get(String name) {
        return policies.computeIfAbsent(name, this::create);
    }

    private ResiliencePolicy create(String name) {
        ResilienceSettings s = settings.getOrDefault(name, ResilienceSettings.defaults(name));
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .failureRateThreshold(s.failureRateThreshold())
                .slidingWindowSize(s.slidingWindowSize())
                .minimumNumberOfCalls(s.minimumNumberOfCalls())
                .waitDurationInOpenState(s.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(s.permittedCallsInHalfOpenState())
                .recordException(ResiliencePolicy.Failures::isDependencyFault)
                .clock(clock)
                .build();
        RetryConfig retry = RetryConfig.custom()
                .maxAttempts(s.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(s.initialBackoff(), s.backoffMultiplier(), s.jitter()))
                .retryOnException(ResiliencePolicy.Failures::isRetryable)
                .build();
        BulkheadConfig bulkhead = BulkheadConfig.custom()
                .maxConcurrentCalls(s.maxConcurrentCalls())
                .maxWaitDuration(s.maxWaitForPermit())
                .build();
        TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom()
                .timeoutDuration(s.timeout())
                .cancelRunningFuture(true)
                .build();
        return new ResiliencePolicy(name, retries.retry(name, retry), circuitBreakers.circuitBreaker(name, breaker),
                timeLimiters.timeLimiter(name, timeLimiter), bulkheads.bulkhead(name, bulkhead), executor);
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
