package io.brandbridge.alignment.stubs;

import io.brandbridge.defaults.ports.FreePorts;
import io.brandbridge.defaults.testing.MutableClock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * promise-service and touchpoint-service stubbed inside the test's own server (spec.name
 * "stubbed-services"), backed by the in-memory fakes, with switches to make either one fail or hang.
 */
@Requires(property = "spec.name", value = StubServices.SPEC)
@Singleton
public class StubServices {

    public static final String SPEC = "stubbed-services";
    public static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    /** The stubs' paths start here, outside {@code /api}, so this service's own token and role checks do not stand in front of them. */
    public static final String BASE = "/stubbed";

    /**
     * How a stubbed service behaves: answers, answers after 800 ms (within the test time limit of 1 s), fails with 503, hangs
     * past every time limit, answers 200 with what breaks the contract (more good than valid, an objective above 1), or refuses
     * every question with 422 (what a question the real service finds wrong gets).
     */
    public enum Mode { UP, SLOW, FAILING, HANGING, MALFORMED, REFUSING }

    public final FakePromiseService promises = new FakePromiseService();
    public final FakeTouchpointService touchpoints = new FakeTouchpointService();
    public final AtomicInteger touchpointRequests = new AtomicInteger();
    public volatile Mode promiseMode = Mode.UP;
    public volatile Mode touchpointMode = Mode.UP;

    public StubServices(MutableClock clock) {
        touchpoints.useClock(clock::instant);
    }

    /** Properties that run the server on a free port and point both clients at it. */
    public static Map<String, String> properties() {
        String port = String.valueOf(FreePorts.next());
        return Map.of("spec.name", SPEC,
                "micronaut.server.port", port,
                "micronaut.http.services.promise-service.url", "http://localhost:" + port,
                "micronaut.http.services.promise-service.path", BASE,
                "micronaut.http.services.touchpoint-service.url", "http://localhost:" + port,
                "micronaut.http.services.touchpoint-service.path", BASE);
    }

    @Factory
    @Requires(property = "spec.name", value = StubServices.SPEC)
    static class ClockFactory {
        @Singleton
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }
}
