package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.alignment.clients.CallGuard;
import io.brandbridge.alignment.clients.DependencyOutage;
import io.brandbridge.alignment.clients.DependencyRefusal;
import io.brandbridge.alignment.stubs.FakeTouchpointService;
import io.brandbridge.alignment.stubs.Interaction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter asks in as many parts as touchpoint-service's limits need and answers as if it had asked once. */
class TouchpointReadsTest {

    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

    @Test
    void sixtyWindowsOverSixHundredTouchpointsAreAskedInFourPartsAndAnsweredAsOne() {
        FakeTouchpointService fake = new FakeTouchpointService();
        List<String> ids = new ArrayList<>();
        for (int t = 0; t < 600; t++) {
            ids.add("tp" + t);
            fake.interactions.add(new Interaction("tp" + t, START.plusSeconds(3_600L * (t % 70)), Map.of("answered", t % 3 == 0 ? 0.0 : 1.0)));
        }
        List<AttainmentBatchQuery.Window> windows = new ArrayList<>();
        for (int w = 0; w < 60; w++) {
            windows.add(new AttainmentBatchQuery.Window(START.plusSeconds(3_600L * w), START.plusSeconds(3_600L * (w + 10)), w % 2 == 0 ? "HOUR" : null));
        }
        CallGuard guard = new CallGuard();
        List<AttainmentAnswer> answers = new TouchpointReads(fake, guard).attainment(new AttainmentBatchQuery(ids, "answered", "EQ", 1, windows));

        assertEquals(4, guard.calls(), "50 + 10 windows, each for 500 + 100 touchpoints");
        assertEquals(List.of(50, 50, 10, 10), fake.calls.stream().map(c -> ((AttainmentBatchQuery) c).windows().size()).toList());
        assertEquals(List.of(500, 100, 500, 100), fake.calls.stream().map(c -> ((AttainmentBatchQuery) c).touchpointIds().size()).toList());
        assertEquals(60, answers.size());
        for (int w = 0; w < 60; w++) {
            AttainmentQuery single = new AttainmentQuery(ids, "answered", "EQ", 1, windows.get(w).from(), windows.get(w).to(), windows.get(w).bucket());
            AttainmentAnswer expected = new FakeTouchpointService() { { interactions.addAll(fake.interactions); } }.attainment(single);
            assertEquals(expected, answers.get(w), "window " + w);
        }
    }

    @Test
    void aBatchAnsweringAnotherNumberOfWindowsIsAnOutageAndARefusalIsADefect() {
        FakeTouchpointService short1 = new FakeTouchpointService() {
            @Override
            public AttainmentBatchAnswer attainmentBatch(AttainmentBatchQuery query) {
                return new AttainmentBatchAnswer(super.attainmentBatch(query).windows().subList(0, 1));
            }
        };
        List<AttainmentBatchQuery.Window> two = List.of(new AttainmentBatchQuery.Window(START, START.plusSeconds(60), null),
                new AttainmentBatchQuery.Window(START, START.plusSeconds(120), null));
        AttainmentBatchQuery query = new AttainmentBatchQuery(List.of("tp"), "answered", "EQ", 1, two);
        assertEquals("touchpoint-service", assertThrows(DependencyOutage.class, () -> new TouchpointReads(short1, new CallGuard()).attainment(query)).dependency());

        AttainmentBatchQuery backwards = new AttainmentBatchQuery(List.of("tp"), "answered", "EQ", 1,
                List.of(new AttainmentBatchQuery.Window(START, START.plusSeconds(60), null), new AttainmentBatchQuery.Window(START, START, null)));
        assertEquals(422, assertThrows(DependencyRefusal.class, () -> new TouchpointReads(new FakeTouchpointService(), new CallGuard()).attainment(backwards)).status());
    }

