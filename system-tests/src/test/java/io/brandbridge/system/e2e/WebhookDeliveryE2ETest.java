package io.brandbridge.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brandbridge.demo.BrandbridgeApi;
import io.brandbridge.demo.DemoSeeder;
import io.brandbridge.demo.webhooks.DemoSubscription;
import io.brandbridge.demo.webhooks.ReceivedWebhook;
import io.brandbridge.demo.webhooks.WebhookReceiver;
import io.brandbridge.system.platform.Platform;
import io.brandbridge.system.platform.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks against kill -9 of alignment-service, with a real receiver in this JVM: an event whose delivery was under way
 * when the process died, and events stored in the outbox but not yet attempted, are all delivered after the restart,
 * signed, with the webhook-id they were first sent with, and each exactly once once the receiver deduplicates.
 */
@EnabledIfSystemProperty(named = "brandbridge.test.db", matches = "mariadb")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookDeliveryE2ETest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static Platform platform;
    private static BrandbridgeApi admin;
    private static DemoSeeder.Seeded seeded;
    private static final HangingAnswers ANSWERS = new HangingAnswers();
    private static WebhookReceiver receiver;
    private static String webhooks;
    private static String webhookId;
    private static String secret;
    private static final Set<String> BROKEN_PROMISES = new HashSet<>();

    @BeforeAll
    static void start() {
        // A short lease so a delivery the killed process had claimed is taken again soon; no scheduled rounds, so every
        // snapshot, and so every event, is one a test asked for.
        platform = new Platform(Map.of("WEBHOOK_ALLOWED_HOSTS", "127.0.0.1", "WEBHOOK_LEASE", "5s", "ALIGNMENT_RECOMPUTE_ENABLED", "false")).start();
        admin = new BrandbridgeApi(platform.gatewayUrl(), platform.adminKey());
        seeded = new DemoSeeder(admin).seed(Instant.now().truncatedTo(ChronoUnit.SECONDS), 3, 7L);
        admin.post(alignment("/recompute"), Map.of());
        receiver = WebhookReceiver.start(0, ANSWERS);
        webhooks = alignment("/webhooks");
        JsonNode created = admin.post(webhooks, Map.of("url", receiver.url("/hooks"), "events", DemoSubscription.EVENT_TYPES));
        webhookId = created.path("webhook").path("id").asText();
        secret = created.path("secret").asText();
    }

    @AfterAll
    static void stop() {
        ANSWERS.stopHanging();
        if (receiver != null) {
            receiver.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void eventWhoseDeliveryWasUnderWayAtKillNineIsSentAgainWithTheSameWebhookId() throws Exception {
        ANSWERS.hang(1);
        BrokenPromise broken = breakAPromise();
        admin.post(alignment("/recompute"), Map.of());
        ReceivedWebhook first = ANSWERS.awaitHung(Duration.ofSeconds(30));
        assertNotNull(first, "the new snapshot's first event reached the receiver");

        ServiceProcess alignment = platform.service("alignment-service");
        long killedAt = System.nanoTime();
        alignment.kill9();
        Instant killed = Instant.now();
        ANSWERS.stopHanging();
        alignment.start();
        Duration restart = alignment.awaitReady(Duration.ofSeconds(90));
        List<JsonNode> deliveries = settledDeliveries(d -> true);
        long settledMillis = (System.nanoTime() - killedAt) / 1_000_000;

        List<ReceivedWebhook> requests = receiver.received();
        Map<String, List<ReceivedWebhook>> byId = requests.stream().collect(Collectors.groupingBy(ReceivedWebhook::webhookId));
        assertTrue(requests.stream().allMatch(r -> r.verifiesWith(secret)), "every request verifies");
        assertEquals(messageIds(deliveries), byId.keySet(), "the receiver got exactly the deliveries the log lists");
        for (JsonNode delivery : deliveries) {
            JsonNode event = body(byId.get(delivery.path("messageId").asText()).getFirst());
            assertEquals(delivery.path("eventId").asText(), event.path("id").asText());
            assertEquals(delivery.path("eventType").asText(), event.path("type").asText());
        }
        List<JsonNode> statusChanges = distinctEvents(byId, e -> e.path("type").asText().equals("promise.status_changed")
                && e.path("data").path("promiseId").asText().equals(broken.promiseId()));
        assertEquals(1, statusChanges.size(), "the promise's status change, once after deduplication");
        assertEquals("BROKEN", statusChanges.getFirst().path("data").path("to").asText());

        List<ReceivedWebhook> again = byId.get(first.webhookId());
        assertTrue(again.size() >= 2, "the hung delivery came again: " + again.size());
        assertTrue(again.stream().allMatch(r -> r.body().equals(first.body())), "with the same body");
        JsonNode hung = deliveries.stream().filter(d -> d.path("messageId").asText().equals(first.webhookId())).findFirst().orElseThrow();
        JsonNode log = hung.path("log");
        assertEquals("DELIVERED", hung.path("state").asText());
        assertEquals(200, log.get(log.size() - 1).path("statusCode").asInt(), hung.toString());
        assertTrue(log.size() >= 2, "the attempt cut off by the kill is in the log: " + hung);
        assertTrue(log.get(0).path("error").asText().startsWith("no answer was recorded"), hung.toString());
        Duration toRedelivery = Duration.between(killed, again.get(1).arrivedAt());
        System.out.printf("[fault] webhook kill -9: %d requests received, %d distinct webhook-ids = %d deliveries listed; the hung %s (%s) "
                        + "came %d times, again %d ms after the kill (alignment-service ready after %d ms, lease 5 s); its log: %d attempt(s), "
                        + "state %s; all delivered %d ms after the kill; promise %s (%s) status change delivered once%n",
                requests.size(), byId.size(), deliveries.size(), first.webhookId(), body(first).path("type").asText(), again.size(),
                toRedelivery.toMillis(), restart.toMillis(), log.size(), hung.path("state").asText(), settledMillis, broken.promiseId(), broken.title());
    }

    @Test
    @Order(2)
    void eventsStoredButNotYetAttemptedAtKillNineAreSentOnceAfterTheRestart() throws Exception {
        // The subscription sends one delivery at a time, so a ping that hangs keeps the new snapshot's events in the outbox.
        ANSWERS.hang(Integer.MAX_VALUE);
        String pingId = admin.post(webhooks + "/" + webhookId + "/test", Map.of()).path("messageId").asText();
        ReceivedWebhook ping = ANSWERS.awaitHung(Duration.ofSeconds(30));
        assertNotNull(ping, "the ping reached the receiver");
        assertEquals(pingId, ping.webhookId());
        BrokenPromise broken = breakAPromise();
        admin.post(alignment("/recompute"), Map.of());
        List<JsonNode> queued = deliveries().stream().filter(d -> d.path("state").asText().equals("PENDING")
                && !d.path("messageId").asText().equals(pingId)).toList();
        Set<String> seenBefore = receiver.received().stream().map(ReceivedWebhook::webhookId).collect(Collectors.toSet());
        assertFalse(queued.isEmpty(), "the recompute queued events");
        assertTrue(queued.stream().anyMatch(d -> d.path("eventType").asText().equals("promise.status_changed")));
        assertTrue(queued.stream().allMatch(d -> d.path("attempts").asInt() == 0 && d.path("log").isEmpty()), "none was attempted yet");
        assertTrue(queued.stream().noneMatch(d -> seenBefore.contains(d.path("messageId").asText())), "none reached the receiver");

        ServiceProcess alignment = platform.service("alignment-service");
        long killedAt = System.nanoTime();
        alignment.kill9();
        ANSWERS.stopHanging();
        alignment.start();
        alignment.awaitReady(Duration.ofSeconds(90));
        Set<String> queuedIds = messageIds(queued);
        List<JsonNode> delivered = settledDeliveries(d -> queuedIds.contains(d.path("messageId").asText()));
        long settledMillis = (System.nanoTime() - killedAt) / 1_000_000;

        Map<String, List<ReceivedWebhook>> byId = receiver.received().stream().collect(Collectors.groupingBy(ReceivedWebhook::webhookId));
        assertTrue(receiver.received().stream().allMatch(r -> r.verifiesWith(secret)), "every request verifies");
        assertTrue(byId.get(pingId).size() >= 2, "the hung ping came again");
        for (JsonNode delivery : delivered) {
            String messageId = delivery.path("messageId").asText();
            assertEquals(1, byId.getOrDefault(messageId, List.of()).size(), "sent once: " + delivery);
            assertEquals("DELIVERED", delivery.path("state").asText());
            assertEquals(1, delivery.path("attempts").asInt(), delivery.toString());
            assertEquals(200, delivery.path("log").get(0).path("statusCode").asInt());
            assertEquals(delivery.path("eventId").asText(), body(byId.get(messageId).getFirst()).path("id").asText());
        }
        List<JsonNode> statusChanges = distinctEvents(byId, e -> e.path("type").asText().equals("promise.status_changed")
                && e.path("data").path("promiseId").asText().equals(broken.promiseId()));
        assertEquals(1, statusChanges.size(), "the second promise's status change, once");
        System.out.printf("[fault] webhook kill -9 before the first attempt: %d event(s) in the outbox behind a hung ping, none attempted; after the "
                        + "restart %d request(s) for them, each once, all delivered %d ms after the kill; the ping came %d times; promise %s (%s) "
                        + "status change delivered once%n",
                queued.size(), queuedIds.stream().mapToInt(id -> byId.getOrDefault(id, List.of()).size()).sum(), settledMillis, byId.get(pingId).size(),
                broken.promiseId(), broken.title());
    }

    /** A promise of the demo brand, its commitment pushed below its objective, and the rows pushed for it. */
    private record BrokenPromise(String promiseId, String title, String commitmentKey, long rows) {
    }

    /**
     * Pushes, at one of its touchpoints and within the last hour, enough values that miss one commitment of a promise that
     * is not broken yet for the commitment to fall below its objective over its window.
     */
    private static BrokenPromise breakAPromise() {
        JsonNode overview = admin.get(alignment(""));
        for (JsonNode summary : overview.path("promises")) {
            String promiseId = summary.path("promiseId").asText();
            String status = summary.path("status").asText();
            if (BROKEN_PROMISES.contains(promiseId) || !(status.equals("KEPT") || status.equals("AT_RISK"))) {
                continue;
            }
            JsonNode promise = admin.get(alignment("/promises/" + promiseId));
            for (JsonNode commitment : promise.path("commitments")) {
                JsonNode site = measuredSite(commitment);
                if (site == null || !commitment.path("windowType").asText().equals("ROLLING_DAYS")) {
                    continue;
                }
                double objective = commitment.path("objective").asDouble();
                // good / (valid + bad) < objective
                long rows = (long) Math.floor(commitment.path("good").asLong() / objective - commitment.path("valid").asLong()) + 1;
                rows += rows / 10 + 20;
                push(site.path("touchpointId").asText(), commitment.path("metric").asText(), missing(commitment), rows, promiseId);
                BROKEN_PROMISES.add(promiseId);
                return new BrokenPromise(promiseId, summary.path("title").asText(), commitment.path("key").asText(), rows);
            }
        }
        Assumptions.abort("no demo promise left that is kept and has a commitment on a pushed metric: " + overview.path("promises"));
        throw new IllegalStateException("unreachable");
    }

    /** A touchpoint where the commitment has data, unless its metric is one the platform derives (they are refused in pushes). */
    private static JsonNode measuredSite(JsonNode commitment) {
        String metric = commitment.path("metric").asText();
        if (metric.startsWith("journey_") || metric.equals("handed_off") || metric.equals("repeat_contact_7d")) {
            return null;
        }
        for (JsonNode site : commitment.path("touchpoints")) {
            if (site.path("valid").asLong() > 0) {
                return site;
            }
        }
        return null;
    }

    /** A value that misses the commitment's condition. */
    private static double missing(JsonNode commitment) {
        double threshold = commitment.path("threshold").asDouble();
        return switch (commitment.path("op").asText()) {
            case "LE", "LT" -> threshold * 2 + 10;
            case "GE", "GT" -> threshold - 1;
            default -> threshold == 0 ? 1 : 0;
        };
    }

    private static void push(String touchpointId, String metric, double value, long rows, String tag) {
        BrandbridgeApi integrator = admin.as(seeded.keysByRole().get("INTEGRATOR"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (long from = 0; from < rows; from += 1_000) {
            StringBuilder ndjson = new StringBuilder();
            for (long i = from; i < Math.min(rows, from + 1_000); i++) {
                ndjson.append("{\"externalId\":\"missed-").append(tag).append('-').append(i).append("\",\"occurredAt\":\"")
                        .append(now.minusSeconds(60 + i % 3_000)).append("\",\"metrics\":{\"").append(metric).append("\":").append(number(value)).append("}}\n");
            }
            JsonNode report = integrator.post("/api/v1/touchpoints/" + touchpointId + "/interactions", "application/x-ndjson", ndjson.toString());
            assertEquals(0, report.path("rejected").asInt(), report.toString());
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Waits until every delivery of the subscription that {@code watched} picks has left PENDING; answers them all. */
    private static List<JsonNode> settledDeliveries(Predicate<JsonNode> watched) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            List<JsonNode> all = deliveries();
            List<JsonNode> picked = all.stream().filter(watched).toList();
            if (!picked.isEmpty() && picked.stream().noneMatch(d -> d.path("state").asText().equals("PENDING"))) {
                return picked;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still pending after " + SETTLE + ": " + picked);
            }
            Thread.sleep(250);
        }
    }

    /** Every delivery of the subscription, newest first, over all pages. */
    private static List<JsonNode> deliveries() {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = admin.get(webhooks + "/" + webhookId + "/deliveries?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
            page.path("items").forEach(all::add);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return all;
    }

    /** One event per webhook-id, those that {@code wanted} picks. */
    private static List<JsonNode> distinctEvents(Map<String, List<ReceivedWebhook>> byId, Predicate<JsonNode> wanted) {
        return byId.values().stream().map(requests -> body(requests.getFirst())).filter(wanted).toList();
    }

    private static Set<String> messageIds(List<JsonNode> deliveries) {
        return deliveries.stream().map(d -> d.path("messageId").asText()).collect(Collectors.toSet());
    }

    private static JsonNode body(ReceivedWebhook request) {
        try {
            return JSON.readTree(request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String alignment(String path) {
        return "/api/v1/alignment/brands/" + seeded.brandId() + path;
    }
}
