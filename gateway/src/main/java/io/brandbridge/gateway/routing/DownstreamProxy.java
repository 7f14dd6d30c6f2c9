package io.brandbridge.gateway.routing;

import io.brandbridge.defaults.problem.Problems;
import io.brandbridge.defaults.requestid.RequestIds;
import io.brandbridge.defaults.resilience.ResiliencePolicies;
import io.brandbridge.defaults.resilience.ResilienceSettings;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Forwards one request to its service under the route's circuit breaker and time limit. The
 * request and response bodies stream through; status, headers and bodies pass unchanged. A
 * downstream that is down, slow, behind an open circuit or refusing the gateway's token answers 503
 * with Retry-After.
 */
@Singleton
public class DownstreamProxy {

    private static final Logger LOG = LoggerFactory.getLogger(DownstreamProxy.class);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    private static final List<String> CLIENT_ONLY_HEADERS = List.of(HttpHeaders.AUTHORIZATION, InternalTokens.HEADER, RequestIds.HEADER);

    private final DownstreamClients clients;
    private final ResiliencePolicies policies;
    private final Map<String, Duration> timeouts;
    private final ForwardedTokens tokens;
    private final ProxyConfiguration configuration;
    private final Deadlines deadlines;

    public DownstreamProxy(DownstreamClients clients, ResiliencePolicies policies, List<ResilienceSettings> settings,
                           ForwardedTokens tokens, ProxyConfiguration configuration, Deadlines deadlines) {
        this.clients = clients;
        this.policies = policies;
        this.timeouts = settings.stream().collect(Collectors.toMap(ResilienceSettings::name, ResilienceSettings::timeout));
        this.tokens = tokens;
        this.configuration = configuration;
        this.deadlines = deadlines;
    }

    public Duration timeout(Route route) {
        return timeouts.getOrDefault(route.policy(), DEFAULT_TIMEOUT);
    }

    public Publisher<MutableHttpResponse<?>> forward(Route route, HttpRequest<?> request, Caller caller) {
        CircuitBreaker breaker = policies.get(route.policy()).circuitBreaker();
        if (!breaker.tryAcquirePermission()) {
            return Mono.just(unavailable(request, route, openCircuitWait(breaker)));
        }
        long start = breaker.getCurrentTimestamp();
        AtomicBoolean recorded = new AtomicBoolean();
        Duration timeout = timeout(route);
        // A body may be left half-sent when the service answers early; such a connection must not be reused.
        ProxyHttpClient client = BodyLimits.hasBody(request) ? clients.unpooledProxy(route.serviceId()) : clients.proxy(route.serviceId());
        return deadlines.within(client.proxy(outbound(request, caller, route)), timeout)
                .<MutableHttpResponse<?>>map(response -> {
                    if (recorded.compareAndSet(false, true)) {
                        long elapsed = breaker.getCurrentTimestamp() - start;
                        if (response.code() >= 500) {
                            breaker.onError(elapsed, breaker.getTimestampUnit(), new DownstreamStatusException(response.code()));
                        } else {
                            breaker.onSuccess(elapsed, breaker.getTimestampUnit());
                        }
                    }
                    return response.code() == HttpStatus.UNAUTHORIZED.getCode() ? tokenRefused(request, route, response) : passThrough(response);
                })
                .onErrorResume(error -> {
                    if (recorded.compareAndSet(false, true)) {
                        if (isBodyTooLarge(error)) {
                            breaker.releasePermission();
                            return Mono.just(Problems.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                                    "The request body is over the size limit", request));
                        }
                        breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), error);
                    }
                    // The reason stays in the log: a connect error names internal hosts and must not reach the client.
                    LOG.warn("{} {} via {} failed: {}", request.getMethodName(), request.getPath(), route.serviceId(),
                            error instanceof TimeoutException ? "no answer within " + timeout.toMillis() + " ms" : error.toString());
                    return Mono.just(unavailable(request, route, configuration.retryAfter()));
                })
                .doOnCancel(() -> {
                    if (recorded.compareAndSet(false, true)) {
                        breaker.releasePermission();
                    }
                });
    }

    private MutableHttpRequest<?> outbound(HttpRequest<?> request, Caller caller, Route route) {
        String requestId = RequestIds.of(request);
        MutableHttpRequest<?> outbound = request.mutate();
        outbound.headers(headers -> {
            HopByHopHeaders.strip(headers);
            CLIENT_ONLY_HEADERS.forEach(headers::remove);
            headers.set(InternalTokens.HEADER, tokens.forCaller(caller, route.serviceId()));
            if (requestId != null) {
                headers.set(RequestIds.HEADER, requestId);
            }
        });
        return outbound;
    }

    private static MutableHttpResponse<?> passThrough(MutableHttpResponse<?> response) {
        HopByHopHeaders.strip(response.getHeaders());
        // The gateway echoes the request id itself; a second copy from the service would duplicate it.
        response.getHeaders().remove(RequestIds.HEADER);
        // An absolute Location would name the service's internal host; clients follow the gateway-relative path.
        response.getHeaders().findFirst(HttpHeaders.LOCATION).ifPresent(location -> {
            URI uri = URI.create(location);
            if (uri.isAbsolute()) {
                String relative = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                response.getHeaders().set(HttpHeaders.LOCATION, relative);
            }
        });
        return response;
    }

    /**
     * A service answers 401 only when it refuses the gateway's own token (a secret that differs), which
     * the caller can do nothing about; its text would tell the caller to call through the gateway.
     */
    private MutableHttpResponse<?> tokenRefused(HttpRequest<?> request, Route route, MutableHttpResponse<?> response) {
        LOG.error("{} refused the gateway's internal token for {} {}: is BRANDBRIDGE_INTERNAL_SECRET the same in both?",
                route.serviceId(), request.getMethodName(), request.getPath());
        if (response instanceof ByteBodyHttpResponse<?> streamed) {
            streamed.close();
        }
        return unavailable(request, route, configuration.retryAfter());
    }

    private static MutableHttpResponse<?> unavailable(HttpRequest<?> request, Route route, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                        "The " + route.serviceId() + " is unavailable; try again in " + seconds + " s", request)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    private static Duration openCircuitWait(CircuitBreaker breaker) {
        Function<Integer, Long> wait = breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState()::apply;
        return Duration.of(wait.apply(1), TimeUnit.MILLISECONDS.toChronoUnit());
    }

    private static boolean isBodyTooLarge(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ContentLengthExceededException) {
                return true;
            }
        }
        return false;
    }

    /** A 5xx answer counts against the service's circuit breaker, though the answer itself passes through. */
    static final class DownstreamStatusException extends RuntimeException {
        DownstreamStatusException(int status) {
            super("answered " + status, null, false, false);
        }
    }
}