    @Test
    void aRegistrationOfMoreThanTwoHundredPredicatesIsMadeInParts() {
        FakeTouchpointService fake = new FakeTouchpointService();
        List<StatsCondition> conditions = new ArrayList<>();
        for (int n = 0; n < 250; n++) {
            conditions.add(new StatsCondition("wait_seconds", "LE", n));
        }
        new TouchpointReads(fake, new CallGuard()).register(new PredicateRegistration(List.of("tp"), conditions,
                List.of(new PredicateRegistration.Pair(conditions.get(0), conditions.get(1)))));
        assertEquals(List.of(200, 50), fake.calls.stream().map(c -> ((PredicateRegistration) c).attainment().size()).toList());
        assertEquals(List.of(1, 0), fake.calls.stream().map(c -> ((PredicateRegistration) c).pairs().size()).toList());
    }

    @Test
    void aHandoffMatrixOverMoreTouchpointsThanOneQuestionTakesIsAskedInPairsOfPartsAndEqualsTheWholeAnswer() {
        Random random = new Random(4_242);
        List<String> ids = new ArrayList<>();
        for (int t = 0; t < 1_100; t++) {
            ids.add("tp" + t);
        }
        // Journeys as their contacts' touchpoints, each with whether its one contact was followed up.
        List<List<String>> journeys = new ArrayList<>();
        for (int j = 0; j < 3_000; j++) {
            List<String> contacts = new ArrayList<>();
            int length = 1 + random.nextInt(4);
            for (int c = 0; c < length; c++) {
                contacts.add(ids.get(random.nextInt(random.nextBoolean() ? 40 : ids.size())));
            }
            journeys.add(contacts);
        }
        List<HandoffQuery> asked = new ArrayList<>();
        FakeTouchpointService fake = new FakeTouchpointService() {
            @Override
            public Optional<HandoffAnswer> handoffs(HandoffQuery query) {
                asked.add(query);
                return Optional.of(bruteForce(journeys, Set.copyOf(query.touchpointIds())));
            }
        };
        CallGuard guard = new CallGuard();
        HandoffAnswer answer = new TouchpointReads(fake, guard).handoffs(ids, START, START.plusSeconds(86_400)).orElseThrow();

        assertEquals(10, guard.calls(), "5 parts of at most 250, every pair of them");
        assertTrue(asked.stream().allMatch(q -> q.touchpointIds().size() <= TouchpointReads.MAX_TOUCHPOINTS_PER_CALL));
        assertEquals(bruteForce(journeys, Set.copyOf(ids)), answer);
    }

    @Test
    void aHandoffMatrixIsNothingWhenAnyPartIsNotAnswered() {
        List<String> ids = new ArrayList<>();
        for (int t = 0; t < 600; t++) {
            ids.add("tp" + t);
        }
        FakeTouchpointService fake = new FakeTouchpointService();
        fake.handoffsDeployed = false;
        assertEquals(Optional.empty(), new TouchpointReads(fake, new CallGuard()).handoffs(ids, START, START.plusSeconds(60)));
    }

    /** The matrix as the definitions count it: journeys at their first contact, handoffs between consecutive contacts both asked about. */
    private static HandoffAnswer bruteForce(List<List<String>> journeys, Set<String> asked) {
        long all = 0;
        long one = 0;
        long oneBack = 0;
        Map<List<String>, long[]> pairs = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (int j = 0; j < journeys.size(); j++) {
            List<String> contacts = journeys.get(j);
            if (asked.contains(contacts.get(0))) {
                all++;
                if (contacts.size() == 1) {
                    one++;
                    oneBack += j % 3 == 0 ? 1 : 0;
                }
            }
            for (int c = 0; c + 1 < contacts.size(); c++) {
                String from = contacts.get(c);
                String to = contacts.get(c + 1);
                if (!from.equals(to) && asked.contains(from) && asked.contains(to)) {
                    long[] sum = pairs.computeIfAbsent(List.of(from, to), k -> new long[2]);
                    sum[0]++;
                    sum[1] += (j + c) % 2;
                }
            }
        }
        List<HandoffAnswer.Pair> rows = new ArrayList<>();
        pairs.forEach((k, v) -> rows.add(new HandoffAnswer.Pair(k.get(0), k.get(1), v[0], v[1], (double) (k.get(0).length() * 7 + k.get(1).length()))));
        return new HandoffAnswer(all, one, oneBack, rows);
    }
}
