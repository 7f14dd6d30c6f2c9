package io.brandbridge.alignment.stubs;

import io.brandbridge.defaults.security.InternalTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * This service over HTTP with promise-service and touchpoint-service played by {@link StubServices};
 * subclasses add {@code @MicronautTest(transactional = false)} and may add properties.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StubbedServicesTest implements TestPropertyProvider {

    protected static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected InternalTokens tokens;

    @Inject
    protected StubServices stubs;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StubServices.properties());
        properties.putAll(moreProperties());
        return properties;
    }

    protected Map<String, String> moreProperties() {
        return Map.of();
    }

    @AfterEach
    void bringStubsBackUp() {
        stubs.touchpointMode = StubServices.Mode.UP;
        stubs.promiseMode = StubServices.Mode.UP;
    }
}
