package io.brandbridge.demo.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.brandbridge.demo.BrandbridgeApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo brand's subscription for a receiver URL, and the secret it signs with. A secret is shown only when it is
 * made, so it is kept in a file: a later run finds the subscription and reads the file, or rotates the secret when the
 * file is gone.
 */
public record DemoSubscription(String webhookId, String secret) {

    /** Every event type a subscription can take (ping is sent to all of them on request). */
    public static final List<String> EVENT_TYPES = List.of("promise.status_changed", "commitment.burn_alert", "gap.opened", "gap.closed",
            "conflict.detected", "handoff.degraded", "alignment.stale", "alignment.recovered");

    /** Finds or creates the subscription of {@code url} to every event of {@code brandId}, keeping its secret in {@code secretFile}. */
    public static DemoSubscription ensure(BrandbridgeApi admin, String brandId, String url, Path secretFile) {
        String webhooks = "/api/v1/alignment/brands/" + brandId + "/webhooks";
        Optional<String> existing = find(admin, webhooks, url);
        if (existing.isPresent() && Files.isReadable(secretFile)) {
            return new DemoSubscription(existing.get(), read(secretFile));
        }
        JsonNode made = existing.isPresent()
                ? admin.post(webhooks + "/" + existing.get() + "/rotate-secret", Map.of())
                : admin.post(webhooks, Map.of("url", url, "events", EVENT_TYPES, "description", "Demo receiver started by run.sh"));
        DemoSubscription subscription = new DemoSubscription(made.path("webhook").path("id").asText(), made.path("secret").asText());
        write(secretFile, subscription.secret());
        return subscription;
    }

    private static Optional<String> find(BrandbridgeApi admin, String webhooks, String url) {
        String cursor = null;
        do {
            JsonNode page = admin.get(webhooks + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode webhook : page.path("items")) {
                if (url.equals(webhook.path("url").asText())) {
                    return Optional.of(webhook.path("id").asText());
                }
            }
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String secret) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            // Only this user may read the secret that vouches for every delivery.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
