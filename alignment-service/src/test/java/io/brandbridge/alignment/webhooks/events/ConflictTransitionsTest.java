package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.Conflict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.FROM;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.TO;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.alignment;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.conflict;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConflictTransitionsTest {

    @Test
    void aNewConflictIsDetectedWithItsStatistics() {
        Conflict found = conflict("t1", "aht", "p1", "resolved");

        List<Transition> transitions = Transitions.between(conflicts(), null, conflicts(found), null);

        assertEquals(List.of(new Transition(EventType.CONFLICT_DETECTED, new ConflictDetected("t1", "Touchpoint t1", found.target(),
                found.commitment(), found.sentence(), 0.58, 0.83, -3.9, 100, 100, FROM, TO))), transitions);
    }

    @Test
    void aConflictAlreadyKnownOrGoneIsSilent() {
        Conflict known = conflict("t1", "aht", "p1", "resolved");
        Conflict sharper = new Conflict("t1", "Renamed", "CHAT", known.target(), known.commitment(), FROM, TO, known.table(), 10, 10,
                0.1, 0.9, -8, "another sentence");

        assertEquals(List.of(), Transitions.between(conflicts(known), null, conflicts(sharper), null));
        assertEquals(List.of(), Transitions.between(conflicts(known), null, conflicts(), null));
    }

    @Test
    void eachPartOfTheKeyMakesADifferentConflictInTheNewOrder() {
        BrandAlignment before = conflicts(conflict("t1", "aht", "p1", "resolved"));
        BrandAlignment after = conflicts(conflict("t1", "aht", "p1", "other"), conflict("t1", "aht", "p2", "resolved"),
                conflict("t1", "aht", "p1", "resolved"), conflict("t1", "cost", "p1", "resolved"), conflict("t2", "aht", "p1", "resolved"));

        List<String> keys = Transitions.between(before, null, after, null).stream().map(t -> (ConflictDetected) t.data())
                .map(c -> c.touchpointId() + "/" + c.target().id() + "/" + c.commitment().promiseId() + "/" + c.commitment().key())
                .toList();

        assertEquals(List.of("t1/aht/p1/other", "t1/aht/p2/resolved", "t1/cost/p1/resolved", "t2/aht/p1/resolved"), keys);
    }

    private static BrandAlignment conflicts(Conflict... conflicts) {
        return alignment(List.of(), List.of(), List.of(conflicts));
    }
}
