package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.alignment.clients.CallGuard;
import io.brandbridge.alignment.clients.DependencyOutage;
import io.brandbridge.alignment.clients.DependencyRefusal;
import io.brandbridge.alignment.stubs.FakeTouchpointService;
import io.brandbridge.alignment.stubs.Interaction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
