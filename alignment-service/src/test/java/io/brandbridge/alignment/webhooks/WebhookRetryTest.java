package io.brandbridge.alignment.webhooks;

import io.brandbridge.alignment.webhooks.store.DeliveryRepository;
import io.brandbridge.defaults.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failed deliveries with a controllable clock: the retry schedule, 410, 429 with Retry-After, a receiver that hangs, the
 * last failure, and a host whose DNS answer turns private between registration and delivery.
 */
@MicronautTest(transactional = false)
class WebhookRetryTest extends WebhookTestBase {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    ScriptedDns dns;

    @Inject
    DeliveryRepository outbox;

    @Override
    protected Map<String, String> webhookProperties() {
        return Map.of("brandbridge.outbound-http.timeout", "1s", ScriptedDns.PROPERTY, "true",
                "brandbridge.outbound-urls.allowed-hosts", "127.0.0.1,receiver.test");
    }

    @Test
    void a5xxIsRetriedOnTheScheduleUntilTheReceiverAnswers() throws Exception {
        String brandId = keptBrand();
        String webhookId = subscribed(brandId);
        receiver.plan(Receiver.Answer.of(500), Receiver.Answer.of(502));
        ping(brandId, webhookId);
        Receiver.Request first = receiver.next(WAIT);
        Map<String, Object> pending = awaitAttempts(brandId, webhookId, 1);
        assertEquals("PENDING", pending.get("state"));
        assertBetween(Instant.parse((String) pending.get("nextAttemptAt")), clock.instant(), Duration.ofSeconds(4), Duration.ofMillis(5_500));
        assertNull(receiver.next(Duration.ofMillis(300)), "not before its time");

        clock.advance(Duration.ofSeconds(6));
        assertNotNull(receiver.next(WAIT));
        Map<String, Object> second = awaitAttempts(brandId, webhookId, 2);
        assertBetween(Instant.parse((String) second.get("nextAttemptAt")), clock.instant(), Duration.ofSeconds(270), Duration.ofSeconds(330));

        clock.advance(Duration.ofMinutes(6));
        Receiver.Request third = receiver.next(WAIT);
        assertEquals(first.header("webhook-id"), third.header("webhook-id"));
        Map<String, Object> delivered = awaitAttempts(brandId, webhookId, 3);
        assertEquals("DELIVERED", delivered.get("state"));
        assertEquals(List.of(500, 502, 200), log(delivered).stream().map(a -> a.get("statusCode")).toList());
    }

    @Test
    void anAttemptCutOffByAStoppedInstanceIsLoggedWhenTheDeliveryIsTakenAgain() throws Exception {
        String brandId = keptBrand();
        String webhookId = subscribed(brandId);
        receiver.plan(Receiver.Answer.of(500));
        ping(brandId, webhookId);
        receiver.next(WAIT);
        Map<String, Object> pending = awaitAttempts(brandId, webhookId, 1);
        // As an instance would leave it that claimed the delivery and died before it recorded the answer.
        long seq = outbox.findByDeliveryId((String) pending.get("id")).orElseThrow().seq();
        Instant now = clock.instant();
        assertEquals(1, outbox.claim(seq, now, now.minusSeconds(1)));
        clock.advance(Duration.ofSeconds(6));
        assertNotNull(receiver.next(WAIT));
        Map<String, Object> delivered = awaitAttempts(brandId, webhookId, 3);
        assertEquals("DELIVERED", delivered.get("state"));
        List<Map<String, Object>> log = log(delivered);
        assertEquals(500, log.get(0).get("statusCode"));
        assertNull(log.get(1).get("statusCode"));
        assertTrue(((String) log.get(1).get("error")).startsWith("no answer was recorded"), log.toString());
        assertEquals(200, log.get(2).get("statusCode"));
    }

    @Test
    void retryAfterIsHonouredOn429And503() throws Exception {
        String brandId = keptBrand();
        String webhookId = subscribed(brandId);
        receiver.plan(new Receiver.Answer(429, Map.of("Retry-After", "120")));
        ping(brandId, webhookId);
        receiver.next(WAIT);
        Map<String, Object> pending = awaitAttempts(brandId, webhookId, 1);
        assertBetween(Instant.parse((String) pending.get("nextAttemptAt")), clock.instant(), Duration.ofSeconds(119), Duration.ofSeconds(121));
        clock.advance(Duration.ofSeconds(60));
        assertNull(receiver.next(Duration.ofMillis(300)));
        clock.advance(Duration.ofSeconds(61));
        assertNotNull(receiver.next(WAIT));
    }

    @Test
    void gone410DisablesTheSubscriptionAndKeepsItsDeliveriesUntilItIsEnabledAgain() throws Exception {
        String brandId = keptBrand();
        String webhookId = subscribed(brandId);
        receiver.plan(Receiver.Answer.of(410));
        ping(brandId, webhookId);
        receiver.next(WAIT);
        await("the subscription disabled", WAIT, () -> "DISABLED".equals(subscription(brandId, webhookId).get("state")));
        assertTrue(((String) subscription(brandId, webhookId).get("problem")).contains("410"));
        clock.advance(Duration.ofHours(1));
        assertNull(receiver.next(Duration.ofMillis(500)), "nothing goes to a disabled subscription");

        exchange(HttpRequest.PUT(webhooks(brandId) + "/" + webhookId, Map.of("url", receiver.url("/hooks"), "events", List.of("gap.opened"), "enabled", true)),
                Role.OPERATIONS, brandId);
        assertNotNull(receiver.next(WAIT), "the kept delivery goes out once enabled");
        await("delivered", WAIT, () -> "DELIVERED".equals(deliveries(brandId, webhookId).getFirst().get("state")));
        assertNull(subscription(brandId, webhookId).get("problem"));
    }

