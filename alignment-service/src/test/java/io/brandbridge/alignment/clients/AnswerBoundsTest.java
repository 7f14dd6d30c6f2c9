package io.brandbridge.alignment.clients;

import io.brandbridge.alignment.clients.promises.InForcePromises;
import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;
import io.brandbridge.alignment.clients.touchpoints.RemoteTarget;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpoint;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Answers beyond the bounds the alignment document states are not used, so no alignment answer ever exceeds them. */
class AnswerBoundsTest {

    private static final RemoteCommitment COMMITMENT = new RemoteCommitment("answer", "wait_seconds", "LE", 60.0, 0.8,
            new RemoteWindow("ROLLING_DAYS", 7), 1.0, 30);

    @Test
    void aPromiseWithinTheBoundsHasNoDefect() {
        assertEquals(List.of(), promise("Answered within a minute", List.of(COMMITMENT)).defects());
    }

    @Test
    void aTitleOnMoreThanOneLineOrLongerThan200IsADefect() {
        assertEquals(List.of("title is not one line of at most 200 characters"), promise("Answered\nwithin a minute", List.of(COMMITMENT)).defects());
        assertEquals(List.of("title is not one line of at most 200 characters"), promise("a".repeat(201), List.of(COMMITMENT)).defects());
    }

    @Test
    void moreThan50CommitmentsOrMoreThan1000PromisesIsADefect() {
        assertEquals(List.of("commitments holds 51, more than 50"), promise("Answered", Collections.nCopies(51, COMMITMENT)).defects());
        InForcePromises many = new InForcePromises("brd_1", null, Collections.nCopies(1_001, promise("Answered", List.of(COMMITMENT))));
        assertEquals(List.of("items holds 1001 promises, more than the 1000 one brand may have in force"), many.defects());
    }

    @Test
    void keysThatAreNotMetricKeysAreDefects() {
        RemoteCommitment odd = new RemoteCommitment("Answer", "wait seconds", "LE", 60.0, 0.8, new RemoteWindow("ROLLING_DAYS", 7), 1.0, 30);
        assertEquals(List.of("key is not a commitment key", "metric is not a metric key"), odd.defects());
        assertEquals(List.of("metric is not a metric key"), new RemoteTarget("tgt_1", "tp_1", "handle-seconds", "LE", 180.0, "COST").defects());
    }

    @Test
    void aTouchpointNameOnMoreThanOneLineIsADefect() {
        assertEquals(List.of("name is not one line of at most 200 characters"), new RemoteTouchpoint("tp_1", "brd_1", "CHAT", "Leeds\u0085").defects());
        assertEquals(List.of(), new RemoteTouchpoint("tp_1", "brd_1", "CHAT", null).defects(), "a touchpoint without a name is shown by its id");
    }

    private static RemotePromise promise(String title, List<RemoteCommitment> commitments) {
        return new RemotePromise("prm_1", "brd_1", title, List.of("CALL_CENTRE"), 3, "ACTIVE", 1, commitments);
    }
}
