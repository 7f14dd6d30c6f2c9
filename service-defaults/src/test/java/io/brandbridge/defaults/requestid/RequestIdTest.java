package io.brandbridge.defaults.requestid;

import io.brandbridge.defaults.security.InternalCall;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "spec.name", value = "RequestIdTest")
class RequestIdTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void offeredIdIsEchoed() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/rid/mdc").header(RequestIds.HEADER, "abc-123"), String.class);
        assertEquals(200, response.code());
        assertEquals("abc-123", response.header(RequestIds.HEADER));
    }

    @Test
    void missingIdIsGenerated() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/rid/mdc"), String.class);
        assertTrue(response.header(RequestIds.HEADER).matches("[0-9a-f-]{36}"), response.header(RequestIds.HEADER));
    }

    @Test
    void unsafeIdIsReplaced() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/rid/mdc").header(RequestIds.HEADER, "x\" onload=alert(1)"), String.class);
        assertNotEquals("x\" onload=alert(1)", response.header(RequestIds.HEADER));
    }

    @Test
    void idReachesTheLogContextOnTheBlockingExecutor() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/rid/mdc").header(RequestIds.HEADER, "log-me-1"), String.class);
        assertEquals("log-me-1", response.body());
    }

    @Test
    void idIsForwardedOnOutboundCalls() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/rid/outbound").header(RequestIds.HEADER, "follow-me-7"), String.class);
        assertEquals("follow-me-7", response.body());
    }

    @Requires(property = "spec.name", value = "RequestIdTest")
    @Client("/")
    @InternalCall
    interface EchoClient {
        @Get("/rid/echo")
        String echo();
    }

    @Requires(property = "spec.name", value = "RequestIdTest")
    @Controller("/rid")
    static class RequestIdStubController {

        private final EchoClient echoClient;

        RequestIdStubController(EchoClient echoClient) {
            this.echoClient = echoClient;
        }

        @Get("/mdc")
        @ExecuteOn(TaskExecutors.BLOCKING)
        String mdc() {
            return MDC.get(RequestIds.MDC_KEY);
        }

        @Get("/outbound")
        @ExecuteOn(TaskExecutors.BLOCKING)
        String outbound() {
            return echoClient.echo();
        }

        @Get("/echo")
        String echo(@Header(RequestIds.HEADER) String id) {
            return id;
        }
    }
}
