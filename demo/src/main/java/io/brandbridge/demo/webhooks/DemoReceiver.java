package io.brandbridge.demo.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brandbridge.demo.BrandbridgeApi;
import io.brandbridge.demo.DemoSeeder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The demo's webhook receiver: listens on 127.0.0.1, subscribes itself to every event of the demo brand through the
 * gateway, asks for a test ping, and prints one line for each delivery whose signature verifies (401 for one that does
 * not). Usage: {@code DemoReceiver <gatewayUrl> <adminKey> <secretFile> [port]} (port 8090).
 */
public final class DemoReceiver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DATA_LINE = 160;

    private DemoReceiver() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: DemoReceiver <gatewayUrl> <adminKey> <secretFile> [port]");
            System.exit(2);
        }
        BrandbridgeApi admin = new BrandbridgeApi(args[0], args[1]);
        int port = args.length == 4 ? Integer.parseInt(args[3]) : 8090;
        String brandId = new DemoSeeder(admin).existingBrand()
                .orElseThrow(() -> new IllegalStateException("No demo brand yet: run scripts/demo.sh first"));
        // A delivery may arrive before the subscription's answer does; it waits for the secret.
        CompletableFuture<String> secret = new CompletableFuture<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        WebhookReceiver receiver = WebhookReceiver.start(port, request -> {
            if (!request.verifiesWith(secret.get(30, TimeUnit.SECONDS))) {
                System.out.printf("webhook  refused a delivery whose signature does not verify (webhook-id %s)%n", request.webhookId());
                return 401;
            }
            System.out.println(line(request, !seen.add(request.webhookId())));
            return 200;
        });
        String url = receiver.url("/webhooks");
        DemoSubscription subscription;
        try {
            subscription = DemoSubscription.ensure(admin, brandId, url, Path.of(args[2]));
            secret.complete(subscription.secret());
            admin.post("/api/v1/alignment/brands/" + brandId + "/webhooks/" + subscription.webhookId() + "/test", Map.of());
        } catch (BrandbridgeApi.ApiException | UncheckedIOException e) {
            receiver.close();
            System.err.println("The webhook receiver could not subscribe to the demo brand: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.printf("Webhook receiver on %s, subscribed to every event of the demo brand as %s (secret in %s); a test ping is on its way.%n",
                url, subscription.webhookId(), args[2]);
        new CountDownLatch(1).await();
    }

    /** {@code webhook  <type>  brand <id>  <data as one line>}, marked when the same webhook-id came before. */
    static String line(ReceivedWebhook request, boolean again) {
        JsonNode event;
        try {
            event = JSON.readTree(request.body());
        } catch (IOException e) {
            return "webhook  a signed delivery whose body is not JSON (webhook-id " + request.webhookId() + ")";
        }
        String data = event.path("data").toString();
        if (data.length() > DATA_LINE) {
            data = data.substring(0, DATA_LINE - 1) + "…";
        }
        return String.format("webhook  %-24s brand %s  %s%s", event.path("type").asText(), event.path("brandId").asText(), data,
                again ? "  (sent again: same webhook-id)" : "");
    }
}
