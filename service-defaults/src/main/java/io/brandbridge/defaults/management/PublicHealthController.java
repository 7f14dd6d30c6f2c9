package io.brandbridge.defaults.management;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthCheckType;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import org.reactivestreams.Publisher;

/**
 * Health on the public port for load balancers, orchestrators and the gateway: the status and nothing
 * else (503 when down). The details are on the management port.
 */
@Hidden
@Controller("/health")
public class PublicHealthController {

    private final HealthEndpoint health;

    public PublicHealthController(HealthEndpoint health) {
        this.health = health;
    }

    @Get
    public Publisher<HttpResponse<Status>> overall() {
        return statusOf(health.getHealth(null));
    }

    @Get("/liveness")
    public Publisher<HttpResponse<Status>> liveness() {
        return statusOf(health.getHealth(null, HealthCheckType.LIVENESS));
    }

    @Get("/readiness")
    public Publisher<HttpResponse<Status>> readiness() {
        return statusOf(health.getHealth(null, HealthCheckType.READINESS));
    }

    private static Publisher<HttpResponse<Status>> statusOf(Publisher<HealthResult> result) {
        return Publishers.map(result, r -> {
            HealthStatus status = r.getStatus();
            boolean up = status.getOperational().orElse(true);
            return HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(new Status(status.getName()));
        });
    }

    /** All the public learns about the service's health. */
    @Serdeable
    public record Status(String status) {
    }
}
