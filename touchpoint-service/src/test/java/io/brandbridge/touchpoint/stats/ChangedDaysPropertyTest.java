package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random interactions at random instants, pushed in random batches at random clock times (duplicates,
 * replays and invalid rows among them), then random questions in zones with :30 and :45 offsets: the
 * answer equals a brute force over the stored records, and names the local day of every record stored
 * at or after {@code since}. A caller that passes each watermark back as {@code since} misses no record.
 */
@MicronautTest(transactional = false)
@Property(name = "test.mutable-clock", value = "true")
class ChangedDaysPropertyTest {

    private static final long SEED = 20261103L;
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration LAG = Duration.ofSeconds(60);
    private static final List<String> ZONES = List.of("UTC", "Europe/London", "Asia/Kolkata", "Australia/Eucla", "America/St_Johns",
            "Pacific/Kiritimati", "America/New_York", "Asia/Kathmandu");

    /** A record the service stored, as the brute force sees it. */
    private record Stored(String touchpoint, Instant occurredAt, Instant storedAt) {
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    MutableClock clock;

    Api api;
    Random random;
    final List<String> inScope = new ArrayList<>();
    final Map<String, Caller> integrators = new HashMap<>();
    final Map<String, Set<String>> storedIds = new HashMap<>();
    final List<Stored> stored = new ArrayList<>();
    final List<Instant> pushTimes = new ArrayList<>();
    int nextId;

    @Test
    void answersEqualABruteForceAndNoRecordStoredSinceAWatermarkIsMissed() {
        clock.set(START);
        api = new Api(client, tokens);
        random = new Random(SEED);
        String brand = Api.newBrand();
        String otherBrand = Api.newBrand();
        Caller reader = Api.operations(brand);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String touchpoint = api.createTouchpoint(i < 3 ? brand : otherBrand);
            all.add(touchpoint);
            integrators.put(touchpoint, Api.integrator(i < 3 ? brand : otherBrand));
            storedIds.put(touchpoint, new HashSet<>());
            if (i < 3) {
                inScope.add(touchpoint);
            }
        }
        all.add("tp_unknown");
        Instant loopFrom = START.minus(Duration.ofDays(50));
        Instant watermark = null;
        Instant answeredAt = null;
        int questions = 0;
        for (int round = 0; round < 80; round++) {
            clock.advance(Duration.of(random.nextInt(4) == 0 ? 0 : random.nextLong(120_000_000), ChronoUnit.MICROS));
            push(all.get(random.nextInt(4)));
            if (round % 3 != 2) {
                continue;
            }
            clock.advance(Duration.of(random.nextLong(90_000_000), ChronoUnit.MICROS));
            // The caller's loop: every record stored after the previous answer is in this one.
            String zone = ZONES.get(random.nextInt(ZONES.size()));
            Set<LocalDate> days = ask(reader, all, watermark, loopFrom, zone);
            for (Stored record : stored) {
                if (answeredAt != null && !record.storedAt().isBefore(answeredAt) && inScope.contains(record.touchpoint())) {
                    LocalDate day = LocalDate.ofInstant(record.occurredAt(), ZoneId.of(zone));
                    assertTrue(days.contains(day), () -> record + " stored after the last answer, missing from " + days);
                }
            }
            answeredAt = clock.instant();
            watermark = answeredAt.minus(LAG);
            for (int extra = 0; extra < 4; extra++) {
                randomQuestion(reader, all);
                questions++;
            }
        }
        assertTrue(stored.size() > 500 && questions > 80, stored.size() + " records, " + questions + " questions");
    }

