package io.brandbridge.bench.ingest;

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

/**
 * Calls touchpoint-service as the gateway would (an internal token for the caller) or, with an admin
 * key, through the gateway itself with an API key the bench creates for itself.
 */
final class BenchApi implements AutoCloseable {

    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final String target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final ApplicationContext context;
    private final InternalTokens tokens;
    private final String apiKey;

    private BenchApi(String target, ApplicationContext context, String apiKey) {
        this.target = target;
        this.context = context;
        this.tokens = context == null ? null : context.getBean(InternalTokens.class);
        this.apiKey = apiKey;
    }

    static BenchApi direct(String target, String secret) {
        return new BenchApi(target, ApplicationContext.run(Map.of(
                "brandbridge.internal-token.secret", secret, "brandbridge.internal-token.ttl", "10m")), null);
    }

    static BenchApi throughGateway(String gateway, String adminKey) throws IOException, InterruptedException {
        BenchApi admin = new BenchApi(gateway, null, adminKey);
        HttpResponse<String> created = admin.send("POST", "/api/v1/admin/clients",
                "{\"name\":\"bench-ingest\",\"roles\":[\"ADMIN\"],\"allBrands\":true,\"rateLimit\":{\"requestsPerSecond\":1000000,\"burst\":1000000}}",
                "application/json", null, null);
        return new BenchApi(gateway, null, match(KEY, expect(201, created)));
    }

    String createTouchpoint(String brandId, String name, String region) throws IOException, InterruptedException {
        String body = "{\"type\":\"CALL_CENTRE\",\"name\":\"" + name + "\",\"owner\":\"Customer Operations\",\"region\":\"" + region + "\",\"timeZone\":\"UTC\"}";
        return match(ID, expect(201, send("POST", "/api/v1/touchpoints?brandId=" + brandId, body, "application/json", Role.OPERATIONS, brandId)));
    }

    /** Creates a mapping profile of the touchpoint from its JSON. */
    void createMappingProfile(String touchpointId, String json, String brandId) throws IOException, InterruptedException {
        expect(201, send("POST", "/api/v1/touchpoints/" + touchpointId + "/mappings", json, "application/json", Role.INTEGRATOR, brandId));
    }

    /** Pushes one batch to {@code touchpointId + "/interactions"} and any query; answers the response body after checking the status. */
    String push(String touchpointPath, byte[] body, String contentType, String brandId) throws IOException, InterruptedException {
        HttpRequest request = request("/api/v1/touchpoints/" + touchpointPath, contentType, Role.INTEGRATOR, brandId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return expect(200, http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    String stats(String path, String json) throws IOException, InterruptedException {
        return expect(200, send("POST", path, json, "application/json", Role.SERVICE, null));
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, Role role, String brandId)
            throws IOException, InterruptedException {
        HttpRequest request = request(path, contentType, role, brandId).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String contentType, Role role, String brandId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target + path)).timeout(Duration.ofMinutes(5)).header("Content-Type", contentType);
        if (tokens != null) {
            // As alignment-service or the gateway would call touchpoint-service.
            String token = role == Role.SERVICE
                    ? tokens.issuedAs("alignment-service").mint(Caller.service("alignment-service"), "touchpoint-service")
                    : tokens.issuedAs("gateway").mint(new Caller("bench-" + role.name().toLowerCase(), Set.of(role), Set.of(brandId), false),
                            "touchpoint-service");
            builder.header(InternalTokens.HEADER, token);
        } else {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder;
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
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
        if (context != null) {
            context.close();
        }
    }
}
