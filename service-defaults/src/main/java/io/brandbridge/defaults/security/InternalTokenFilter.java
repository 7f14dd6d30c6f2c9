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

import java.util.Optional;

/** Refuses every {@code /api/**} request that does not carry a valid internal token, so the gateway cannot be bypassed. */
@ServerFilter("/api/**")
@Requires(property = "brandbridge.internal-token.enforced", notEquals = "false")
public class InternalTokenFilter implements Ordered {

    static final String ATTRIBUTE = "brandbridge.caller";

    private final InternalTokens tokens;

    public InternalTokenFilter(InternalTokens tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        Optional<Caller> caller = tokens.verify(request.getHeaders().get(InternalTokens.HEADER));
        if (caller.isEmpty()) {
            return Problems.response(HttpStatus.UNAUTHORIZED,
                    "Call this service through the gateway: a valid internal token is required", request);
        }
        request.setAttribute(ATTRIBUTE, caller.get());
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }
}
