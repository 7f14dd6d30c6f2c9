package io.brandbridge.gateway.support;

import io.brandbridge.gateway.apiclients.ApiClientRepository;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the key look-ups that reach the real repository, independently of the gateway's own counter:
 * the repository bean is wrapped as it is created, and every call still goes to the database.
 * On with {@code key-lookup-counter.enabled=true}.
 */
@Singleton
@Requires(property = "key-lookup-counter.enabled", value = "true")
public class KeyLookupCounter implements BeanCreatedEventListener<ApiClientRepository> {

    private static final String LOOKUP = "findByKeyHashAndRevokedAtIsNull";

    private final AtomicInteger lookups = new AtomicInteger();

    @Override
    public ApiClientRepository onCreated(BeanCreatedEvent<ApiClientRepository> event) {
        ApiClientRepository real = event.getBean();
        return (ApiClientRepository) Proxy.newProxyInstance(ApiClientRepository.class.getClassLoader(),
                new Class<?>[]{ApiClientRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals(LOOKUP)) {
                        lookups.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public int lookups() {
        return lookups.get();
    }
}
