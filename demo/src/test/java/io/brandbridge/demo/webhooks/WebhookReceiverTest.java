package io.brandbridge.demo.webhooks;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookReceiverTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"gap.opened\",\"brandId\":\"brd_1\",\"data\":{\"promiseId\":\"prm_1\"}}";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void keepsEachRequestWithLowerCasedHeadersAndAnswersTheChosenStatus() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(0, request -> 204)) {
            HttpResponse<Void> answer = send(receiver, "msg_1", Instant.now(), BODY, SECRET);

            assertEquals(204, answer.statusCode());
            ReceivedWebhook received = receiver.received().getFirst();
            assertEquals("/hooks", received.path());
            assertEquals("msg_1", received.webhookId());
            assertEquals(BODY, received.body());
            assertTrue(received.headers().containsKey("webhook-signature"), received.headers().toString());
        }
    }

    @Test
    void onlyTheSigningSecretOnTheSentBodyVerifies() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(0, request -> 200)) {
            send(receiver, "msg_2", Instant.now(), BODY, SECRET);
            ReceivedWebhook received = receiver.received().getFirst();
            ReceivedWebhook tampered = new ReceivedWebhook(received.arrivedAt(), received.path(), received.headers(), BODY.replace("prm_1", "prm_2"));

            assertTrue(received.verifiesWith(SECRET));
            assertFalse(received.verifiesWith("whsec_" + "A".repeat(32)));
            assertFalse(tampered.verifiesWith(SECRET));
        }
    }

    @Test
    void aTimestampFromLongAgoDoesNotVerify() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(0, request -> 200)) {
            send(receiver, "msg_3", Instant.now().minus(Duration.ofHours(1)), BODY, SECRET);

            assertFalse(receiver.received().getFirst().verifiesWith(SECRET));
        }
    }

    @Test
    void anAnswererThatFailsLeavesTheRequestUnanswered() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(0, request -> {
            throw new IllegalStateException("no answer");
        })) {
            assertThrows(IOException.class, () -> send(receiver, "msg_4", Instant.now(), BODY, SECRET));
            assertEquals(List.of("msg_4"), receiver.received().stream().map(ReceivedWebhook::webhookId).toList());
        }
    }

    @Test
    void demoLineNamesTypeBrandAndDataAndMarksARepeat() {
        ReceivedWebhook request = new ReceivedWebhook(Instant.now(), "/webhooks", Map.of(), BODY);

        assertEquals("webhook  gap.opened               brand brd_1  {\"promiseId\":\"prm_1\"}", DemoReceiver.line(request, false));
        assertTrue(DemoReceiver.line(request, true).endsWith("(sent again: same webhook-id)"));
    }

    private HttpResponse<Void> send(WebhookReceiver receiver, String id, Instant at, String body, String secret) throws Exception {
        long timestamp = at.getEpochSecond();
        return http.send(HttpRequest.newBuilder(URI.create(receiver.url("/hooks")))
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", new Webhook(secret).sign(id, timestamp, body))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
