package io.brandbridge.gateway.security;

import io.brandbridge.defaults.problem.Problems;
import io.brandbridge.gateway.ratelimit.RateLimiter;
import io.brandbridge.gateway.routing.BodyLimits;
import io.brandbridge.gateway.routing.Routes;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The gate in front of every {@code /api/**} request: a safe path, a valid API key (401), the
 * client's rate limit (429), the role × method × path matrix (403) and the body size limit of the
 * route (413). What passes carries the client's {@link io.brandbridge.defaults.security.Caller}
 * in {@link GatewayAttributes#CALLER}.
 */
@Filter("/api/**")
public class ApiKeyFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final String CHALLENGE = "Bearer realm=\"brandbridge\"";
    private static final String RETRY_AFTER_STORE_DOWN = "5";

    private final ApiKeyAuthenticator authenticator;
    private final RateLimiter rateLimiter;
    private final BodyLimits bodyLimits;
    private final ExecutorService blocking;

    public ApiKeyFilter(ApiKeyAuthenticator authenticator, RateLimiter rateLimiter, BodyLimits bodyLimits,
                        @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.bodyLimits = bodyLimits;
        this.blocking = blocking;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!PathSafety.isSafe(request.getUri().getRawPath())) {
            return refuse(request, Problems.response(HttpStatus.BAD_REQUEST,
                    "The path must not contain dot segments, empty segments or encoded separators", request));
        }
        String key = ApiKeys.fromAuthorization(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        if (key == null) {
            return refuse(request, unauthorized(request, "Send an API key as 'Authorization: Bearer <key>'", CHALLENGE));
        }
        String keyHash = ApiKeys.hash(key);
        ApiKeyCache.Entry cached = authenticator.cached(keyHash);
        if (cached != null) {
            return admit(request, chain, cached.client());
        }
        return Mono.fromFuture(CompletableFuture.supplyAsync(() -> authenticator.load(keyHash), blocking))
                .flatMapMany(client -> admit(request, chain, client))
                .onErrorResume(error -> {
                    LOG.error("API key look-up failed", error);
                    return refuse(request, Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                                    "API keys cannot be checked right now; try again shortly", request)
                            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_STORE_DOWN));
                });
    }

    private Publisher<MutableHttpResponse<?>> admit(HttpRequest<?> request, ServerFilterChain chain,
                                                    Optional<AuthenticatedClient> found) {
        if (found.isEmpty()) {
            return refuse(request, unauthorized(request, "The API key is not valid or has been revoked",
                    CHALLENGE + ", error=\"invalid_token\""));
        }
        AuthenticatedClient client = found.get();
        long wait = rateLimiter.acquire(client.id(), client.rateLimit());
        if (wait > 0) {
            return refuse(request, Problems.response(HttpStatus.TOO_MANY_REQUESTS,
                            "Rate limit of " + client.rateLimit().requestsPerSecond() + " requests per second exceeded; retry in " + wait + " s", request)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait)));
        }
        HttpMethod method = request.getMethod();
        String path = request.getPath();
        if (!AccessMatrix.allows(client.caller().roles(), method, path)) {
            return refuse(request, Problems.response(HttpStatus.FORBIDDEN,
                    "The roles of this API key do not allow " + method + " " + path, request));
        }
        MutableHttpResponse<?> tooLarge = checkBodySize(request, Routes.isIngestion(method, path));
        if (tooLarge != null) {
            return refuse(request, tooLarge);
        }
        request.setAttribute(GatewayAttributes.CALLER, client.caller());
        return chain.proceed(request);
    }

    private MutableHttpResponse<?> checkBodySize(HttpRequest<?> request, boolean ingestion) {
        long limit = bodyLimits.forRoute(ingestion);
        long length = request.getContentLength();
        if (length > limit) {
            return Problems.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is over the limit of " + limit + " bytes for this route", request);
        }
        boolean chunked = request.getHeaders().get(HttpHeaders.TRANSFER_ENCODING, String.class)
                .map(v -> v.toLowerCase().contains("chunked")).orElse(false);
        if (length < 0 && chunked && !ingestion) {
            // Only ingestion streams; elsewhere the length must be known up front to enforce the smaller limit.
            return Problems.response(HttpStatus.LENGTH_REQUIRED, "Send a Content-Length with the request body", request);
        }
        return null;
    }

    private static Publisher<MutableHttpResponse<?>> refuse(HttpRequest<?> request, MutableHttpResponse<?> answer) {
        return Publishers.just(BodyLimits.closingIfBodyUnread(request, answer));
    }

    private static MutableHttpResponse<?> unauthorized(HttpRequest<?> request, String detail, String challenge) {
        return Problems.response(HttpStatus.UNAUTHORIZED, detail, request).header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }
}
