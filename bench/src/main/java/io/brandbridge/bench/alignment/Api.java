package io.brandbridge.bench.alignment;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls a service as the gateway would: with an internal token minted for the caller, signed with the shared secret. */
final class Api implements AutoCloseable {

    private static final String PREFIX = "/api/v1/";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final ApplicationContext context;
    private final InternalTokens tokens;

    Api(String secret) {
        this.context = ApplicationContext.run(Map.of("brandbridge.internal-token.secret", secret, "brandbridge.internal-token.ttl", "30m",
                "micronaut.server.enabled", "false"));
        // Reads go to alignment-service directly, with the token the gateway would forward.
        this.tokens = context.getBean(InternalTokens.class).issuedAs("gateway");
    }

    String token(Role role) {
        return tokenFor("alignment-service", role);
    }

    /** A token {@code audience} accepts: each service takes only tokens minted for it. */
    String tokenFor(String audience, Role role) {
        return tokens.mint(new Caller("bench-" + role.name().toLowerCase(), Set.of(role), Set.of(), true), audience);
    }

    /** A token scoped to one brand, as a partner's would be. */
    String token(Role role, String brandId) {
        return tokens.mint(new Caller("bench-" + role.name().toLowerCase(), Set.of(role), Set.of(brandId), false), "alignment-service");
    }

    HttpResponse<String> send(String method, String url, String body, String contentType, Role role, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(method, url, body, contentType, tokenFor(audience(url), role), headers);
    }

    /** The service a URL's path is for, by its first segment under /api/v1 as the gateway routes it. */
    static String audience(String url) {
        String path = URI.create(url).getPath();
        String segment = path.startsWith(PREFIX) ? path.substring(PREFIX.length()).split("/", 2)[0] : "";
        return switch (segment) {
            case "brands", "promises", "metrics" -> "promise-service";
            case "touchpoints", "stats" -> "touchpoint-service";
            default -> "alignment-service";
        };
    }

    HttpResponse<String> send(String method, String url, String body, String contentType, String token, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
                .header(InternalTokens.HEADER, token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    HttpClient http() {
        return http;
    }

    static String id(String json) {
        return match(ID, json);
    }

    static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return m.group(1);
    }

    @Override
    public void close() {
        http.close();
        context.close();
    }
}
