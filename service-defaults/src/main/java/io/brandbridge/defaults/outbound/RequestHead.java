package io.brandbridge.defaults.outbound;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The request line and headers of the one HTTP/1.1 POST an outbound call sends. */
final class RequestHead {

    static final String USER_AGENT = "Brandbridge-Webhooks/1";
    // The connection's framing is this class's to write; a caller's copy could split or smuggle a request.
    private static final Set<String> FRAMING = Set.of("host", "content-length", "transfer-encoding", "connection");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VISIBLE = Pattern.compile("[\\t\\x20-\\x7e]*");

    private RequestHead() {
    }

    /**
     * The bytes before the body; a caller's {@code Content-Type} or {@code User-Agent} replaces the default.
     *
     * @throws IllegalArgumentException when a header is not a valid HTTP header or sets the framing
     */
    static byte[] of(OutboundTarget target, Map<String, String> headers, int bodyLength) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("host", "Host: " + hostHeader(target));
        lines.put("content-type", "Content-Type: application/json");
        lines.put("content-length", "Content-Length: " + bodyLength);
        lines.put("connection", "Connection: close");
        lines.put("user-agent", "User-Agent: " + USER_AGENT);
        headers.forEach((name, value) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!TOKEN.matcher(name).matches() || value == null || !VISIBLE.matcher(value).matches()) {
                throw new IllegalArgumentException("not a valid HTTP header: " + name);
            }
            if (FRAMING.contains(key)) {
                throw new IllegalArgumentException(name + " is set by the client itself");
            }
            lines.put(key, name + ": " + value.strip());
        });
        StringBuilder head = new StringBuilder("POST ").append(pathAndQuery(target.uri())).append(" HTTP/1.1\r\n");
        lines.values().forEach(line -> head.append(line).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    static boolean isHttps(OutboundTarget target) {
        String scheme = target.uri().getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("not an http or https URL: " + target.uri());
        }
        return scheme.equals("https");
    }

    private static String hostHeader(OutboundTarget target) {
        int standard = isHttps(target) ? 443 : 80;
        return target.port() == standard ? target.host() : target.host() + ":" + target.port();
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
