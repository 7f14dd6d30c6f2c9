package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.Gap;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.OBJECTIVE;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.alignment;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.commitment;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.gap;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.promise;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.row;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GapTransitionsTest {

    private static final PromiseAlignment MEASURED = promise("p1", 1, Status.KEPT,
            commitment("fast", Status.KEPT, null, row("t1", 200, 190), row("t2", 10, 2)));

    @Test
    void aNewGapOpensWithItsOwnFigures() {
        List<Transition> transitions = Transitions.between(gaps(), null, gaps(gap("p1", "fast", "t1")), null);

        assertEquals(List.of(new Transition(EventType.GAP_OPENED, new GapChanged("p1", "Promise p1", "fast", "wait_seconds", "t1",
                "Touchpoint t1", "CALL_CENTRE", OBJECTIVE, 100, 0.7, 30, 20))), transitions);
    }

    @Test
    void aClosedGapCarriesItsTouchpointsFiguresInTheNewSnapshot() {
        BrandAlignment after = alignment(List.of(MEASURED), List.of(), List.of());

        List<Transition> transitions = Transitions.between(measuredWith(gap("p1", "fast", "t1"), gap("p1", "fast", "t2")), null, after, null);

        assertEquals(List.of(
                new Transition(EventType.GAP_CLOSED, new GapChanged("p1", "Promise p1", "fast", "wait_seconds", "t1", "Touchpoint t1",
                        "CALL_CENTRE", OBJECTIVE, 200, 0.95, 10, 0)),
                new Transition(EventType.GAP_CLOSED, new GapChanged("p1", "Promise p1", "fast", "wait_seconds", "t2", "Touchpoint t2",
                        "CALL_CENTRE", OBJECTIVE, 10, 0.2, 8, 5.5))), transitions);
    }

    @Test
    void aGapWhoseTouchpointIsNoLongerMeasuredClosesWithNoFigures() {
        BrandAlignment after = alignment(List.of(MEASURED), List.of(), List.of());
        GapChanged gone = new GapChanged("p1", "Promise p1", "fast", "wait_seconds", "t3", "Touchpoint t3", "CALL_CENTRE",
                OBJECTIVE, 0, null, 0, 0);

        assertEquals(List.of(gone), data(Transitions.between(measuredWith(gap("p1", "fast", "t3")), null, after, null)));
        assertEquals(List.of(0L), valids(Transitions.between(measuredWith(gap("p9", "fast", "t1")), null, after, null)));
        assertEquals(List.of(0L), valids(Transitions.between(measuredWith(gap("p1", "slow", "t1")), null, after, null)));
        assertEquals(List.of(200L), valids(Transitions.between(measuredWith(gap("p1", "fast", "t1")), null, after, null)));
    }

    @Test
    void aGapReopenedAfterClosingOpensAgain() {
        BrandAlignment open = gaps(gap("p1", "fast", "t1"));

        assertEquals(List.of(EventType.GAP_CLOSED), types(Transitions.between(open, null, gaps(), null)));
        assertEquals(List.of(EventType.GAP_OPENED), types(Transitions.between(gaps(), null, open, null)));
    }

    @Test
    void aGapStillOpenIsSilentWhateverItsFigures() {
        Gap before = gap("p1", "fast", "t1");
        Gap after = new Gap("p1", "Promise p1 renamed", "fast", "wait_seconds", before.op(), 45, 0.95, "t1", "Renamed", "CHAT",
                900, 100, 0.11, 45, 800, 755);

        assertEquals(List.of(), Transitions.between(gaps(before), null, gaps(after), null));
    }

    @Test
    void closedGapsComeInThePreviousOrderBeforeOpenedOnesInTheNewOrder() {
        BrandAlignment before = gaps(gap("p1", "a", "t1"), gap("p1", "b", "t1"), gap("p1", "c", "t1"));
        BrandAlignment after = gaps(gap("p2", "z", "t1"), gap("p1", "b", "t1"), gap("p2", "y", "t1"));

        List<String> keys = Transitions.between(before, null, after, null).stream()
                .map(t -> t.type().wireName() + " " + ((GapChanged) t.data()).promiseId() + "/" + ((GapChanged) t.data()).commitmentKey())
                .toList();

        assertEquals(List.of("gap.closed p1/a", "gap.closed p1/c", "gap.opened p2/z", "gap.opened p2/y"), keys);
    }

    private static BrandAlignment gaps(Gap... gaps) {
        return alignment(List.of(), List.of(gaps), List.of());
    }

    /** The promise scored, with gaps that may or may not match it. */
    private static BrandAlignment measuredWith(Gap... gaps) {
        return alignment(List.of(MEASURED), List.of(gaps), List.of());
    }

    private static List<Long> valids(List<Transition> transitions) {
        return transitions.stream().map(t -> ((GapChanged) t.data()).valid()).toList();
    }

    private static List<Object> data(List<Transition> transitions) {
        return transitions.stream().map(Transition::data).toList();
    }
}
