package io.brandbridge.defaults.management;

import io.brandbridge.defaults.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;

/**
 * The management port serves the management endpoints and nothing else: static files and the gateway's
 * proxy, which are not routes the listener can leave out, answer 404 there.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class ManagementPortFilter implements Ordered {

    private final ManagementAddress address;

    public ManagementPortFilter(ManagementAddress address) {
        this.address = address;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> onlyEndpoints(HttpRequest<?> request) {
        if (request.getServerAddress().getPort() != address.port() || RouteAttributes.getRouteMatch(request).isPresent()) {
            return null;
        }
        return Problems.response(HttpStatus.NOT_FOUND, "The management port serves only the management endpoints.", request);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
