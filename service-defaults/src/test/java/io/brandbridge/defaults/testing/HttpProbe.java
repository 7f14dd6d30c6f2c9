package io.brandbridge.defaults.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain calls to a port on this machine, answering whatever the status, for tests that probe which paths a port serves. */
public final class HttpProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One answer: its status, its content type (empty when none) and its body. */
    public record Answer(int status, String contentType, String body) {
    }

    private HttpProbe() {
    }

    public static Answer call(int port, String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Answer get(int port, String path) {
        return call(port, "GET", path);
    }
}
