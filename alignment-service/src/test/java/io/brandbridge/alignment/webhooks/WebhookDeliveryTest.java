package io.brandbridge.alignment.webhooks;

import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.defaults.resilience.ResiliencePolicies;
import io.brandbridge.defaults.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events reach a real receiver signed as the Standard Webhooks specification says, in order, once per change. */
@MicronautTest(transactional = false)
class WebhookDeliveryTest extends WebhookTestBase {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    JsonMapper json;

    @Inject
    ResiliencePolicies policies;

    @Test
    void aBrokenPromiseArrivesSignedWithEverythingToActOn() throws Exception {
        String brandId = keptBrand();
        recompute(brandId);
        Map<String, Object> created = subscribe(brandId, ALL_EVENTS);
        String secret = (String) created.get("secret");
        String webhookId = (String) webhookOf(created).get("id");

        recompute(brandId);
        assertNull(receiver.next(Duration.ofMillis(500)), "nothing changed, so nothing is sent");

        calls(brandId, 30, 300);
        Map<String, Object> snapshot = recompute(brandId).body();
        List<Receiver.Request> arrived = collect(2);
        assertNull(receiver.next(Duration.ofMillis(500)), "a broken commitment has no burn alert: that warns only while it is kept");
        List<String> types = arrived.stream().map(r -> body(r).get("type").getStringValue()).toList();
        assertEquals(List.of("promise.status_changed", "gap.opened"), types);
        for (Receiver.Request request : arrived) {
            assertTrue(request.verifiesWith(secret), "verified with the Standard Webhooks library");
            assertTrue(request.header("webhook-id").startsWith("msg_"));
            long timestamp = Long.parseLong(request.header("webhook-timestamp"));
            assertTrue(Math.abs(timestamp - Instant.now().getEpochSecond()) < 60, "a timestamp of the sending");
            assertTrue(request.header("webhook-signature").matches("v1,[A-Za-z0-9+/=]+"), "one signature before any rotation");
            assertEquals("application/json", request.header("content-type"));
        }
        JsonNode status = body(arrived.getFirst());
        assertTrue(status.get("id").getStringValue().startsWith("evt_"));
        assertEquals(brandId, status.get("brandId").getStringValue());
        assertEquals(snapshot.get("asOf"), status.get("asOf").getStringValue());
        assertEquals(snapshot.get("computedAt"), status.get("computedAt").getStringValue());
        JsonNode data = status.get("data");
        assertEquals(brandId + "_prm", data.get("promiseId").getStringValue());
        assertEquals("KEPT", data.get("from").getStringValue());
        assertEquals("BROKEN", data.get("to").getStringValue());
        assertEquals("answer", data.get("commitments").get(0).get("key").getStringValue());
        JsonNode gap = body(arrived.get(1)).get("data");
        assertEquals(brandId + "_leeds", gap.get("touchpointId").getStringValue());
        assertTrue(gap.get("excessBroken").getDoubleValue() > 0);

        await("the log to show both delivered", WAIT, () -> deliveries(brandId, webhookId).stream()
                .filter(d -> "DELIVERED".equals(d.get("state"))).count() == 2);
        Map<String, Object> newest = deliveries(brandId, webhookId).getFirst();
        assertEquals("gap.opened", newest.get("eventType"));
        assertEquals(1, newest.get("attempts"));
        @SuppressWarnings("unchecked")
        Map<String, Object> attempt = ((List<Map<String, Object>>) newest.get("log")).getFirst();
        assertEquals(200, attempt.get("statusCode"));
        assertNull(attempt.get("error"));

        calls(brandId, 300, 20);
        recompute(brandId);
        List<String> back = collect(2).stream().map(r -> body(r).get("type").getStringValue()).toList();
        assertEquals(List.of("promise.status_changed", "gap.closed"), back);
    }

    @Test
    void afterARotationBothSecretsSignForADayThenOnlyTheNewOne() throws Exception {
        String brandId = keptBrand();
        Map<String, Object> created = subscribe(brandId, ALL_EVENTS);
        String oldSecret = (String) created.get("secret");
        String webhookId = (String) webhookOf(created).get("id");
        Map<String, Object> rotated = exchange(HttpRequest.POST(webhooks(brandId) + "/" + webhookId + "/rotate-secret", ""), Role.MARKETING, brandId).body();
        String newSecret = (String) rotated.get("secret");
        assertNotEquals(oldSecret, newSecret);
        assertNotNull(webhookOf(rotated).get("previousSecretExpiresAt"));

        exchange(HttpRequest.POST(webhooks(brandId) + "/" + webhookId + "/test", ""), Role.OPERATIONS, brandId);
        Receiver.Request during = receiver.next(WAIT);
        assertEquals("ping", body(during).get("type").getStringValue());
        assertEquals(2, during.header("webhook-signature").split(" ").length);
        assertTrue(during.verifiesWith(oldSecret), "a receiver still on the old secret verifies");
        assertTrue(during.verifiesWith(newSecret), "a receiver already on the new secret verifies");

        clock.advance(Duration.ofHours(25));
        exchange(HttpRequest.POST(webhooks(brandId) + "/" + webhookId + "/test", ""), Role.OPERATIONS, brandId);
        Receiver.Request after = receiver.next(WAIT);
        assertEquals(1, after.header("webhook-signature").split(" ").length);
        // The clock moved a day ahead, so verify the signature alone, as the library does after its timestamp check.
        assertTrue(Receiver.signatureMatches(after, newSecret));
        assertFalse(Receiver.signatureMatches(after, oldSecret));
        assertNull(exchange(HttpRequest.GET(webhooks(brandId) + "/" + webhookId), Role.OPERATIONS, brandId).body().get("previousSecretExpiresAt"));
    }

