package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.Status;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.FROM;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.OBJECTIVE;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.TO;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.commitment;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.promise;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.promisesOnly;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PromiseTransitionsTest {

    @Test
    void aPromiseWhoseStatusMovedCarriesBothStandingsAndOnlyTheCommitmentsThatMoved() {
        BrandAlignment before = promisesOnly(promise("p1", 1, Status.KEPT, 90.0,
                commitment("fast", Status.KEPT), commitment("polite", Status.KEPT), commitment("later", Status.NO_DATA)));
        BrandAlignment after = promisesOnly(promise("p1", 1, Status.BROKEN, 40.0,
                commitment("fast", Status.BROKEN), commitment("polite", Status.KEPT), commitment("later", Status.NO_DATA),
                commitment("fresh", Status.AT_RISK), commitment("quiet", Status.NO_DATA)));

        List<Transition> transitions = Transitions.between(before, null, after, null);

        assertEquals(List.of(EventType.PROMISE_STATUS_CHANGED), types(transitions));
        PromiseStatusChanged changed = (PromiseStatusChanged) transitions.getFirst().data();
        assertEquals(new PromiseStatusChanged("p1", 1, "Promise p1", Status.KEPT, Status.BROKEN, 40.0, 90.0, List.of(
                new MovedCommitment("fast", Status.KEPT, Status.BROKEN, 94.4, 0.85, -0.5),
                new MovedCommitment("fresh", null, Status.AT_RISK, 94.4, 0.85, -0.5))), changed);
    }

    @Test
    void aPromiseSeenForTheFirstTimeWithDataChangesFromNull() {
        BrandAlignment after = promisesOnly(promise("p1", 3, Status.AT_RISK, 70.0,
                commitment("fast", Status.AT_RISK), commitment("quiet", Status.NO_DATA)));

        List<Transition> transitions = Transitions.between(promisesOnly(), null, after, null);

        assertEquals(new PromiseStatusChanged("p1", 3, "Promise p1", null, Status.AT_RISK, 70.0, null,
                List.of(new MovedCommitment("fast", null, Status.AT_RISK, 94.4, 0.85, -0.5))), transitions.getFirst().data());
        assertEquals(1, transitions.size());
    }

    @Test
    void aNewcomerWithNoDataIsSilent() {
        BrandAlignment after = promisesOnly(promise("p1", 1, Status.NO_DATA, commitment("fast", Status.NO_DATA)));

        assertEquals(List.of(), Transitions.between(promisesOnly(), null, after, null));
    }

    @Test
    void aNewVersionWithTheSameStatusIsSilentEvenWhenItsCommitmentsMoved() {
        BrandAlignment before = promisesOnly(promise("p1", 1, Status.BROKEN, commitment("fast", Status.BROKEN), commitment("polite", Status.KEPT)));
        BrandAlignment after = promisesOnly(promise("p1", 2, Status.BROKEN, commitment("fast", Status.BROKEN), commitment("polite", Status.AT_RISK)));

        assertEquals(List.of(), Transitions.between(before, null, after, null));
    }

    @Test
    void aNewVersionThatMovedIsMatchedByPromiseIdAndNamesTheNewVersion() {
        BrandAlignment before = promisesOnly(promise("p1", 1, Status.KEPT, commitment("fast", Status.KEPT)));
        BrandAlignment after = promisesOnly(promise("p1", 2, Status.NO_DATA, commitment("fast", Status.NO_DATA)));

        PromiseStatusChanged changed = (PromiseStatusChanged) Transitions.between(before, null, after, null).getFirst().data();

        assertEquals(2, changed.promiseVersion());
        assertEquals(Status.KEPT, changed.from());
        assertEquals(Status.NO_DATA, changed.to());
        assertEquals(List.of(new MovedCommitment("fast", Status.KEPT, Status.NO_DATA, null, null, null)), changed.commitments());
    }

    @Test
    void aPromiseThatLeftIsSilent() {
        BrandAlignment before = promisesOnly(promise("p1", 1, Status.BROKEN, commitment("fast", Status.BROKEN)));

        assertEquals(List.of(), Transitions.between(before, null, promisesOnly(), null));
    }

    @Test
    void statusChangesFollowTheNewSnapshotsPromiseOrder() {
        BrandAlignment before = promisesOnly(promise("a", 1, Status.KEPT), promise("b", 1, Status.KEPT), promise("c", 1, Status.KEPT));
        BrandAlignment after = promisesOnly(promise("c", 1, Status.BROKEN), promise("a", 1, Status.AT_RISK), promise("b", 1, Status.KEPT));

        List<String> ids = Transitions.between(before, null, after, null).stream()
                .map(t -> ((PromiseStatusChanged) t.data()).promiseId()).toList();

        assertEquals(List.of("c", "a"), ids);
    }

    @Test
    void noneToSlowRaisesAnAlertWithTheCommitmentsFigures() {
        BrandAlignment before = promisesOnly(promise("p1", 1, Status.KEPT, commitment("fast", Status.KEPT, BurnAlert.NONE)));
        BrandAlignment after = promisesOnly(promise("p1", 1, Status.KEPT, commitment("fast", Status.KEPT, BurnAlert.SLOW)));

        List<Transition> transitions = Transitions.between(before, null, after, null);

        assertEquals(List.of(new Transition(EventType.COMMITMENT_BURN_ALERT, new BurnAlertRaised("p1", "Promise p1", "fast",
                BurnAlert.SLOW, BurnAlert.NONE, 1.5, -0.5, 0.85, OBJECTIVE, FROM, TO, Status.KEPT))), transitions);
    }

    @Test
    void slowToFastRaisesAgainAndFastToSlowToo() {
        assertEquals(List.of(BurnAlert.SLOW), previousAlerts(BurnAlert.SLOW, BurnAlert.FAST));
        assertEquals(List.of(BurnAlert.FAST), previousAlerts(BurnAlert.FAST, BurnAlert.SLOW));
    }

    @Test
    void anAlertThatHoldsOrEndsIsSilent() {
        assertEquals(List.of(), previousAlerts(BurnAlert.FAST, BurnAlert.FAST));
        assertEquals(List.of(), previousAlerts(BurnAlert.SLOW, BurnAlert.SLOW));
        assertEquals(List.of(), previousAlerts(BurnAlert.SLOW, BurnAlert.NONE));
        assertEquals(List.of(), previousAlerts(BurnAlert.FAST, null));
        assertEquals(List.of(), previousAlerts(null, BurnAlert.NONE));
    }

    @Test
    void anAlertOnACommitmentThatWasNotKeptOrNotThereHasNoPreviousAlert() {
        assertEquals(Collections.singletonList(null), previousAlerts(null, BurnAlert.FAST));
        BrandAlignment after = promisesOnly(promise("p1", 1, Status.KEPT, commitment("fast", Status.KEPT, BurnAlert.SLOW)));

        List<Transition> transitions = Transitions.between(promisesOnly(promise("p1", 1, Status.KEPT)), null, after, null);

        assertEquals(List.of(EventType.COMMITMENT_BURN_ALERT), types(transitions));
        assertEquals(null, ((BurnAlertRaised) transitions.getFirst().data()).previousAlert());
    }

    /** The previousAlert of every burn alert raised when one KEPT commitment goes from {@code before} to {@code after}. */
    private static List<BurnAlert> previousAlerts(BurnAlert before, BurnAlert after) {
        BrandAlignment then = promisesOnly(promise("p1", 1, Status.KEPT, commitment("fast", Status.KEPT, before)));
        BrandAlignment now = promisesOnly(promise("p1", 2, Status.KEPT, commitment("fast", Status.KEPT, after)));
        return Transitions.between(then, null, now, null).stream().map(t -> ((BurnAlertRaised) t.data()).previousAlert()).toList();
    }
}
