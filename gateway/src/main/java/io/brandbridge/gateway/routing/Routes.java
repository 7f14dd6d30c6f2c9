package io.brandbridge.gateway.routing;

import io.micronaut.http.HttpMethod;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DESIGN 3.4: the first path segment under {@code /api/v1} picks the service, but {@code brands/{id}/<a data path>} goes to
 * touchpoint-service; {@code admin} stays in the gateway.
 */
public final class Routes {

    public static final String PREFIX = "/api/v1/";
    public static final String PROMISE_SERVICE = "promise-service";
    public static final String TOUCHPOINT_SERVICE = "touchpoint-service";
    public static final String ALIGNMENT_SERVICE = "alignment-service";
    public static final List<String> SERVICES = List.of(PROMISE_SERVICE, TOUCHPOINT_SERVICE, ALIGNMENT_SERVICE);
    /** Ingestion gets its own policy so a long upload neither waits on nor trips the breaker for touchpoint reads. */
    public static final String INGEST_POLICY = "touchpoint-ingest";
    /** An on-demand recompute may work for up to alignment's respond-within (25 s) before it answers. */
    public static final String RECOMPUTE_POLICY = "alignment-recompute";
    /** Aggregates over long ranges take longer than reads; their own policy keeps both time limits honest. */
    public static final String STATS_POLICY = "touchpoint-stats";

    private static final Map<String, String> SERVICE_BY_SEGMENT = Map.of(
            "brands", PROMISE_SERVICE,
            "promises", PROMISE_SERVICE,
            "metrics", PROMISE_SERVICE,
            "touchpoints", TOUCHPOINT_SERVICE,
            "stats", TOUCHPOINT_SERVICE,
            "alignment", ALIGNMENT_SERVICE);
    /** A brand's paths about interaction data, {@code brands/{id}/<one of these>/...}: touchpoint-service's, not promise-service's. */
    private static final Set<String> TOUCHPOINT_BRAND_PATHS = Set.of("erasure", "erasures", "data-policy", "pseudonym-key");

    private Routes() {
    }

    /** The downstream route for a request, or empty when the gateway answers it itself (admin, unknown paths). */
    public static Optional<Route> resolve(HttpMethod method, String path) {
        String service = serviceFor(path);
        if (service == null) {
            return Optional.empty();
        }
        boolean ingestion = isIngestion(method, path);
        return Optional.of(new Route(service, policyFor(service, method, path, ingestion), ingestion));
    }

    private static String policyFor(String service, HttpMethod method, String path, boolean ingestion) {
        if (ingestion) {
            return INGEST_POLICY;
        }
        if (path.startsWith(PREFIX + "stats/")) {
            return STATS_POLICY;
        }
        if (isRecompute(method, path)) {
            return RECOMPUTE_POLICY;
        }
        return service;
    }

    /** {@code POST /api/v1/alignment/brands/{id}/recompute}. */
    static boolean isRecompute(HttpMethod method, String path) {
        if (method != HttpMethod.POST || !path.startsWith(PREFIX + "alignment/brands/")) {
            return false;
        }
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        return segments.length == 4 && !segments[2].isEmpty() && segments[3].equals("recompute");
    }

    /** The service that owns a path under {@code /api/v1}, or null. */
    public static String serviceFor(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String[] segments = path.substring(PREFIX.length()).split("/", 4);
        if (segments.length >= 3 && segments[0].equals("brands") && TOUCHPOINT_BRAND_PATHS.contains(segments[2])) {
            return TOUCHPOINT_SERVICE;
        }
        return SERVICE_BY_SEGMENT.get(segments[0]);
    }

    /** {@code POST /api/v1/touchpoints/{id}/interactions}: the one route whose bodies may be large and are streamed. */
    public static boolean isIngestion(HttpMethod method, String path) {
        if (method != HttpMethod.POST || !path.startsWith(PREFIX + "touchpoints/")) {
            return false;
        }
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        return segments.length == 3 && !segments[1].isEmpty() && segments[2].equals("interactions");
    }
}
