package io.brandbridge.promise.promises;

import io.brandbridge.promise.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A write that fails halfway leaves the promise exactly as it was: every change is one transaction. */
@MicronautTest
@Property(name = "spec.name", value = "PromiseAtomicityTest")
class PromiseAtomicityTest {

    static final AtomicBoolean FAIL_NEXT_WRITE = new AtomicBoolean();

    @Inject
    Api api;

    @AfterEach
    void stopFailing() {
        FAIL_NEXT_WRITE.set(false);
    }

    @Test
    void anActiveEditThatFailsAfterClosingTheOldVersionRollsBack() {
        String id = api.createActivePromise(api.createBrand());
        HttpResponse<Map<String, Object>> before = api.getPromise(id);
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "Never stored");
        FAIL_NEXT_WRITE.set(true);

        Map<String, Object> problem = api.problem(500, HttpRequest.PUT("/api/v1/promises/" + id, body)
                .header(HttpHeaders.IF_MATCH, before.header(HttpHeaders.ETAG)));

        assertFalse(((String) problem.get("detail")).contains("touchpoint"), "no internals leak: " + problem);
        HttpResponse<Map<String, Object>> after = api.getPromise(id);
        assertEquals(before.body(), after.body());
        assertEquals(before.header(HttpHeaders.ETAG), after.header(HttpHeaders.ETAG));
        assertEquals(1, PromiseControllerTest.items(api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions")).body()).size());
        assertEquals(200, api.updatePromise(id, before.header(HttpHeaders.ETAG), body).code());
    }

    @Test
    void aDraftEditThatFailsHalfwayKeepsTheOldContent() {
        String id = api.createPromise(api.createBrand());
        HttpResponse<Map<String, Object>> before = api.getPromise(id);
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "Never stored");
        body.put("touchpointTypes", List.of("EMAIL"));
        FAIL_NEXT_WRITE.set(true);

        api.problem(500, HttpRequest.PUT("/api/v1/promises/" + id, body).header(HttpHeaders.IF_MATCH, before.header(HttpHeaders.ETAG)));

        HttpResponse<Map<String, Object>> after = api.getPromise(id);
        assertEquals(before.body(), after.body());
        assertEquals(before.header(HttpHeaders.ETAG), after.header(HttpHeaders.ETAG));
    }

    /** Wraps the touchpoint-type repository so that its next saveAll fails when a test asks for it. */
    @Singleton
    @Requires(property = "spec.name", value = "PromiseAtomicityTest")
    static class FailingWrites implements BeanCreatedEventListener<PromiseTouchpointTypeRepository> {

        @Override
        public PromiseTouchpointTypeRepository onCreated(BeanCreatedEvent<PromiseTouchpointTypeRepository> event) {
            PromiseTouchpointTypeRepository real = event.getBean();
            return (PromiseTouchpointTypeRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{PromiseTouchpointTypeRepository.class}, (proxy, method, args) -> {
                        if (method.getName().equals("saveAll") && FAIL_NEXT_WRITE.getAndSet(false)) {
                            throw new IllegalStateException("touchpoint rows could not be written");
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
