package io.brandbridge.gateway.routing;

import io.brandbridge.gateway.security.GatewayAttributes;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.brandbridge.defaults.problem.Problems;
import io.brandbridge.defaults.security.Caller;
import org.reactivestreams.Publisher;

import java.util.Optional;

/** Sends every authorised {@code /api/v1} request that a service owns to that service; the rest reach the gateway's own routes. */
@Filter("/api/**")
public class ProxyFilter implements HttpServerFilter {

    private final DownstreamProxy proxy;

    public ProxyFilter(DownstreamProxy proxy) {
        this.proxy = proxy;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Route> route = Routes.resolve(request.getMethod(), request.getPath());
        if (route.isEmpty()) {
            return chain.proceed(request);
        }
        Optional<Caller> caller = request.getAttribute(GatewayAttributes.CALLER, Caller.class);
        if (caller.isEmpty()) {
            // Unreachable while the security filter runs first; refuse rather than forward anonymously.
            return Publishers.just(Problems.response(HttpStatus.UNAUTHORIZED, "An API key is required", request));
        }
        return proxy.forward(route.get(), request, caller.get());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