    private void push(String touchpoint) {
        int size = 1 + random.nextInt(40);
        StringBuilder body = new StringBuilder("[");
        Set<String> inBatch = new HashSet<>();
        List<Instant> fresh = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Instant at = occurredAt();
            String id;
            int kind = random.nextInt(20);
            if (kind < 2 && !storedIds.get(touchpoint).isEmpty()) {
                id = List.copyOf(storedIds.get(touchpoint)).get(random.nextInt(storedIds.get(touchpoint).size()));
            } else if (kind == 2 && !inBatch.isEmpty()) {
                id = List.copyOf(inBatch).get(random.nextInt(inBatch.size()));
            } else {
                id = "r-" + nextId++;
            }
            boolean valid = kind != 3;
            body.append(i == 0 ? "" : ",").append("{\"externalId\":\"").append(id).append("\",\"occurredAt\":\"").append(at)
                    .append("\",\"metrics\":{\"handle_seconds\":").append(valid ? "120" : "\"long\"").append("}}");
            if (valid && !storedIds.get(touchpoint).contains(id) && inBatch.add(id)) {
                fresh.add(at);
            } else if (valid) {
                inBatch.add(id);
            }
        }
        Map<String, Object> report = api.push(touchpoint, "application/json", body.append(']').toString(), integrators.get(touchpoint));
        assertEquals(fresh.size(), report.get("accepted"), report::toString);
        Instant now = clock.instant();
        storedIds.get(touchpoint).addAll(inBatch);
        fresh.forEach(at -> stored.add(new Stored(touchpoint, at, now)));
        pushTimes.add(now);
    }

    /** Mostly anywhere in the last 40 days up to 20 hours ahead; sometimes on an hour's first or last microsecond. */
    private Instant occurredAt() {
        Instant now = clock.instant();
        Instant at = now.minus(Duration.ofDays(40)).plus(random.nextLong(Duration.ofDays(40).plusHours(20).toNanos() / 1000), ChronoUnit.MICROS);
        return switch (random.nextInt(6)) {
            case 0 -> at.truncatedTo(ChronoUnit.HOURS);
            case 1 -> at.truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.MICROS);
            default -> at;
        };
    }

    private void randomQuestion(Caller reader, List<String> all) {
        List<String> touchpoints = new ArrayList<>();
        for (String touchpoint : all) {
            if (random.nextInt(3) != 0) {
                touchpoints.add(touchpoint);
            }
        }
        if (touchpoints.isEmpty()) {
            touchpoints.add(all.get(random.nextInt(all.size())));
        }
        Instant since = switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> pushTimes.get(random.nextInt(pushTimes.size()));
            case 2 -> pushTimes.get(random.nextInt(pushTimes.size())).plus(1, ChronoUnit.MICROS);
            case 3 -> pushTimes.get(random.nextInt(pushTimes.size())).minus(1, ChronoUnit.MICROS);
            default -> START.plus(random.nextLong(Duration.between(START, clock.instant()).toNanos() / 1000 + 1), ChronoUnit.MICROS);
        };
        Instant occurredFrom = random.nextBoolean() ? occurredAt() : occurredAt().truncatedTo(ChronoUnit.HOURS).plus(random.nextInt(3600), ChronoUnit.SECONDS);
        String zone = ZONES.get(random.nextInt(ZONES.size()));
        Set<LocalDate> days = ask(reader, touchpoints, since, occurredFrom, zone);
        for (Stored record : stored) {
            if (touchpoints.contains(record.touchpoint()) && inScope.contains(record.touchpoint())
                    && (since == null || !record.storedAt().isBefore(since))
                    && !record.occurredAt().isBefore(occurredFrom.truncatedTo(ChronoUnit.HOURS))) {
                LocalDate day = LocalDate.ofInstant(record.occurredAt(), ZoneId.of(zone));
                assertTrue(days.contains(day), () -> record + " missing from " + days);
            }
        }
    }

    /** Asks, checks the answer against the brute force, and answers its days. */
    @SuppressWarnings("unchecked")
    private Set<LocalDate> ask(Caller reader, List<String> touchpoints, Instant since, Instant occurredFrom, String zone) {
        Map<String, Object> request = new HashMap<>(Map.of("touchpointIds", touchpoints, "occurredFrom", occurredFrom.toString(), "timeZone", zone));
        request.put("since", since == null ? null : since.toString());
        Map<String, Object> answer = api.body(reader, HttpRequest.POST("/api/v1/stats/changes", request));
        List<Map<String, Object>> expected = new ArrayList<>();
        bruteForce(touchpoints, since, occurredFrom, ZoneId.of(zone)).forEach((day, span) -> expected.add(Map.of("day", day.toString(),
                "from", span[0].toString(), "to", span[1].toString(), "changedAt", span[2].toString())));
        assertEquals(expected, answer.get("days"), () -> "for " + request);
        assertEquals(clock.instant().minus(LAG).toString(), answer.get("watermark"));
        assertEquals(since == null ? null : since.toString(), answer.get("since"));
        Set<LocalDate> days = new TreeSet<>();
        ((List<Map<String, Object>>) answer.get("days")).forEach(day -> days.add(LocalDate.parse((String) day.get("day"))));
        return days;
    }

    /**
     * An hour counts when its latest push was at or after {@code since}; it names the local date of each of
     * its minutes and of its last instant, found by walking them rather than by looking at its two ends. Each day
     * spans [first hour's start, last hour's end) of the hours naming it, and its change is the latest push into any
     * of them at the asked touchpoints.
     */
    private TreeMap<LocalDate, Instant[]> bruteForce(List<String> touchpoints, Instant since, Instant occurredFrom, ZoneId zone) {
        Map<String, Instant> lastChange = new HashMap<>();
        for (Stored record : stored) {
            String key = record.touchpoint() + "@" + record.occurredAt().truncatedTo(ChronoUnit.HOURS);
            lastChange.merge(key, record.storedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        TreeMap<LocalDate, Instant[]> days = new TreeMap<>();
        for (Stored record : stored) {
            Instant hour = record.occurredAt().truncatedTo(ChronoUnit.HOURS);
            Instant changed = lastChange.get(record.touchpoint() + "@" + hour);
            if (!touchpoints.contains(record.touchpoint()) || !inScope.contains(record.touchpoint())
                    || (since != null && changed.isBefore(since)) || hour.isBefore(occurredFrom.truncatedTo(ChronoUnit.HOURS))) {
                continue;
            }
            Set<LocalDate> named = new TreeSet<>();
            for (int minute = 0; minute < 60; minute++) {
                named.add(LocalDate.ofInstant(hour.plus(minute, ChronoUnit.MINUTES), zone));
            }
            named.add(LocalDate.ofInstant(hour.plus(1, ChronoUnit.HOURS).minusNanos(1), zone));
            Instant end = hour.plus(1, ChronoUnit.HOURS);
            for (LocalDate day : named) {
                Instant[] span = days.computeIfAbsent(day, d -> new Instant[] {hour, end, changed});
                span[0] = span[0].isBefore(hour) ? span[0] : hour;
                span[1] = span[1].isAfter(end) ? span[1] : end;
                span[2] = span[2].isAfter(changed) ? span[2] : changed;
            }
        }
        return days;
    }
}
