package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.Status;
import io.brandbridge.alignment.snapshots.SnapshotHandoffs;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.alignment;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.commitment;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.conflict;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.gap;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.handoff;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.kept;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.promise;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.row;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TransitionsTest {

    private static final BrandAlignment BEFORE = alignment(
            List.of(promise("p1", 1, Status.KEPT, commitment("fast", Status.KEPT, BurnAlert.NONE, row("t1", 100, 95)))),
            List.of(gap("p2", "polite", "t1")),
            List.of(conflict("t1", "aht", "p2", "polite")));
    private static final SnapshotHandoffs BEFORE_HANDOFFS = kept(handoff("chat", "call", 0));

    @Test
    void identicalSnapshotsGiveNoTransitions() {
        assertEquals(List.of(), Transitions.between(BEFORE, BEFORE_HANDOFFS, BEFORE, BEFORE_HANDOFFS));
    }

    @Test
    void everyFamilyComesInTheDocumentedOrder() {
        BrandAlignment after = alignment(
                List.of(promise("p1", 2, Status.AT_RISK, commitment("fast", Status.AT_RISK, BurnAlert.FAST, row("t1", 100, 80)))),
                List.of(gap("p1", "fast", "t1")),
                List.of(conflict("t1", "aht", "p2", "polite"), conflict("t2", "aht", "p2", "polite")));

        List<Transition> transitions = Transitions.between(BEFORE, BEFORE_HANDOFFS, after, kept(handoff("chat", "call", 4)));

        assertEquals(List.of(EventType.PROMISE_STATUS_CHANGED, EventType.COMMITMENT_BURN_ALERT, EventType.GAP_CLOSED, EventType.GAP_OPENED,
                EventType.CONFLICT_DETECTED, EventType.HANDOFF_DEGRADED), types(transitions));
    }

    @Test
    void aTransitionRefusesDataOfAnotherType() {
        assertThrows(IllegalArgumentException.class, () -> new Transition(EventType.GAP_OPENED, new Ping("wh_1", "hello")));
        assertThrows(IllegalArgumentException.class, () -> new Transition(EventType.ALIGNMENT_RECOVERED,
                new AlignmentStale("touchpoint-service", Instant.EPOCH)));
        assertThrows(NullPointerException.class, () -> new Transition(EventType.PING, null));
    }
}
