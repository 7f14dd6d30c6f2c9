package io.brandbridge.gateway.security;

import io.brandbridge.defaults.problem.Problems;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.gateway.ratelimit.RateLimiter;
import io.brandbridge.gateway.routing.BodyLimits;
import io.brandbridge.gateway.routing.Routes;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * The gate in front of every {@code /api/**} request: a safe path, a valid API key (401), the
 * client's rate limit (429), the role × method × path matrix (403) and the body size limit of the
 * route (413). A request that passes goes on as the client's {@link Caller}.
 */
@Singleton
public class ApiKeyGate {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyGate.class);
    private static final String CHALLENGE = "Bearer realm=\"brandbridge\"";
    private static final String RETRY_AFTER_STORE_DOWN = "5";

    private final ApiKeyAuthenticator authenticator;
    private final RateLimiter rateLimiter;
    private final BodyLimits bodyLimits;
    private final ExecutorService blocking;

    public ApiKeyGate(ApiKeyAuthenticator authenticator, RateLimiter rateLimiter, BodyLimits bodyLimits,
                      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.bodyLimits = bodyLimits;
        this.blocking = blocking;
    }

    /** The refusal, or what {@code admitted} answers for the client's caller. */
    public Publisher<MutableHttpResponse<?>> check(HttpRequest<?> request, Function<Caller, Publisher<MutableHttpResponse<?>>> admitted) {
        if (!PathSafety.isSafe(request.getUri().getRawPath())) {
            return Publishers.just(Problems.response(HttpStatus.BAD_REQUEST,
                    "The path must not contain dot segments, empty segments or encoded separators", request));
        }
        String key = ApiKeys.fromAuthorization(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        if (key == null) {
            return Publishers.just(unauthorized(request, "Send an API key as 'Authorization: Bearer <key>'", CHALLENGE));
        }
        String keyHash = ApiKeys.hash(key);
        ApiKeyCache.Entry cached = authenticator.cached(keyHash);
        if (cached != null) {
            return admit(request, admitted, cached.client());
        }
        // Only a failed look-up answers 503 here; what the admitted request does next keeps its own errors.
        return Mono.fromFuture(CompletableFuture.supplyAsync(() -> authenticator.load(keyHash), blocking))
                .map(client -> admit(request, admitted, client))
                .onErrorResume(error -> {
                    LOG.error("API key look-up failed", error);
                    return Mono.just(Publishers.just(Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                                    "API keys cannot be checked right now; try again shortly", request)
                            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_STORE_DOWN)));
                })
                .flatMapMany(answer -> answer);
    }

    private Publisher<MutableHttpResponse<?>> admit(HttpRequest<?> request, Function<Caller, Publisher<MutableHttpResponse<?>>> admitted,
                                                    Optional<AuthenticatedClient> found) {
        if (found.isEmpty()) {
            return Publishers.just(unauthorized(request, "The API key is not valid or has been revoked",
                    CHALLENGE + ", error=\"invalid_token\""));
        }
        AuthenticatedClient client = found.get();
        long wait = rateLimiter.acquire(client.id(), client.rateLimit());
        if (wait > 0) {
            return Publishers.just(Problems.response(HttpStatus.TOO_MANY_REQUESTS,
                            "Rate limit of " + client.rateLimit().requestsPerSecond() + " requests per second exceeded; retry in " + wait + " s", request)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait)));
        }
        HttpMethod method = request.getMethod();
        String path = request.getPath();
        switch (AccessMatrix.decide(client.caller().roles(), method, path)) {
            case NO_SUCH_PATH -> {
                return Publishers.just(Problems.response(HttpStatus.NOT_FOUND, "There is no operation at " + path, request));
            }
            case METHOD_NOT_ALLOWED -> {
                return Publishers.just(Problems.response(HttpStatus.METHOD_NOT_ALLOWED, method + " is not an operation on " + path, request)
                        .header(HttpHeaders.ALLOW, AccessMatrix.allowedMethods(path)));
            }
            case FORBIDDEN -> {
                return Publishers.just(Problems.response(HttpStatus.FORBIDDEN,
                        "The roles of this API key do not allow " + method + " " + path, request));
            }
            case ALLOWED -> {
            }
        }
        MutableHttpResponse<?> tooLarge = checkBodySize(request, Routes.isIngestion(method, path));
        if (tooLarge != null) {
            return Publishers.just(tooLarge);
        }
        return admitted.apply(client.caller());
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

    private static MutableHttpResponse<?> unauthorized(HttpRequest<?> request, String detail, String challenge) {
        return Problems.response(HttpStatus.UNAUTHORIZED, detail, request).header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
}
