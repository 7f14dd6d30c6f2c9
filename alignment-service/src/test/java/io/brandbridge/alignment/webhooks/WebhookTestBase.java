package io.brandbridge.alignment.webhooks;

import io.brandbridge.alignment.stubs.FakePromiseService;
import io.brandbridge.alignment.stubs.Interaction;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Webhook tests over HTTP against stubbed promise- and touchpoint-services and a real receiver on loopback, which the
 * outbound policy allows by the host allowlist. The clock starts at the real present, so the receiver's Standard
 * Webhooks library accepts the timestamps.
 */
abstract class WebhookTestBase extends StubbedServicesTest {

    protected static final String ALL_EVENTS = "promise.status_changed,commitment.burn_alert,gap.opened,gap.closed,conflict.detected,"
            + "handoff.degraded,alignment.stale,alignment.recovered";

    @Inject
    protected MutableClock clock;

    protected Receiver receiver;

    @Override
    protected Map<String, String> moreProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("brandbridge.outbound-urls.allowed-hosts", "127.0.0.1");
        properties.put("brandbridge.webhooks.poll-interval", "50ms");
        properties.putAll(webhookProperties());
        return properties;
    }

    protected Map<String, String> webhookProperties() {
        return Map.of();
    }

    @BeforeEach
    void startReceiver() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** A brand with one call centre and one promise, "answered within a minute", kept by 20 quick calls in the last day. */
    protected String keptBrand() {
        String brandId = Ids.newId("brd");
        stubs.promises.addBrand(brandId, "Europe/London");
        stubs.touchpoints.addTouchpoint(brandId + "_leeds", brandId, "CALL_CENTRE", "Leeds");
        stubs.promises.addPromise(brandId, FakePromiseService.promise(brandId + "_prm", "Answered within a minute", 1, List.of("CALL_CENTRE"),
                FakePromiseService.commitment("answer", "wait_seconds", "LE", 60, 0.9, 7, 1, 10)));
        calls(brandId, 20, 20);
        return brandId;
    }

    /** Pushes {@code count} calls at the brand's call centre in the last hours, each waiting {@code waitSeconds}. */
    protected void calls(String brandId, int count, double waitSeconds) {
        Instant now = clock.instant();
        for (int n = 0; n < count; n++) {
            stubs.touchpoints.push(new Interaction(brandId + "_leeds", now.minus(Duration.ofMinutes(5L + n)), Map.of("wait_seconds", waitSeconds)));
        }
    }

    protected HttpResponse<Map<String, Object>> recompute(String brandId) {
        clock.advance(Duration.ofSeconds(1));
        return exchange(HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute", ""), Role.OPERATIONS, brandId);
    }

    protected Map<String, Object> subscribe(String brandId, String events) {
        Map<String, Object> body = Map.of("url", receiver.url("/hooks"), "events", List.of(events.split(",")), "description", "test receiver");
        return exchange(HttpRequest.POST(webhooks(brandId), body), Role.OPERATIONS, brandId).body();
    }

    protected static String webhooks(String brandId) {
        return "/api/v1/alignment/brands/" + brandId + "/webhooks";
    }

    protected HttpResponse<Map<String, Object>> exchange(MutableHttpRequest<?> request, Role role, String... brands) {
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(role, brands), request), JSON);
    }

    protected HttpClientResponseException refused(MutableHttpRequest<?> request, Role role, String... brands) {
        try {
            exchange(request, role, brands);
        } catch (HttpClientResponseException e) {
            return e;
        }
        return fail("expected a refusal of " + request.getMethodName() + " " + request.getPath());
    }

    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> deliveries(String brandId, String webhookId) {
        return (List<Map<String, Object>>) exchange(HttpRequest.GET(webhooks(brandId) + "/" + webhookId + "/deliveries"), Role.OPERATIONS, brandId)
                .body().get("items");
    }

    protected static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + within.toSeconds() + " s for " + what);
            }
            Thread.sleep(20);
        }
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> webhookOf(Map<String, Object> created) {
        return (Map<String, Object>) created.get("webhook");
    }
}
