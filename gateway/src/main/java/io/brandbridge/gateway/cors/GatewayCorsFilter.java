package io.brandbridge.gateway.cors;

import io.brandbridge.defaults.problem.Problems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.cors.CorsFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for the gateway, in place of Micronaut's filter, which allows a preflight only for methods
 * of routes it knows locally, and the proxied paths have none. Preflights are answered
 * here before authentication; refused ones get a 403 problem, and actual responses to an
 * allowed origin carry the CORS headers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Replaces(CorsFilter.class)
public class GatewayCorsFilter implements Ordered {

    private final Set<String> origins;
    private final Set<String> methods;
    private final Set<String> headers;
    private final String allowMethods;
    private final String allowHeaders;
    private final String exposeHeaders;
    private final String maxAge;

    public GatewayCorsFilter(CorsConfiguration configuration) {
        this.origins = configuration.allowedOrigins().stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        this.methods = configuration.allowedMethods().stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        this.headers = configuration.allowedHeaders().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.allowMethods = String.join(", ", configuration.allowedMethods());
        this.allowHeaders = String.join(", ", configuration.allowedHeaders());
        this.exposeHeaders = String.join(", ", configuration.exposedHeaders());
        this.maxAge = Long.toString(configuration.maxAge().toSeconds());
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> answerPreflight(HttpRequest<?> request) {
        if (!isPreflight(request)) {
            return null;
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (!origins.contains(origin)) {
            return Problems.response(HttpStatus.FORBIDDEN, "This origin may not call the API from a browser", request);
        }
        String method = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD).strip().toUpperCase(Locale.ROOT);
        List<String> requested = requestedHeaders(request);
        if (!methods.contains(method) || !headers.containsAll(requested)) {
            return Problems.response(HttpStatus.FORBIDDEN, "This method or these headers may not be used from a browser", request);
        }
        return HttpResponse.ok()
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, allowMethods)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, allowHeaders)
                .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAge)
                .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }

    @ResponseFilter
    public void decorate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || isPreflight(request)) {
            return;
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (origins.contains(origin)) {
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposeHeaders);
        }
    }

    private static boolean isPreflight(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.OPTIONS
                && request.getHeaders().contains(HttpHeaders.ORIGIN)
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    }

    private static List<String> requestedHeaders(HttpRequest<?> request) {
        String value = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.after();
    }
}
