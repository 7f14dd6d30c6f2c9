package io.brandbridge.system.owasp;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One answer from the platform: status, headers and the body, parsed when it is JSON. */
record Answer(String call, int status, HttpHeaders headers, String text, JsonNode json) {

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Asserts the status and, for an error, a problem document of the same status that leaks no internals. */
    Answer expect(int expected) {
        assertEquals(expected, status, () -> call + " answered " + status + ": " + text);
        if (status >= 400) {
            assertProblem();
        }
        return this;
    }

    void assertProblem() {
        assertTrue(header("Content-Type") != null && header("Content-Type").startsWith("application/problem+json"),
                () -> call + " answered " + status + " with " + header("Content-Type") + ": " + text);
        assertEquals(status, json.path("status").asInt(), () -> call + ": " + text);
        assertFalse(text.matches("(?s).*(\\bat [a-z]+\\.[a-z.]+\\(|java\\.|io\\.micronaut|io\\.brandbridge|SQL|Exception).*"),
                () -> call + " leaks internals: " + text);
    }
}
