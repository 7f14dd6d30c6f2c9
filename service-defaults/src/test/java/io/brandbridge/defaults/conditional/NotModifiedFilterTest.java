package io.brandbridge.defaults.conditional;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "spec.name", value = "NotModifiedFilterTest")
@Property(name = "brandbridge.internal-token.enforced", value = "false")
class NotModifiedFilterTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void aReadNamingTheCurrentTagAnswers304WithTheTagAndNoBody() throws Exception {
        HttpResponse<String> answer = send("GET", "/conditional/tagged", ConditionalStubController.TAG);
        assertEquals(304, answer.statusCode());
        assertEquals(ConditionalStubController.TAG, answer.headers().firstValue("ETag").orElseThrow());
        assertEquals("private, no-cache", answer.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(answer.headers().firstValue("X-Request-Id").isPresent());
        assertEquals("", answer.body());
    }

    @Test
    void aWeakFormOfTheTagOrOneInAListOrAStarAlsoAnswers304() throws Exception {
        assertEquals(304, send("GET", "/conditional/tagged", "W/" + ConditionalStubController.TAG).statusCode());
        assertEquals(304, send("GET", "/conditional/tagged", "\"other\", " + ConditionalStubController.TAG).statusCode());
        assertEquals(304, send("GET", "/conditional/tagged", "*").statusCode());
    }

    @Test
    void anotherTagAnswersTheWholeBody() throws Exception {
        HttpResponse<String> answer = send("GET", "/conditional/tagged", "\"older\"");
        assertEquals(200, answer.statusCode());
        assertEquals(ConditionalStubController.TAG, answer.headers().firstValue("ETag").orElseThrow());
        assertEquals("{\"name\":\"thing\"}", answer.body());
    }

    @Test
    void anAnswerWithoutATagOrAChangeIsNeverTurnedInto304() throws Exception {
        assertEquals(200, send("GET", "/conditional/untagged", "*").statusCode());
        assertEquals(200, send("PUT", "/conditional/tagged", ConditionalStubController.TAG).statusCode());
    }

    private HttpResponse<String> send(String method, String path, String ifNoneMatch) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .method(method, method.equals("PUT") ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json")
                .header("If-None-Match", ifNoneMatch)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