    @Test
    void aReceiverThatHangsTimesOutAndIsRetried() throws Exception {
        String brandId = keptBrand();
        String webhookId = subscribed(brandId);
        receiver.plan(Receiver.Answer.of(0));
        ping(brandId, webhookId);
        receiver.next(WAIT);
        Map<String, Object> pending = awaitAttempts(brandId, webhookId, 1);
        Map<String, Object> attempt = log(pending).getFirst();
        assertNull(attempt.get("statusCode"));
        assertEquals("timed out after 1 s", attempt.get("error"));
        assertTrue(((Number) attempt.get("durationMs")).longValue() >= 900);
        assertEquals("PENDING", pending.get("state"));
    }

    @Test
    void afterTheLastAttemptTheDeliveryFailsAndTheSubscriptionShowsWhyThenASuccessClearsIt() throws Exception {
        String brandId = keptBrand();
        String webhookId = subscribed(brandId);
        for (int i = 0; i < 11; i++) {
            receiver.plan(Receiver.Answer.of(500));
        }
        ping(brandId, webhookId);
        for (int attempt = 1; attempt <= 11; attempt++) {
            assertNotNull(receiver.next(WAIT), "attempt " + attempt);
            awaitAttempts(brandId, webhookId, attempt);
            clock.advance(Duration.ofHours(23));
        }
        Map<String, Object> failed = deliveries(brandId, webhookId).getFirst();
        assertEquals("FAILED", failed.get("state"));
        assertNull(failed.get("nextAttemptAt"));
        Map<String, Object> webhook = subscription(brandId, webhookId);
        assertEquals("FAILING", webhook.get("state"));
        assertTrue(((String) webhook.get("problem")).contains("11 attempts"), (String) webhook.get("problem"));

        ping(brandId, webhookId);
        assertNotNull(receiver.next(WAIT));
        await("the subscription active again", WAIT, () -> "ACTIVE".equals(subscription(brandId, webhookId).get("state")));
    }

    @Test
    void aNameThatResolvesPrivateAtDeliveryIsNotCalled() throws Exception {
        String brandId = keptBrand();
        dns.plan("rebind.example.com", "93.184.216.34", "127.0.0.1");
        Map<String, Object> created = exchange(HttpRequest.POST(webhooks(brandId), Map.of("url", "https://rebind.example.com/hooks",
                "events", List.of("gap.opened"))), Role.OPERATIONS, brandId).body();
        String webhookId = (String) webhookOf(created).get("id");
        ping(brandId, webhookId);
        Map<String, Object> pending = awaitAttempts(brandId, webhookId, 1);
        assertEquals("not sent: the url must point to a public internet address", log(pending).getFirst().get("error"));
        assertEquals(List.of(), receiver.all(), "no request reached the private address");
    }

    @Test
    void theConnectionGoesToTheCheckedAddressWithoutASecondLookUp() throws Exception {
        String brandId = keptBrand();
        // receiver.test resolves only through the policy's look-up; the sender must not ask the system resolver again.
        dns.plan("receiver.test", "127.0.0.1");
        Map<String, Object> created = exchange(HttpRequest.POST(webhooks(brandId), Map.of("url", "http://receiver.test:" + receiver.port() + "/hooks",
                "events", List.of("gap.opened"))), Role.OPERATIONS, brandId).body();
        ping(brandId, (String) webhookOf(created).get("id"));
        Receiver.Request request = receiver.next(WAIT);
        assertNotNull(request);
        assertEquals("receiver.test:" + receiver.port(), request.header("host"));
    }

    private String subscribed(String brandId) {
        return (String) webhookOf(subscribe(brandId, "gap.opened")).get("id");
    }

    private void ping(String brandId, String webhookId) {
        assertEquals(202, exchange(HttpRequest.POST(webhooks(brandId) + "/" + webhookId + "/test", ""), Role.OPERATIONS, brandId).code());
    }

    private Map<String, Object> subscription(String brandId, String webhookId) {
        return exchange(HttpRequest.GET(webhooks(brandId) + "/" + webhookId), Role.OPERATIONS, brandId).body();
    }

    private Map<String, Object> awaitAttempts(String brandId, String webhookId, int attempts) throws InterruptedException {
        await(attempts + " attempt(s) logged", WAIT, () -> ((Number) deliveries(brandId, webhookId).getFirst().get("attempts")).intValue() >= attempts);
        return deliveries(brandId, webhookId).getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> log(Map<String, Object> delivery) {
        return (List<Map<String, Object>>) delivery.get("log");
    }

    private static void assertBetween(Instant actual, Instant from, Duration least, Duration most) {
        assertTrue(!actual.isBefore(from.plus(least)) && !actual.isAfter(from.plus(most)), actual + " is not within [" + least + ", " + most + "] of " + from);
    }
}
