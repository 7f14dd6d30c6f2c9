package io.brandbridge.defaults.security;

import io.brandbridge.defaults.problem.Problems;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteMatch;

import java.util.Optional;
import java.util.Set;

/**
 * Refuses every {@code /api/**} request that does not carry a valid internal token for this service
 * (401), or whose roles the operation does not allow (403), so the gateway cannot be bypassed. A
 * scope the token only names is left to {@link ScopeReferenceFilter}.
 */
@ServerFilter("/api/**")
@Requires(property = "brandbridge.internal-token.enforced", notEquals = "false")
public class InternalTokenFilter implements Ordered {

    static final String ATTRIBUTE = "brandbridge.caller";
    static final String UNRESOLVED = "brandbridge.unresolved-token";

    private final InternalTokens tokens;
    private final ScopeResolver scopes;

    public InternalTokenFilter(InternalTokens tokens, ScopeResolver scopes) {
        this.tokens = tokens;
        this.scopes = scopes;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        Optional<VerifiedToken> verified = tokens.verify(request.getHeaders().get(InternalTokens.HEADER));
        if (verified.isEmpty()) {
            return Problems.response(HttpStatus.UNAUTHORIZED,
                    "Call this service through the gateway: a valid internal token is required", request);
        }
        VerifiedToken token = verified.get();
        if (route != null && !RoleRequirements.allows(route.getAnnotationMetadata(), token.roles())) {
            return Problems.response(HttpStatus.FORBIDDEN,
                    "The caller's roles do not allow " + request.getMethodName() + " " + request.getPath(), request);
        }
        if (!token.needsScopeResolution()) {
            request.setAttribute(ATTRIBUTE, token.caller());
        } else if (scopes.cached(token.scopeReference()) instanceof Set<String> known) {
            request.setAttribute(ATTRIBUTE, token.callerWith(known));
        } else {
            request.setAttribute(UNRESOLVED, token);
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }
}
