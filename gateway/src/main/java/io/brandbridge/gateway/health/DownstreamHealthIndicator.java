package io.brandbridge.gateway.health;

import io.brandbridge.gateway.routing.DownstreamClients;
import io.brandbridge.gateway.routing.Routes;
import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * One health result per downstream service, from its {@code /health/readiness} within a short
 * timeout. The details never name hosts or ports. {@link GatewayHealthAggregator} keeps these
 * results out of the gateway's own status.
 */
@Singleton
public class DownstreamHealthIndicator implements HealthIndicator {

    private final DownstreamClients clients;
    private final Duration timeout;

    public DownstreamHealthIndicator(DownstreamClients clients,
                                     @Value("${brandbridge.gateway.health.downstream-timeout:1s}") Duration timeout) {
        this.clients = clients;
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Flux.fromIterable(Routes.SERVICES).flatMap(this::check);
    }

    private Mono<HealthResult> check(String serviceId) {
        long start = System.nanoTime();
        return Mono.from(clients.client(serviceId).exchange(HttpRequest.GET("/health/readiness"), String.class))
                .timeout(timeout)
                .map(response -> result(serviceId, HealthStatus.UP, Map.of("latencyMs", millisSince(start))))
                .onErrorResume(error -> Mono.just(result(serviceId, HealthStatus.DOWN, Map.of("error", reason(error)))));
    }

    private String reason(Throwable error) {
        if (error instanceof TimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (error instanceof io.micronaut.http.client.exceptions.HttpClientResponseException response) {
            return "readiness answered " + response.code();
        }
        return "unreachable";
    }

    private static HealthResult result(String serviceId, HealthStatus status, Map<String, Object> details) {
        return HealthResult.builder(serviceId, status).details(details).build();
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
