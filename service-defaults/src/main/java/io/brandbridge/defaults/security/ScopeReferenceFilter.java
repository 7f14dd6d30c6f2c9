package io.brandbridge.defaults.security;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;

/**
 * Resolves, at the gateway, the brand scope of a token that only names it. Off the event loop, since
 * the look-up blocks; a reference the gateway no longer knows answers 401, a gateway that cannot
 * answer 503 with Retry-After.
 */
@ServerFilter("/api/**")
@Requires(property = "brandbridge.internal-token.enforced", notEquals = "false")
public class ScopeReferenceFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ScopeReferenceFilter.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ScopeResolver scopes;
    private final ExecutorService blocking;

    public ScopeReferenceFilter(ScopeResolver scopes, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.scopes = scopes;
        this.blocking = blocking;
    }

    @RequestFilter
    public CompletionStage<HttpRequest<?>> resolve(HttpRequest<?> request) {
        Optional<VerifiedToken> unresolved = request.getAttribute(InternalTokenFilter.UNRESOLVED, VerifiedToken.class);
        if (unresolved.isEmpty()) {
            return CompletableFuture.completedFuture(request);
        }
        VerifiedToken token = unresolved.get();
        return CompletableFuture.supplyAsync(() -> {
            request.setAttribute(InternalTokenFilter.ATTRIBUTE, token.callerWith(brandsOf(request, token)));
            return request;
        }, blocking);
    }

    private Set<String> brandsOf(HttpRequest<?> request, VerifiedToken token) {
        try {
            return scopes.resolve(token.scopeReference()).orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED,
                    "The brand scope this request was sent with is no longer valid; send it again"));
        } catch (DependencyUnavailableException e) {
            LOG.warn("Brand scope of {} {} could not be resolved: {}", request.getMethodName(), request.getPath(), e.getMessage());
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The caller's brand scope cannot be checked right now; try again in " + RETRY_AFTER_SECONDS + " s",
                    List.of(), Map.of(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
