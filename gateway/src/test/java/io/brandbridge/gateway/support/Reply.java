package io.brandbridge.gateway.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A response as the client saw it, whatever its status. */
public record Reply(int status, HttpHeaders headers, String body, JsonMapper mapper) {

    public String header(String name) {
        return headers.get(name);
    }

    public String contentType() {
        return headers.get(HttpHeaders.CONTENT_TYPE);
    }

    public Map<String, Object> json() {
        try {
            return mapper.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
