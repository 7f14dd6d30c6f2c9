package io.brandbridge.system.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Sends requests to one base URL as one API key (or none), and never throws for an error status. */
final class Caller {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final Map<String, String> headers;

    Caller(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    static Caller withKey(String baseUrl, String key) {
        return new Caller(baseUrl, key == null ? Map.of() : Map.of("Authorization", "Bearer " + key));
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer delete(String path) {
        return send("DELETE", path, null, null);
    }

    Answer post(String path, Object body) {
        return send("POST", path, "application/json", json(body));
    }

    Answer put(String path, Object body) {
        return send("PUT", path, "application/json", json(body));
    }

    Answer send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        // A write to an existing versioned resource needs If-Match; "*" states that any version will do.
        if (method.equals("PUT") || method.equals("DELETE")) {
            request.header("If-Match", "*");
        }
        String call = method + " " + path;
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(call, response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(call + " was interrupted", e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }

    static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
