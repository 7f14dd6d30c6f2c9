package io.brandbridge.gateway.health;

import io.brandbridge.gateway.routing.Routes;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The gateway stays UP (and ready) while a downstream service is down: it still serves the other
 * routes and answers 503 for that one, and taking it out of rotation would not help. The
 * downstream results still show, with their own status, in the details.
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
@Requires(beans = HealthEndpoint.class)
public class GatewayHealthAggregator extends DefaultHealthAggregator {

    public GatewayHealthAggregator(ApplicationConfiguration applicationConfiguration) {
        super(applicationConfiguration);
    }

    @Override
    protected HealthStatus calculateOverallStatus(List<HealthResult> results) {
        List<HealthResult> own = results.stream().filter(r -> !Routes.SERVICES.contains(r.getName())).toList();
        return own.isEmpty() ? HealthStatus.UP : super.calculateOverallStatus(own);
    }
}
