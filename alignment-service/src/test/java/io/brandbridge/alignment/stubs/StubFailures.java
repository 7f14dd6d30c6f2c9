package io.brandbridge.alignment.stubs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

import java.util.Map;

/** How a stubbed service misbehaves: late, a 503 problem at once, or the same after hanging past every time limit; malformed answers are each stub's own. */
final class StubFailures {

    private StubFailures() {
    }

    /** The failure to answer in this mode, or null when the stub answers (at once, or late when slow). */
    static HttpResponse<?> answer(StubServices.Mode mode) throws InterruptedException {
        if (mode == StubServices.Mode.UP || mode == StubServices.Mode.MALFORMED) {
            return null;
        }
        if (mode == StubServices.Mode.SLOW) {
            Thread.sleep(800);
            return null;
        }
        if (mode == StubServices.Mode.HANGING) {
            Thread.sleep(5_000);
        }
        if (mode == StubServices.Mode.REFUSING) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType("application/problem+json")
                    .body(Map.of("type", "about:blank", "title", "Unprocessable Entity", "status", 422, "detail", "/from: must be before to"));
        }
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("application/problem+json")
                .body(Map.of("type", "about:blank", "title", "Service Unavailable", "status", 503));
    }

    static HttpResponse<?> notFound() {
        return HttpResponse.status(HttpStatus.NOT_FOUND).contentType("application/problem+json")
                .body(Map.of("type", "https://brandbridge.io/problems/not-found", "title", "Not Found", "status", 404));
    }
}
