package io.brandbridge.gateway.routing;

import io.micronaut.http.MutableHttpHeaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Headers that describe one connection, not the message (RFC 9110 7.6.1). A proxy must not pass them
 * on: a client's {@code Upgrade: h2c} forwarded to a service turns the pooled connection into a
 * half-upgraded one that the next request finds broken.
 */
final class HopByHopHeaders {

    // Transfer-Encoding and Content-Length are left to the HTTP client: they frame the body it sends.
    private static final List<String> ALWAYS = List.of("Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Upgrade",
            "HTTP2-Settings", "Proxy-Authenticate", "Proxy-Authorization");

    private HopByHopHeaders() {
    }

    static void strip(MutableHttpHeaders headers) {
        List<String> named = new ArrayList<>();
        for (String value : headers.getAll("Connection")) {
            for (String token : value.split(",")) {
                String name = token.trim();
                if (!name.isEmpty() && !isFraming(name)) {
                    named.add(name);
                }
            }
        }
        ALWAYS.forEach(headers::remove);
        named.forEach(headers::remove);
    }

    private static boolean isFraming(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("content-length") || lower.equals("transfer-encoding");
    }
}
