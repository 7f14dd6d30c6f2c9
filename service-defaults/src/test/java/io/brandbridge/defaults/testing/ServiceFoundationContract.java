package io.brandbridge.defaults.testing;

import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service promises before any feature: health with the database in readiness, metrics,
 * its OpenAPI document and a working Swagger UI, no {@code /api} access without an internal token, and
 * (where nothing streams) no answer before the request's body is in.
 * Each service runs it with a one-line subclass.
 */
public abstract class ServiceFoundationContract {

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected InternalTokens tokens;

    @Inject
    protected EmbeddedServer server;

    /** The file name of the service's generated OpenAPI document, e.g. {@code promise-service.yml}. */
    protected abstract String openApiFile();

    @Test
    void healthIsUpAndReadinessIncludesTheDatabase() {
        HttpResponse<Map<String, Object>> readiness = client.toBlocking().exchange(HttpRequest.GET("/health/readiness"), Argument.mapOf(String.class, Object.class));
        assertEquals(200, readiness.code());
        Map<String, Object> body = readiness.body();
        assertEquals("UP", body.get("status"));
        assertTrue(((Map<?, ?>) body.get("details")).containsKey("jdbc"), "readiness reports the database: " + body);
        assertEquals(200, client.toBlocking().exchange(HttpRequest.GET("/health/liveness"), String.class).code());
        assertEquals(200, client.toBlocking().exchange(HttpRequest.GET("/health"), String.class).code());
    }

    @Test
    void prometheusMetricsAreServed() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/prometheus"), String.class);
        assertEquals(200, response.code());
        assertTrue(response.body().contains("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServedLocally() {
        HttpResponse<String> spec = client.toBlocking().exchange(HttpRequest.GET("/swagger/" + openApiFile()), String.class);
        assertEquals(200, spec.code());
        assertTrue(spec.body().startsWith("openapi: 3"), spec.body().substring(0, Math.min(80, spec.body().length())));
        HttpResponse<String> ui = client.toBlocking().exchange(HttpRequest.GET("/swagger-ui/index.html"), String.class);
        assertEquals(200, ui.code());
        assertTrue(ui.body().contains("res/swagger-ui-bundle.js"), "the UI loads its assets from this service, not a CDN");
        assertEquals(200, client.toBlocking().exchange(HttpRequest.GET("/swagger-ui/res/swagger-ui-bundle.js"), String.class).code());
    }

    /** False for a service that streams some bodies, and so must route before the body is in. */
    protected boolean readsBodiesWhole() {
        return true;
    }

    @Test
    void aRefusedRequestIsAnsweredOnlyOnceItsBodyIsInAndTheConnectionServesTheNext() throws IOException {
        Assumptions.assumeTrue(readsBodiesWhole());
        int size = 300_000;
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /api/v1/no-such-thing HTTP/1.1\r\nHost: localhost\r\n" + InternalTokens.HEADER + ": "
                    + TestCallers.token(tokens, TestCallers.of(Role.ADMIN)) + "\r\nContent-Type: text/plain\r\nContent-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[size / 4]);
            out.flush();
            // An answer now would reach a caller still sending; proxies then lose the answer or the connection.
            socket.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, in::read, "answered before the body was in");
            out.write(new byte[size - size / 4]);
            out.write("GET /health/liveness HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.setSoTimeout(10_000);
            String refused = RawHttp.readResponse(in);
            assertTrue(refused.startsWith("HTTP/1.1 404"), refused);
            String next = RawHttp.readResponse(in);
            assertTrue(next.startsWith("HTTP/1.1 200"), "the same connection serves the next request: " + next);
        }
    }

    /** The gateway authenticates API keys rather than internal tokens, and tests that separately. */
    protected boolean verifiesInternalToken() {
        return true;
    }

    @Test
    void apiWithoutInternalTokenAnswers401Problem() {
        Assumptions.assumeTrue(verifiesInternalToken());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/anything"), String.class));
        assertEquals(401, e.getStatus().getCode());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }

    @Test
    void unknownApiRouteWithTokenAnswers404Problem() {
        Assumptions.assumeTrue(verifiesInternalToken());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.ADMIN), HttpRequest.GET("/api/v1/no-such-thing")), String.class));
        assertEquals(404, e.getStatus().getCode());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }
}
