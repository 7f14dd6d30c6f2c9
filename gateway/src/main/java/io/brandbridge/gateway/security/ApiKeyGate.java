package io.brandbridge.gateway.security;

import io.brandbridge.defaults.problem.Problems;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.gateway.ratelimit.Quota;
import io.brandbridge.gateway.ratelimit.RateLimiter;
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

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * The gate in front of every {@code /api/**} request: a safe path, a source address that has not
 * failed too often (429), a valid API key (401), the client's rate limit (429) and the role × method ×
 * path matrix (403). A request that passes goes on as the client's {@link Caller}.
 */
@Singleton
public class ApiKeyGate {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyGate.class);
    private static final String CHALLENGE = "Bearer realm=\"brandbridge\"";
    private static final String INVALID_KEY = "The API key is not valid or has been revoked; send Authorization: Bearer <API key> with a valid key";
    /** The largest Retry-After the gateway sends, as its OpenAPI document says. */
    public static final long MAX_RETRY_AFTER = 3600;
    private static final String RETRY_AFTER_STORE_DOWN = "5";
    private static final String RETRY_AFTER_BUSY = "1";

    private final ApiKeyAuthenticator authenticator;
    private final AuthFailureThrottle throttle;
    private final SourceAddresses sourceAddresses;
    private final RateLimiter rateLimiter;
    private final ExecutorService blocking;
    private final Clock clock;
    private final SharedLookups lookups;

    public ApiKeyGate(ApiKeyAuthenticator authenticator, AuthFailureThrottle throttle, SourceAddresses sourceAddresses,
                      RateLimiter rateLimiter, @Named(TaskExecutors.BLOCKING) ExecutorService blocking, Clock clock,
                      SharedLookups lookups) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.sourceAddresses = sourceAddresses;
        this.rateLimiter = rateLimiter;
        this.blocking = blocking;
        this.clock = clock;
        this.lookups = lookups;
    }

    /** The refusal, or what {@code admitted} answers for the client's caller. */
    public Publisher<MutableHttpResponse<?>> check(HttpRequest<?> request, Function<Caller, Publisher<MutableHttpResponse<?>>> admitted) {
        if (!PathSafety.isSafe(request.getUri().getRawPath())) {
            return Publishers.just(Problems.response(HttpStatus.BAD_REQUEST,
                    "The path must not contain dot segments, empty segments or encoded separators", request));
        }
        String address = sourceAddresses.of(request);
        long throttled = throttle.retryAfter(address);
        if (throttled > 0) {
            return Publishers.just(throttled(request, throttled));
        }
        String key = ApiKeys.fromAuthorization(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        if (key == null) {
            return Publishers.just(failed(request, address, "An API key is required: send Authorization: Bearer <API key>", CHALLENGE));
        }
        String keyHash = ApiKeys.hash(key);
        ApiKeyCache.Entry cached = authenticator.cached(keyHash);
        if (cached != null) {
            return cached.client().isPresent() ? admit(request, admitted, cached.client().get()) : invalidKey(request, address);
        }
        Optional<CompletableFuture<Optional<AuthenticatedClient>>> running = lookups.running(keyHash);
        if (running.isPresent()) {
            return joined(request, admitted, address, running.get());
        }
        // Charged before the look-up, so an address's look-ups in flight count against its failures too.
        AuthFailureThrottle.Charge charge = throttle.charge(address);
        if (charge == null) {
            return Publishers.just(throttled(request, throttle.retryAfter(address)));
        }
        SharedLookups.Lookup lookup = lookups.join(keyHash, () -> supply(() -> authenticator.load(keyHash)));
        if (!lookup.started()) {
            charge.refund();
            return joined(request, admitted, address, lookup.answer());
        }
        // Cancel-suppressed: a caller that goes away must not cancel the look-up others are waiting for.
        return Mono.fromFuture(lookup.answer(), true)
                .map(found -> {
                    if (found.isEmpty()) {
                        return Publishers.just(unauthorized(request, INVALID_KEY,
                                CHALLENGE + ", error=\"invalid_token\""));
                    }
                    charge.refund();
                    return admit(request, admitted, found.get());
                })
                // Only a failed look-up answers 503 here; what the admitted request does next keeps its own errors.
                .onErrorResume(error -> {
                    charge.refund();
                    return Mono.just(Publishers.just(lookupFailed(request, error)));
                })
                .flatMapMany(answer -> answer);
    }

    /** A request that waited for another's look-up of the same key: an unknown key still counts as its own failure. */
    private Publisher<MutableHttpResponse<?>> joined(HttpRequest<?> request, Function<Caller, Publisher<MutableHttpResponse<?>>> admitted,
                                                     String address, CompletableFuture<Optional<AuthenticatedClient>> answer) {
        return Mono.fromFuture(answer, true)
                .map(found -> found.isPresent() ? admit(request, admitted, found.get()) : invalidKey(request, address))
                .onErrorResume(error -> Mono.just(Publishers.just(lookupFailed(request, error))))
                .flatMapMany(result -> result);
    }

    private Publisher<MutableHttpResponse<?>> admit(HttpRequest<?> request, Function<Caller, Publisher<MutableHttpResponse<?>>> admitted,
                                                    AuthenticatedClient client) {
        // Checked here, not at look-up, so a cached key stops working at the very instant it expires.
        if (client.hasExpired(clock.instant())) {
            return Publishers.just(unauthorized(request, "The API key expired at " + client.expiresAt()
                    + "; send Authorization: Bearer <API key> with a valid key", CHALLENGE + ", error=\"invalid_token\""));
        }
        Quota quota = rateLimiter.acquire(client.id(), client.rateLimit());
        if (!quota.granted()) {
            return Publishers.just(quota.applyTo(Problems.response(HttpStatus.TOO_MANY_REQUESTS,
                            "Rate limit of " + client.rateLimit().requestsPerSecond() + " requests per second exceeded; retry in "
                                    + quota.retryAfter() + " s", request)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(quota.retryAfter()))));
        }
        HttpMethod method = request.getMethod();
        String path = request.getPath();
        MutableHttpResponse<?> refused = switch (AccessMatrix.decide(client.caller().roles(), method, path)) {
            case NO_SUCH_PATH -> Problems.response(HttpStatus.NOT_FOUND, "There is no operation at " + path, request);
            case METHOD_NOT_ALLOWED -> Problems.response(HttpStatus.METHOD_NOT_ALLOWED, method + " is not an operation on " + path, request)
                    .header(HttpHeaders.ALLOW, AccessMatrix.allowedMethods(path));
            case FORBIDDEN -> Problems.response(HttpStatus.FORBIDDEN, "The roles of this API key do not allow " + method + " " + path, request);
            case ALLOWED -> null;
        };
        if (refused != null) {
            return Publishers.just(quota.applyTo(refused));
        }
        request.setAttribute(AuthenticatedClient.ATTRIBUTE, client);
        return Publishers.map(admitted.apply(client.caller()), quota::applyTo);
    }

    private Publisher<MutableHttpResponse<?>> invalidKey(HttpRequest<?> request, String address) {
        return Publishers.just(failed(request, address, INVALID_KEY, CHALLENGE + ", error=\"invalid_token\""));
    }

    /** A failure that needed no look-up: counted, and answered 401, or 429 if it is one too many. */
    private MutableHttpResponse<?> failed(HttpRequest<?> request, String address, String detail, String challenge) {
        if (throttle.charge(address) == null) {
            return throttled(request, throttle.retryAfter(address));
        }
        return unauthorized(request, detail, challenge);
    }

    private CompletableFuture<Optional<AuthenticatedClient>> supply(Callable<Optional<AuthenticatedClient>> lookup) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return lookup.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, blocking);
    }

    private static MutableHttpResponse<?> lookupFailed(HttpRequest<?> request, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof KeyLookups.Busy) {
            return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "Too many API keys are being checked at once; try again shortly", request)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_BUSY);
        }
        LOG.error("API key look-up failed", cause);
        return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "API keys cannot be checked right now; try again shortly", request)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_STORE_DOWN);
    }

    private static MutableHttpResponse<?> throttled(HttpRequest<?> request, long retryAfter) {
        // Capped at the documented maximum: an address still failing after it is simply answered 429 again.
        long seconds = Math.clamp(retryAfter, 1, MAX_RETRY_AFTER);
        return Problems.response(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many failed authentications from this address; retry in " + seconds + " s", request)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    private static MutableHttpResponse<?> unauthorized(HttpRequest<?> request, String detail, String challenge) {
        return Problems.response(HttpStatus.UNAUTHORIZED, detail, request).header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
}
