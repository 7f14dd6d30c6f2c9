package io.brandbridge.gateway.routing;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.StubService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.netty.util.internal.PlatformDependent;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 50 MB NDJSON upload streams through the gateway: the service reads it while it is still being sent, and the gateway holds none of it. */
@MicronautTest
class IngestionStreamingTest extends GatewayTestBase {

    private static final long BODY = 50L * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    @Inject
    EmbeddedServer server;

    @Test
    void fiftyMegabyteNdjsonStreamsWithoutBeingBuffered() throws Exception {
        String key = createClient("integrator-stream", List.of(Role.INTEGRATOR), "brd_1");
        AtomicLong heapGrowth = new AtomicLong(-1);
        AtomicLong directGrowth = new AtomicLong(-1);
        long heapBefore = usedHeapAfterGc();
        long directBefore = PlatformDependent.usedDirectMemory();
        touchpoint.respond("/api/v1/touchpoints/tp_1/interactions", (exchange, caller) -> {
            // The whole body has been read here; a gateway that buffered it would still hold it.
            heapGrowth.set(usedHeapAfterGc() - heapBefore);
            directGrowth.set(PlatformDependent.usedDirectMemory() - directBefore);
            StubService.send(exchange, 200, "application/json", "{\"received\":" + touchpoint.bodyBytes() + "}");
        });
        NdjsonStream body = new NdjsonStream(BODY, touchpoint);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/v1/touchpoints/tp_1/interactions"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"received\":" + body.sent + "}", response.body());
        assertTrue(body.sent >= BODY);
        assertTrue(body.receivedWhenTenMegabytesWereLeft >= 10 * MB,
                "the service had " + body.receivedWhenTenMegabytesWereLeft / MB + " MB before the client sent its last 10 MB");
        assertTrue(heapGrowth.get() < 25 * MB, "heap grew by " + heapGrowth.get() / MB + " MB");
        assertTrue(directGrowth.get() < 25 * MB, "direct memory grew by " + directGrowth.get() / MB + " MB");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** NDJSON interactions generated on the fly, noting how much the service had received when 10 MB were left to send. */
    private static final class NdjsonStream extends InputStream {

        private final long size;
        private final StubService service;
        private byte[] line = new byte[0];
        private int position;
        private long sent;
        private long count;
        private long receivedWhenTenMegabytesWereLeft = -1;

        NdjsonStream(long size, StubService service) {
            this.size = size;
            this.service = service;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (sent >= size && position >= line.length) {
                return -1;
            }
            if (position >= line.length) {
                line = ("{\"externalId\":\"e-" + count++ + "\",\"occurredAt\":\"2026-11-01T00:00:00Z\","
                        + "\"metrics\":{\"wait_seconds\":42,\"answered\":true},\"attributes\":{\"queue\":\"billing\"}}\n")
                        .getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int n = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, n);
            position += n;
            sent += n;
            if (receivedWhenTenMegabytesWereLeft < 0 && sent >= size - 10 * MB) {
                receivedWhenTenMegabytesWereLeft = service.bodyBytes();
            }
            return n;
        }

        @Override
        public void close() throws IOException {
        }
    }
}
