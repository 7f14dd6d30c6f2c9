package io.brandbridge.demo.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request as it reached a {@link WebhookReceiver}: when it arrived, its path, its headers with lower-cased names (the
 * form Standard Webhooks libraries look them up in) and its body.
 */
public record ReceivedWebhook(Instant arrivedAt, String path, Map<String, List<String>> headers, String body) {

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The webhook-id header: the same on every attempt of one delivery, so receivers deduplicate by it. */
    public String webhookId() {
        return header("webhook-id");
    }

    /** Whether the signature is {@code secret}'s and the timestamp recent, checked by the Standard Webhooks library. */
    public boolean verifiesWith(String secret) {
        try {
            new Webhook(secret).verify(body, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }
}
