package io.brandbridge.touchpoint.support;

import io.brandbridge.defaults.security.Caller;
import io.micronaut.http.HttpRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Registers standing predicates and waits for their backfills. */
public final class Predicates {

    private Predicates() {
    }

    public static Map<String, Object> attainment(String metric, String op, double threshold) {
        return Map.of("metric", metric, "op", op, "threshold", threshold);
    }

    public static Map<String, Object> pair(Map<String, Object> a, Map<String, Object> b) {
        return Map.of("a", a, "b", b);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> register(Api api, Caller caller, List<String> touchpointIds, List<Map<String, Object>> attainment,
                                                     List<Map<String, Object>> pairs) {
        Map<String, Object> answer = api.body(caller, HttpRequest.POST("/api/v1/stats/predicates",
                Map.of("touchpointIds", touchpointIds, "attainment", attainment, "pairs", pairs)));
        return (List<Map<String, Object>>) answer.get("predicates");
    }

    /** Waits until the predicate is READY at every touchpoint the caller sees it at. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> awaitReady(Api api, Caller caller, String predicateId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Map<String, Object> predicate = api.body(caller, HttpRequest.GET("/api/v1/stats/predicates/" + predicateId));
            List<Map<String, Object>> touchpoints = (List<Map<String, Object>>) predicate.get("touchpoints");
            if (touchpoints.stream().allMatch(t -> "READY".equals(t.get("state")))) {
                return predicate;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Backfill did not finish: " + predicate);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
