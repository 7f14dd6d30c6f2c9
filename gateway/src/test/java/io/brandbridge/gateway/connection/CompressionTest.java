package io.brandbridge.gateway.connection;

import io.brandbridge.gateway.support.GatewayTestBase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever encodings a client offers, an answer comes as gzip or unencoded, both of which every HTTP tool reads. */
@MicronautTest
class CompressionTest extends GatewayTestBase {

    private static final String LARGE = "/swagger-ui/res/swagger-ui-bundle.js";

    @Inject
    EmbeddedServer server;

    private HttpResponse<byte[]> get(String acceptEncoding) throws IOException, InterruptedException {
        // The JDK client decodes nothing by itself, so the test sees the encoding the gateway chose.
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + LARGE))
                    .header("Accept-Encoding", acceptEncoding).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    @Test
    void aWildcardGetsGzip() throws Exception {
        HttpResponse<byte[]> response = get("*");

        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("gzip"), response.headers().firstValue("Content-Encoding"));
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes());
        assertTrue(body.contains("SwaggerUIBundle"), "decodes as gzip");
    }

    @Test
    void snappyBrotliAndZstdAloneGetNoEncoding() throws Exception {
        HttpResponse<byte[]> response = get("snappy, br, zstd");

        assertEquals(200, response.statusCode());
        assertEquals(Optional.empty(), response.headers().firstValue("Content-Encoding"));
        assertTrue(new String(response.body()).contains("SwaggerUIBundle"));
    }

    @Test
    void gzipRefusedBesideAWildcardGetsNoEncoding() throws Exception {
        HttpResponse<byte[]> response = get("*, gzip;q=0");

        assertEquals(200, response.statusCode());
        assertEquals(Optional.empty(), response.headers().firstValue("Content-Encoding"));
    }

    @Test
    void theWeightsOfTheOfferDecide() {
        assertTrue(AcceptEncodings.acceptsGzip("br;q=1.0, gzip;q=0.5"));
        assertTrue(AcceptEncodings.acceptsGzip("x-gzip"));
        assertEquals(false, AcceptEncodings.acceptsGzip("deflate, *;q=0"));
        assertEquals(false, AcceptEncodings.acceptsGzip("identity"));
    }
}
