package io.brandbridge.defaults.resilience;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

/**
 * Lets a {@link Resilient} call's 4xx answer reach the caller even when the client has a fallback. Micronaut's recovery
 * answers with the fallback for any failure, but a refused question is a defect of the caller, not an outage of the
 * dependency: a placeholder would pass it off as one. Runs outside the recovery interceptor, which runs outside the guard.
 */
@Singleton
@InterceptorBean(Resilient.class)
public class RefusalInterceptor implements MethodInterceptor<Object, Object> {

    /** Just outside Micronaut's recovery (RETRY − 10), inside tracing. */
    private static final int POSITION = InterceptPhase.RETRY.getPosition() - 15;

    @Override
    public int getOrder() {
        return POSITION;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        HttpClientResponseException[] enclosing = Refusals.open();
        try {
            Object answer = context.proceed();
            HttpClientResponseException refused = Refusals.recorded();
            if (refused != null) {
                throw refused;
            }
            return answer;
        } finally {
            Refusals.close(enclosing);
        }
    }
}
