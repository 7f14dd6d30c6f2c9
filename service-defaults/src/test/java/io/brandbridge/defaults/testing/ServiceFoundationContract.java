package io.brandbridge.defaults.testing;

import io.brandbridge.defaults.management.ManagementAddress;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service promises before any feature: status-only health on its public port and nothing
 * else of management there; health details with the database, metrics and Prometheus on a loopback
 * management port; its OpenAPI document and a working Swagger UI, no {@code /api} access without an internal token, and
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

    @Inject
    protected ManagementAddress management;

    @Inject
    protected JsonMapper json;

    /** The file name of the service's generated OpenAPI document, e.g. {@code promise-service.yml}. */
    protected abstract String openApiFile();

    /** Every management path Micronaut knows, as a probe would try them; none may answer on the public port. */
    public static final List<String> MANAGEMENT_PATHS = List.of(
            "GET /metrics", "GET /metrics/jvm.memory.used", "GET /prometheus", "GET /threaddump", "GET /routes",
            "GET /beans", "POST /refresh", "GET /env", "GET /env/micronaut", "GET /loggers", "POST /loggers/ROOT",
            "GET /info", "GET /caches", "DELETE /caches", "POST /stop", "GET /health/jdbc", "GET /health/details");

    /** The health paths the public port keeps, for load balancers and the gateway: status only. */
    public static final List<String> PUBLIC_HEALTH_PATHS = List.of("/health", "/health/liveness", "/health/readiness");

    @Test
    void publicHealthShowsTheStatusAndNothingElse() {
        for (String path : PUBLIC_HEALTH_PATHS) {
            HttpProbe.Answer answer = HttpProbe.get(server.getPort(), path);
            assertEquals(200, answer.status(), path);
            assertEquals("application/json", answer.contentType(), path);
            assertEquals("{\"status\":\"UP\"}", answer.body(), path);
        }
    }

    @Test
    void managementPathsAreNotServedOnThePublicPort() {
        for (String call : MANAGEMENT_PATHS) {
            String[] methodAndPath = call.split(" ");
            HttpProbe.Answer answer = HttpProbe.call(server.getPort(), methodAndPath[0], methodAndPath[1]);
            assertTrue(answer.status() == 401 || answer.status() == 404, call + " answered " + answer.status() + ": " + answer.body());
        }
    }

    @Test
    void managementPortShowsHealthDetailsWithTheDatabaseInReadiness() throws Exception {
        HttpProbe.Answer readiness = HttpProbe.get(management.port(), "/health/readiness");
        assertEquals(200, readiness.status(), readiness.body());
        Map<?, ?> body = json.readValue(readiness.body(), Map.class);
        assertEquals("UP", body.get("status"));
        assertTrue(((Map<?, ?>) body.get("details")).containsKey("jdbc"), "readiness reports the database: " + body);
        assertEquals(200, HttpProbe.get(management.port(), "/health/liveness").status());
        assertEquals(200, HttpProbe.get(management.port(), "/health").status());
    }

    @Test
    void managementPortServesMetricsAndPrometheus() {
        HttpProbe.Answer prometheus = HttpProbe.get(management.port(), "/prometheus");
        assertEquals(200, prometheus.status());
        assertTrue(prometheus.body().contains("jvm_memory_used_bytes"), "Prometheus text format");
        HttpProbe.Answer metrics = HttpProbe.get(management.port(), "/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("\"jvm.memory.used\""), metrics.body());
    }

    @Test
    void managementPortServesNoOtherEndpointAndNoApplicationRoute() {
        for (String call : List.of("GET /threaddump", "GET /routes", "GET /beans", "POST /refresh", "GET /env", "GET /loggers",
                "GET /info", "GET /caches", "POST /stop", "GET /swagger-ui/index.html", "GET /swagger/" + openApiFile(), "GET /api/v1/brands")) {
            String[] methodAndPath = call.split(" ");
            HttpProbe.Answer answer = HttpProbe.call(management.port(), methodAndPath[0], methodAndPath[1]);
            assertEquals(404, answer.status(), call + " on the management port: " + answer.body());
        }
    }

    @Test
    void managementPortListensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> outward = outwardAddress();
        Assumptions.assumeTrue(outward.isPresent(), "this machine has no address besides loopback");
        try (Socket publicPort = new Socket(outward.get(), server.getPort())) {
            assertTrue(publicPort.isConnected(), "the public port answers on " + outward.get());
        }
        assertThrows(ConnectException.class, () -> new Socket(outward.get(), management.port()).close(),
                "the management port must not answer on " + outward.get());
    }

    private static Optional<InetAddress> outwardAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> isUp(network))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
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

    @Test
    void anOverlongUriAnswers414Problem() throws IOException {
        String response = RawHttp.exchange(server.getPort(), "GET /health/liveness?pad=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertTrue(response.matches("(?s)HTTP/1\\.[01] 414 .*"), response);
        assertProblem(response, 414);
    }

    @Test
    void oversizedHeaderFieldsAnswer431Problem() throws IOException {
        String response = RawHttp.exchange(server.getPort(), "GET /health/liveness HTTP/1.1\r\nHost: localhost\r\nX-Pad: " + "a".repeat(20_000) + "\r\n\r\n");
        assertTrue(response.matches("(?s)HTTP/1\\.[01] 431 .*"), response);
        assertProblem(response, 431);
    }

    private static void assertProblem(String response, int status) {
        String lower = response.toLowerCase(java.util.Locale.ROOT);
        assertTrue(lower.contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"status\":" + status), response);
        assertFalse(response.contains("Exception"), response);
        assertFalse(response.contains("\"instance\""), "the decoder's placeholder path is not the client's: " + response);
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
