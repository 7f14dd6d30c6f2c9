package io.brandbridge.alignment.webhooks.delivery;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import io.brandbridge.alignment.webhooks.store.SubscriptionEntity;

import java.time.Instant;

/**
 * The webhook-signature header of the Standard Webhooks specification: {@code v1,} and the base64 HMAC-SHA256 of
 * {@code id.timestamp.body}. After a rotation the previous secret signs too until its overlap ends, space-separated,
 * so receivers can switch secrets without losing a delivery.
 */
public final class Signatures {

    private Signatures() {
    }

    public static String header(SubscriptionEntity subscription, String messageId, long timestampSeconds, String body, Instant now) {
        String current = sign(subscription.secret(), messageId, timestampSeconds, body);
        Instant until = subscription.previousSecretUntil();
        if (subscription.previousSecret() != null && until != null && now.isBefore(until)) {
            return current + " " + sign(subscription.previousSecret(), messageId, timestampSeconds, body);
        }
        return current;
    }

    private static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            return new Webhook(secret).sign(messageId, timestampSeconds, body);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("A stored signing secret could not sign", e);
        }
    }
}
