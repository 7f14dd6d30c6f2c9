package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.Handoff;
import io.brandbridge.alignment.snapshots.HandoffMatrixState;
import io.brandbridge.alignment.snapshots.SnapshotHandoffs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.handoff;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.kept;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.promisesOnly;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.withoutMatrix;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HandoffTransitionsTest {

    private static final BrandAlignment NOTHING = promisesOnly();

    @Test
    void aHandoffThatStartsLettingCustomersDownDegrades() {
        Handoff now = handoff("chat", "call", 7);

        List<Transition> transitions = Transitions.between(NOTHING, kept(handoff("chat", "call", 0)), NOTHING, kept(now));

        assertEquals(List.of(new Transition(EventType.HANDOFF_DEGRADED, new HandoffDegraded("chat", "Touchpoint chat", "call",
                "Touchpoint call", 120, 40, 40 / 120.0, 7, 0L, now.sentence()))), transitions);
    }

    @Test
    void aNewHandoffLettingCustomersDownHasNoPreviousCount() {
        List<Transition> transitions = Transitions.between(NOTHING, kept(), NOTHING, kept(handoff("chat", "call", 2)));

        assertEquals(null, ((HandoffDegraded) transitions.getFirst().data()).previousCustomersLetDown());
        assertEquals(1, transitions.size());
    }

    @Test
    void aHandoffAlreadyLettingCustomersDownOrLettingNoneDownIsSilent() {
        assertEquals(List.of(), Transitions.between(NOTHING, kept(handoff("chat", "call", 2)), NOTHING, kept(handoff("chat", "call", 9))));
        assertEquals(List.of(), Transitions.between(NOTHING, kept(handoff("chat", "call", 2)), NOTHING, kept(handoff("chat", "call", 0))));
        assertEquals(List.of(), Transitions.between(NOTHING, kept(), NOTHING, kept(handoff("chat", "call", 0))));
    }

    @Test
    void theDirectionOfAHandoffIsPartOfItsIdentity() {
        List<Transition> transitions = Transitions.between(NOTHING, kept(handoff("chat", "call", 3)), NOTHING,
                kept(handoff("call", "chat", 3), handoff("chat", "call", 3)));

        assertEquals(List.of("call"), transitions.stream().map(t -> ((HandoffDegraded) t.data()).fromTouchpointId()).toList());
    }

    @Test
    void aMissingMatrixOnEitherSideIsSilent() {
        SnapshotHandoffs degraded = kept(handoff("chat", "call", 3));
        for (HandoffMatrixState state : List.of(HandoffMatrixState.UNANSWERED, HandoffMatrixState.PREDATES_HANDOFFS)) {
            assertEquals(List.of(), Transitions.between(NOTHING, withoutMatrix(state), NOTHING, degraded), state.name());
            assertEquals(List.of(), Transitions.between(NOTHING, kept(), NOTHING, new SnapshotHandoffs(state, degraded.matrix())), state.name());
        }
        assertEquals(List.of(), Transitions.between(NOTHING, null, NOTHING, degraded));
        assertEquals(List.of(), Transitions.between(NOTHING, kept(), NOTHING, null));
    }

    @Test
    void degradedHandoffsFollowTheNewMatrixOrder() {
        List<Transition> transitions = Transitions.between(NOTHING, kept(), NOTHING,
                kept(handoff("b", "c", 9), handoff("a", "c", 4), handoff("c", "a", 1)));

        assertEquals(List.of("b", "a", "c"), transitions.stream().map(t -> ((HandoffDegraded) t.data()).fromTouchpointId()).toList());
    }
}
