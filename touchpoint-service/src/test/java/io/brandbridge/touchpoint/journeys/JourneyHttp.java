package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.HttpRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Journey questions over HTTP for the tests. */
final class JourneyHttp {

    private JourneyHttp() {
    }

    static Map<String, Object> handoffs(Api api, Caller caller, List<String> touchpointIds, Instant from, Instant to) {
        return api.body(caller, HttpRequest.POST("/api/v1/stats/handoffs",
                Map.of("touchpointIds", touchpointIds, "from", from.toString(), "to", to.toString())));
    }
}
