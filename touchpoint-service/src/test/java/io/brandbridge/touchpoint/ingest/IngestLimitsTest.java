package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Interactions;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "brandbridge.ingest.max-records", value = "5")
@Property(name = "brandbridge.ingest.chunk-size", value = "2")
@Property(name = "brandbridge.ingest.max-errors", value = "3")
@Property(name = "micronaut.server.max-request-size", value = "8KB")
class IngestLimitsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    EmbeddedServer server;

    Api api;
    String brand;
    Caller integrator;
    String touchpoint;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        integrator = Api.integrator(brand);
        touchpoint = api.createTouchpoint(brand);
    }

    @Test
    void aBatchAtTheRecordLimitIsStored() {
        Map<String, Object> report = api.push(touchpoint, "application/x-ndjson", Interactions.ndjson("ok", 5), integrator);
        assertEquals(5, report.get("accepted"));
    }

    @Test
    void oneRecordOverTheLimitAnswers413AndStoresNothingEvenAfterEarlierChunksWereWritten() {
        for (String type : List.of("application/x-ndjson", "application/json")) {
            String body = type.equals("application/json")
                    ? "[" + Interactions.ndjson("many", 6).strip().replace("\n", ",") + "]"
                    : Interactions.ndjson("many", 6);
            Map<String, Object> problem = api.problem(413, integrator,
                    HttpRequest.POST("/api/v1/touchpoints/" + touchpoint + "/interactions", body).contentType(type));
            assertTrue(problem.get("detail").toString().contains("at most 5 records"), problem.toString());
        }
        assertEquals(List.of(), Interactions.storedIds(api, touchpoint, brand));
    }

    @Test
    void aBodyOverTheSizeLimitAnswers413() {
        String body = Interactions.ndjson("big", 2) + " ".repeat(9 * 1024) + "\n";
        Map<String, Object> problem = api.problem(413, integrator,
                HttpRequest.POST("/api/v1/touchpoints/" + touchpoint + "/interactions", body).contentType("application/x-ndjson"));
        assertEquals(413, problem.get("status"));
        assertEquals(List.of(), Interactions.storedIds(api, touchpoint, brand));
    }

    @Test
    void aStreamedBodyWithoutLengthThatRunsOverTheLimitAnswers413AndStoresNothing() throws Exception {
        byte[] body = (Interactions.ndjson("chunked", 4) + "\n".repeat(9 * 1024) + Interactions.ndjson("late", 1)).getBytes(StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/touchpoints/" + touchpoint + "/interactions"))
                .header("Content-Type", "application/x-ndjson")
                .header(InternalTokens.HEADER, TestCallers.token(tokens, integrator))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        }
        assertEquals(List.of(), Interactions.storedIds(api, touchpoint, brand));
    }

    @Test
    void theErrorListIsCappedWhileTheCountsStayExact() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            body.append(Interactions.json("bad-" + i, "not a time", "{\"csat\":9}")).append('\n');
        }
        Map<String, Object> report = api.push(touchpoint, "application/x-ndjson", body.toString(), integrator);
        assertEquals(5, report.get("received"));
        assertEquals(5, report.get("rejected"));
        assertEquals(3, ((List<?>) report.get("errors")).size());
    }
}