    @Test
    void aRedeliveryKeepsTheMessageIdAndBodySoReceiversCanDeduplicate() throws Exception {
        String brandId = keptBrand();
        String webhookId = (String) webhookOf(subscribe(brandId, ALL_EVENTS)).get("id");
        Map<String, Object> ping = exchange(HttpRequest.POST(webhooks(brandId) + "/" + webhookId + "/test", ""), Role.OPERATIONS, brandId).body();
        Receiver.Request first = receiver.next(WAIT);
        await("the ping delivered", WAIT, () -> "DELIVERED".equals(deliveries(brandId, webhookId).getFirst().get("state")));

        Map<String, Object> again = exchange(HttpRequest.POST(webhooks(brandId) + "/" + webhookId + "/deliveries/" + ping.get("id") + "/redeliver", ""),
                Role.OPERATIONS, brandId).body();
        assertEquals(ping.get("id"), again.get("redeliveryOf"));
        assertEquals(ping.get("messageId"), again.get("messageId"));
        Receiver.Request second = receiver.next(WAIT);
        assertEquals(first.header("webhook-id"), second.header("webhook-id"));
        assertEquals(first.body(), second.body());
    }

    @Test
    void aSubscriptionGetsItsEventsInTheOrderTheyHappenedEvenWhenTheFirstNeedsRetries() throws Exception {
        String brandId = keptBrand();
        recompute(brandId);
        String webhookId = (String) webhookOf(subscribe(brandId, "promise.status_changed")).get("id");
        receiver.plan(Receiver.Answer.of(500));
        calls(brandId, 30, 300);
        recompute(brandId);
        calls(brandId, 300, 20);
        recompute(brandId);
        Receiver.Request failed = receiver.next(WAIT);
        assertEquals("BROKEN", body(failed).get("data").get("to").getStringValue());
        assertNull(receiver.next(Duration.ofMillis(500)), "the second event waits behind the first");
        clock.advance(Duration.ofSeconds(6));
        Receiver.Request retried = receiver.next(WAIT);
        assertEquals(failed.header("webhook-id"), retried.header("webhook-id"));
        Receiver.Request next = receiver.next(WAIT);
        assertEquals("KEPT", body(next).get("data").get("to").getStringValue());
        await("both delivered", WAIT, () -> deliveries(brandId, webhookId).stream().allMatch(d -> "DELIVERED".equals(d.get("state"))));
    }

    @Test
    void anOutageIsOneStaleEventAndTheNextGoodRecomputeOneRecoveredEvent() throws Exception {
        String brandId = keptBrand();
        recompute(brandId);
        subscribe(brandId, "alignment.stale,alignment.recovered,promise.status_changed");
        stubs.touchpointMode = StubServices.Mode.FAILING;
        try {
            for (int i = 0; i < 2; i++) {
                assertEquals(503, refused(HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute", ""), Role.OPERATIONS, brandId)
                        .getStatus().getCode());
            }
        } finally {
            stubs.touchpointMode = StubServices.Mode.UP;
            policies.get("touchpoint-service").circuitBreaker().reset();
        }
        JsonNode stale = body(receiver.next(WAIT));
        assertEquals("alignment.stale", stale.get("type").getStringValue());
        assertEquals("touchpoint-service", stale.get("data").get("dependency").getStringValue());
        recompute(brandId);
        JsonNode recovered = body(receiver.next(WAIT));
        assertEquals("alignment.recovered", recovered.get("type").getStringValue());
        assertNull(receiver.next(Duration.ofMillis(500)), "one outage, one stale and one recovered event");
    }

    @Test
    void aLookAtThePastFiresNothing() throws Exception {
        String brandId = keptBrand();
        recompute(brandId);
        subscribe(brandId, ALL_EVENTS);
        calls(brandId, 30, 300);
        Instant past = clock.instant().minus(Duration.ofDays(3));
        exchange(HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute?asOf=" + past, ""), Role.OPERATIONS, brandId);
        assertNull(receiver.next(Duration.ofMillis(800)), "an on-demand recompute of an earlier instant is history, not news");
        recompute(brandId);
        assertEquals("promise.status_changed", body(receiver.next(WAIT)).get("type").getStringValue(), "the present still is");
    }

    @Test
    void aBackfillRewritesHistoryAndFiresNothing() throws Exception {
        String brandId = keptBrand();
        recompute(brandId);
        subscribe(brandId, ALL_EVENTS);
        calls(brandId, 30, 300);
        java.time.LocalDate today = clock.instant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        Map<String, Object> job = exchange(HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/backfill",
                Map.of("from", today.minusDays(3).toString(), "to", today.minusDays(1).toString())), Role.OPERATIONS, brandId).body();
        await("the backfill to finish", WAIT, () -> "SUCCEEDED".equals(exchange(HttpRequest.GET("/api/v1/alignment/jobs/" + job.get("id")),
                Role.OPERATIONS, brandId).body().get("state")));
        assertNull(receiver.next(Duration.ofMillis(500)), "history recomputed is not news");
        recompute(brandId);
        assertEquals("promise.status_changed", body(receiver.next(WAIT)).get("type").getStringValue(), "the present still is");
    }

    private List<Receiver.Request> collect(int count) throws InterruptedException {
        List<Receiver.Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Receiver.Request request = receiver.next(WAIT);
            assertNotNull(request, "request " + (i + 1) + " of " + count + " arrived");
            requests.add(request);
        }
        return requests;
    }

    private JsonNode body(Receiver.Request request) {
        try {
            return json.readValue(request.body(), JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
