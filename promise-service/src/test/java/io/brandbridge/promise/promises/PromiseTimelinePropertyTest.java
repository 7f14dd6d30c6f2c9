package io.brandbridge.promise.promises;

import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.promise.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random lifecycles (create, activate, edit, retire, with random effectiveFrom that the service accepts or
 * refuses, while the clock moves on) never leave two versions of a promise in force at one instant, and
 * in-force?at= at random instants answers exactly what a brute-force scan of every promise's /versions says.
 */
@MicronautTest
@Property(name = "test.mutable-clock", value = "true")
class PromiseTimelinePropertyTest {

    private static final long SEED = 20261213L;
    private static final int BRANDS = 4;
    private static final int STEPS = 40;
    private static final int INSTANTS_PER_CHECK = 6;
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Set<Integer> REFUSALS = Set.of(409, 422);

    /** A version's effective period as /versions shows it; {@code to} null while open. */
    private record Period(String promiseId, int version, Instant from, Instant to) {
        boolean covers(Instant at) {
            return !from.isAfter(at) && (to == null || at.isBefore(to));
        }
    }

    @Inject
    Api api;

    @Inject
    MutableClock clock;

    @Test
    void randomLifecyclesNeverOverlapAndInForceAnswersWhatTheVersionsSay() {
        Random random = new Random(SEED);
        clock.set(START);
        int accepted = 0;
        int refused = 0;
        for (int b = 0; b < BRANDS; b++) {
            String brandId = api.createBrand();
            List<String> promises = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                String where = "seed " + SEED + ", brand " + b + ", step " + step;
                List<String> open = promises.stream().filter(id -> !"RETIRED".equals(api.getPromise(id).body().get("status"))).toList();
                if (open.isEmpty() || random.nextInt(8) == 0) {
                    promises.add(api.createPromise(brandId));
                    open = List.of(promises.getLast());
                }
                // Mostly promises still open to change; now and then a retired one, which refuses everything.
                List<String> candidates = random.nextInt(10) == 0 ? promises : open;
                if (act(random, candidates.get(random.nextInt(candidates.size())), where)) {
                    accepted++;
                } else {
                    refused++;
                }
                check(random, brandId, promises, where);
                clock.advance(randomAdvance(random));
            }
        }
        // The sequences must exercise both sides of every rule, or the property says little.
        assertTrue(accepted > BRANDS * STEPS / 3, "accepted " + accepted);
        assertTrue(refused > BRANDS * STEPS / 10, "refused " + refused);
    }

    /** One random action; answers whether it was accepted. A refusal must be 409 or 422 and change nothing. */
    private boolean act(Random random, String promiseId, String where) {
        List<Map<String, Object>> before = versions(promiseId);
        String etag = api.etagOf(promiseId);
        String effectiveFrom = randomEffectiveFrom(random, before);
        // Drafts are mostly activated and active promises mostly edited; the other actions stay possible.
        boolean draft = "DRAFT".equals(before.getLast().get("status"));
        int choice = random.nextInt(20);
        String query = effectiveFrom == null ? "" : "?effectiveFrom=" + effectiveFrom;
        MutableHttpRequest<?> request;
        String action;
        if (draft ? choice < 14 : choice < 2) {
            action = "activate" + query;
            request = HttpRequest.POST("/api/v1/promises/" + promiseId + "/activate" + query, "");
        } else if (choice < 19) {
            action = "edit" + query;
            Map<String, Object> body = Api.promiseBody();
            body.put("title", "Edit " + random.nextInt(1_000_000));
            Api.set(body, "/commitments/0/threshold", 30 + random.nextInt(60));
            request = HttpRequest.PUT("/api/v1/promises/" + promiseId + query, body).header(HttpHeaders.IF_MATCH, etag);
        } else {
            action = "retire";
            request = HttpRequest.POST("/api/v1/promises/" + promiseId + "/retire", "");
        }
        String context = where + ", " + action + " at " + clock.instant() + " on " + before;
        try {
            Map<String, Object> answer = api.call(request).body();
            if (effectiveFrom != null && "ACTIVE".equals(answer.get("status"))) {
                assertEquals(Instant.parse(effectiveFrom).toString(), answer.get("effectiveFrom"), context);
            }
            return true;
        } catch (HttpClientResponseException e) {
            assertTrue(REFUSALS.contains(e.getStatus().getCode()), context + " answered " + e.getStatus().getCode()
                    + " " + e.getResponse().getBody(String.class).orElse(""));
            assertEquals(before, versions(promiseId), context + " changed versions although refused");
            return false;
        }
    }

    private void check(Random random, String brandId, List<String> promises, String where) {
        List<Period> periods = new ArrayList<>();
        for (String promiseId : promises) {
            List<Period> own = periods(promiseId, versions(promiseId));
            for (int i = 0; i < own.size(); i++) {
                for (int j = i + 1; j < own.size(); j++) {
                    assertFalse(overlap(own.get(i), own.get(j)), where + ": " + own.get(i) + " overlaps " + own.get(j));
                }
                if (i + 1 < own.size() && own.get(i + 1).version() == own.get(i).version() + 1) {
                    assertEquals(own.get(i + 1).from(), own.get(i).to(), where + ": " + own.get(i) + " ends where the next begins");
                }
            }
            periods.addAll(own);
        }
        List<Instant> instants = new ArrayList<>();
        for (Period p : periods) {
            instants.add(p.from());
            instants.add(p.from().minusSeconds(1));
            if (p.to() != null) {
                instants.add(p.to());
                instants.add(p.to().minusSeconds(1));
            }
        }
        for (int i = 0; i < INSTANTS_PER_CHECK; i++) {
            Instant at = i % 2 == 0 && !instants.isEmpty() ? instants.get(random.nextInt(instants.size()))
                    : clock.instant().plusSeconds(random.nextLong(-400L * 86_400, 400L * 86_400));
            List<String> expected = periods.stream().filter(p -> p.covers(at)).map(p -> p.promiseId() + "@" + p.version())
                    .sorted().toList();
            assertEquals(expected, inForce(brandId, at), where + " at " + at + " with " + periods);
        }
    }

    private static boolean overlap(Period a, Period b) {
        Instant start = a.from().isAfter(b.from()) ? a.from() : b.from();
        Instant endA = a.to() == null ? Instant.MAX : a.to();
        Instant endB = b.to() == null ? Instant.MAX : b.to();
        return start.isBefore(endA.isBefore(endB) ? endA : endB);
    }

    /** Versions that ever took effect: ACTIVE or RETIRED with a start. */
    private static List<Period> periods(String promiseId, List<Map<String, Object>> versions) {
        return versions.stream()
                .filter(v -> !"DRAFT".equals(v.get("status")) && v.get("effectiveFrom") != null)
                .map(v -> new Period(promiseId, (Integer) v.get("version"), Instant.parse((String) v.get("effectiveFrom")),
                        v.get("effectiveTo") == null ? null : Instant.parse((String) v.get("effectiveTo"))))
                .toList();
    }

    /**
     * Null (now) a quarter of the time; a second around an existing start a quarter (the rule's edge); otherwise
     * anywhere within 300 days of now, and now and then outside the bounds.
     */
    private String randomEffectiveFrom(Random random, List<Map<String, Object>> versions) {
        int kind = random.nextInt(20);
        List<Object> starts = versions.stream().map(v -> v.get("effectiveFrom")).filter(s -> s != null).toList();
        if (kind < 5) {
            return null;
        }
        if (kind < 10 && !starts.isEmpty()) {
            Instant start = Instant.parse((String) starts.get(random.nextInt(starts.size())));
            return start.plusSeconds(random.nextInt(3) - 1).toString();
        }
        if (kind == 10) {
            return "1999-12-31T00:00:00Z";
        }
        return clock.instant().plusSeconds(random.nextLong(-300L * 86_400, 300L * 86_400)).toString();
    }

    /** Mostly hours to weeks, sometimes nothing at all, so that edits land in the second of the one before. */
    private static Duration randomAdvance(Random random) {
        return random.nextInt(6) == 0 ? Duration.ZERO : Duration.ofSeconds(random.nextLong(1, 30L * 86_400));
    }

    private List<Map<String, Object>> versions(String promiseId) {
        return PromiseControllerTest.items(api.call(HttpRequest.GET("/api/v1/promises/" + promiseId + "/versions?limit=200")).body());
    }

    private List<String> inForce(String brandId, Instant at) {
        return PromiseControllerTest.items(api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises/in-force?at=" + at)).body())
                .stream().map(p -> p.get("id") + "@" + p.get("version")).sorted().toList();
    }
}
