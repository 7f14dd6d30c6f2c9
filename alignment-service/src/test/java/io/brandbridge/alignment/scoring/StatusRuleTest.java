package io.brandbridge.alignment.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusRuleTest {

    private static final Objective T = Objective.of(0.9);

    @Test
    void fewerThanMinSampleIsNoDataAndExactlyMinSampleIsJudged() {
        assertEquals(Status.NO_DATA, StatusRule.status(new Counts(29, 29), T, 30, BurnAlert.NONE));
        assertEquals(Status.KEPT, StatusRule.status(new Counts(30, 27), T, 30, BurnAlert.NONE));
        assertEquals(Status.BROKEN, StatusRule.status(new Counts(30, 26), T, 30, BurnAlert.NONE));
        assertEquals(Status.NO_DATA, StatusRule.status(Counts.ZERO, T, 1, BurnAlert.NONE), "no data even with minSample 1");
    }

    @Test
    void keptButBurningIsAtRiskWhileBrokenStaysBroken() {
        assertEquals(Status.AT_RISK, StatusRule.status(new Counts(100, 95), T, 30, BurnAlert.FAST));
        assertEquals(Status.AT_RISK, StatusRule.status(new Counts(100, 95), T, 30, BurnAlert.SLOW));
        assertEquals(Status.BROKEN, StatusRule.status(new Counts(100, 80), T, 30, BurnAlert.FAST));
    }

    @Test
    void worstStatusOrdersBrokenAtRiskNoDataKept() {
        assertEquals(Status.BROKEN, Status.worst(List.of(Status.KEPT, Status.BROKEN, Status.AT_RISK)));
        assertEquals(Status.AT_RISK, Status.worst(List.of(Status.KEPT, Status.NO_DATA, Status.AT_RISK)));
        assertEquals(Status.NO_DATA, Status.worst(List.of(Status.KEPT, Status.NO_DATA)));
        assertEquals(Status.KEPT, Status.worst(List.of(Status.KEPT)));
        assertEquals(Status.NO_DATA, Status.worst(List.of()), "a promise without commitments has no data");
    }
}
