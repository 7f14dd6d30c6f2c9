package io.brandbridge.promise.promises;

import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.promise.Api;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two updates based on the same ETag, sent at the same moment: exactly one wins, the other gets 412. */
@MicronautTest
class PromiseConcurrencyTest {

    private static final int ROUNDS = 10;

    @Inject
    Api api;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    PromiseVersionRepository versions;

    @Test
    void ofTwoConcurrentDraftEditsWithTheSameETagExactlyOneSucceeds() throws Exception {
        String id = api.createPromise(api.createBrand());
        for (int round = 0; round < ROUNDS; round++) {
            List<Integer> codes = race(id, api.etagOf(id), round);

            assertEquals(List.of(200, 412), codes, "round " + round);
            Map<String, Object> current = api.getPromise(id).body();
            assertEquals(1, current.get("version"));
            String title = (String) current.get("title");
            assertEquals(true, title.equals("round " + round + " by a") || title.equals("round " + round + " by b"), title);
        }
    }

    @Test
    void ofTwoConcurrentEditsOfAnActivePromiseExactlyOneAddsAVersion() throws Exception {
        String id = api.createActivePromise(api.createBrand());
        for (int round = 0; round < ROUNDS; round++) {
            List<Integer> codes = race(id, api.etagOf(id), round);

            assertEquals(List.of(200, 412), codes, "round " + round);
            assertEquals(round + 2, api.getPromise(id).body().get("version"));
        }
        assertEquals(ROUNDS + 1, PromiseControllerTest.items(api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions?limit=200")).body()).size());
    }

    @Test
    void aConditionalUpdateFromAStaleRevisionChangesNoRow() {
        String id = api.createPromise(api.createBrand());
        PromiseVersion row = versions.findCurrent(id).orElseThrow();

        assertEquals(1, versions.updateDraftIfRevision(row.id(), row.revision(), "first", "s", 1));
        assertEquals(0, versions.updateDraftIfRevision(row.id(), row.revision(), "second", "s", 1));
        assertEquals(0, versions.updateLifecycleIfRevision(row.id(), row.revision(), "ACTIVE", null, null));
        assertEquals("first", versions.findById(row.id()).orElseThrow().title());
    }

    /** Both requests wait at a barrier and are released together; answers the sorted status codes. */
    private List<Integer> race(String id, String etag, int round) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String writer : List.of("a", "b")) {
                Map<String, Object> body = Api.promiseBody();
                body.put("title", "round " + round + " by " + writer);
                answers.add(pool.submit(() -> {
                    var request = TestCallers.as(tokens, Api.ANY_BRAND, HttpRequest.PUT("/api/v1/promises/" + id, body)
                            .header(HttpHeaders.IF_MATCH, etag));
                    start.await();
                    try {
                        return client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class)).code();
                    } catch (HttpClientResponseException e) {
                        return e.getStatus().getCode();
                    }
                }));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            return codes.stream().sorted().toList();
        }
    }
}
