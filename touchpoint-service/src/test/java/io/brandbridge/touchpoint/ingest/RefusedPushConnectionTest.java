package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.testing.RawHttp;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A push refused before its body is read (unknown touchpoint, malformed JSON) still reads the body, so
 * the client's next request on the same keep-alive connection is answered and not taken for body bytes.
 */
@MicronautTest
class RefusedPushConnectionTest {

    private static final int BODY = 1_100_000;
    private static final int FIRST_PART = 64 * 1024;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    EmbeddedServer server;

    Caller integrator;
    String touchpoint;

    @BeforeEach
    void setUp() {
        String brand = Api.newBrand();
        integrator = Api.integrator(brand);
        touchpoint = new Api(client, tokens).createTouchpoint(brand);
    }

    @Test
    void anUnknownTouchpointAnswers404AndTheConnectionServesTheNextRequest() throws IOException {
        assertRefusedThenNextAnswered("/api/v1/touchpoints/tp_00000000000000000000/interactions", "application/x-ndjson", "HTTP/1.1 404");
    }

    @Test
    void malformedJsonAnswers400AndTheConnectionServesTheNextRequest() throws IOException {
        assertRefusedThenNextAnswered("/api/v1/touchpoints/" + touchpoint + "/interactions", "application/json", "HTTP/1.1 400");
    }

    private void assertRefusedThenNextAnswered(String path, String contentType, String expectedStatus) throws IOException {
        String token = TestCallers.token(tokens, integrator);
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + InternalTokens.HEADER + ": " + token + "\r\nContent-Type: "
                    + contentType + "\r\nContent-Length: " + BODY + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(garbage(FIRST_PART));
            out.flush();
            // The service has seen enough to refuse; the rest of the body follows as a client would send it.
            pause();
            out.write(garbage(BODY - FIRST_PART));
            out.flush();
            String refused = RawHttp.readResponse(in);
            assertTrue(refused.startsWith(expectedStatus), refused);

            out.write(("GET /api/v1/touchpoints/" + touchpoint + " HTTP/1.1\r\nHost: localhost\r\n" + InternalTokens.HEADER + ": " + token
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String next = RawHttp.readResponse(in);
            assertTrue(next.startsWith("HTTP/1.1 200"), next);
            assertTrue(next.contains(touchpoint), next);
        }
    }

    private static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
