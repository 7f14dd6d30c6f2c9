package io.brandbridge.defaults.resilience;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptedMethod;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Put;
import jakarta.inject.Singleton;

/** Applies {@link Resilient} to blocking methods; it runs inside Micronaut's fallback (recovery) interceptor. */
@Singleton
@InterceptorBean(Resilient.class)
public class ResilienceInterceptor implements MethodInterceptor<Object, Object> {

    private final ResiliencePolicies policies;

    public ResilienceInterceptor(ResiliencePolicies policies) {
        this.policies = policies;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        InterceptedMethod method = InterceptedMethod.of(context);
        if (method.resultType() != InterceptedMethod.ResultType.SYNCHRONOUS) {
            throw new UnsupportedOperationException("@Resilient supports blocking methods only: " + context.getExecutableMethod());
        }
        String name = context.stringValue(Resilient.class).orElseThrow();
        boolean idempotent = context.booleanValue(Resilient.class, "idempotent").orElse(false) || isIdempotentHttpMethod(context);
        String call = context.getDeclaringType().getSimpleName() + "." + context.getMethodName();
        return policies.get(name).call(() -> AnswerChecks.checked(name, call, context.proceed(this)), idempotent);
    }

    private static boolean isIdempotentHttpMethod(MethodInvocationContext<?, ?> context) {
        return context.hasAnnotation(Get.class) || context.hasAnnotation(Head.class) || context.hasAnnotation(Put.class)
                || context.hasAnnotation(Delete.class) || context.hasAnnotation(Options.class);
    }
}
