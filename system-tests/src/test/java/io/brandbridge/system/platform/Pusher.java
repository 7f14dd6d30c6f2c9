package io.brandbridge.system.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An integrator that pushes NDJSON batches and retries each batch, with the same externalIds, until
 * the platform acknowledges it, the way a careful integrator behaves while services crash.
 */
public final class Pusher {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String url;
    private final String apiKey;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong retries = new AtomicLong();

    public Pusher(String gatewayUrl, String apiKey, String touchpointId) {
        this.url = gatewayUrl + "/api/v1/touchpoints/" + touchpointId + "/interactions";
        this.apiKey = apiKey;
    }

    /** The externalIds of a batch: {@code prefix-<batch>-<row>}. */
    public static List<String> externalIds(String prefix, int batch, int size) {
        return IntStream.range(0, size).mapToObj(row -> prefix + "-" + batch + "-" + row).toList();
    }

    public static String ndjson(List<String> externalIds, Instant at) {
        return externalIds.stream()
                .map(id -> "{\"externalId\":\"" + id + "\",\"occurredAt\":\"" + at + "\",\"metrics\":{\"wait_seconds\":" + (id.hashCode() & 127)
                        + ",\"answered\":true,\"handle_seconds\":" + (60 + (id.hashCode() & 255)) + "}}")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Pushes one batch until it is acknowledged (every row accepted or a duplicate) or the deadline passes. */
    public void pushUntilAcknowledged(List<String> externalIds, Instant at, Duration patience) {
        String body = ndjson(externalIds, at);
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + apiKey)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && stored(response.body()) == externalIds.size()) {
                    acknowledged.addAll(externalIds);
                    return;
                }
                if (response.statusCode() < 500 && response.statusCode() != 429) {
                    throw new IllegalStateException("batch refused with " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException e) {
                // The service died mid-request: nothing is known about this batch, so send it again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            retries.incrementAndGet();
            ServiceProcess.sleep(200);
        }
        throw new IllegalStateException("batch not acknowledged within " + patience);
    }

    /** accepted + duplicates from an ingest report. */
    private static long stored(String report) {
        return number(report, "accepted") + number(report, "duplicates");
    }

    private static long number(String json, String field) {
        int at = json.indexOf("\"" + field + "\"");
        if (at < 0) {
            return -1;
        }
        int start = json.indexOf(':', at) + 1;
        int end = start;
        while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == ' ')) {
            end++;
        }
        return Long.parseLong(json.substring(start, end).trim());
    }

    public Set<String> acknowledged() {
        return acknowledged;
    }

    public long retries() {
        return retries.get();
    }
}
