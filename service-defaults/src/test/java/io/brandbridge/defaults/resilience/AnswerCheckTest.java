package io.brandbridge.defaults.resilience;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswerCheckTest {

    @Test
    void eachBrokenRuleIsListedInPlainWords() {
        assertEquals(List.of("id is not a well-formed id", "valid (-1) is negative", "good (3) is more than valid (2)",
                        "kind (BONUS) is not one of COST, SERVICE", "threshold is not a finite number", "priority (9) is outside 1.0..5.0"),
                new AnswerCheck().id("id", "../x").count("valid", -1L).notMore("good", 3L, "valid", 2L)
                        .oneOf("kind", "BONUS", List.of("COST", "SERVICE")).finite("threshold", Double.NaN)
                        .optionalBetween("priority", 9, 1, 5).defects());
    }

    @Test
    void aWellFormedAnswerHasNoDefects() {
        assertEquals(List.of(), new AnswerCheck().id("id", "tpt_k3v9x0q2m8r4t6w1y5z7").count("valid", 0L).notMore("good", 0L, "valid", 0L)
                .optionalId("brandId", null).optionalBetween("priority", null, 1, 5).defects());
    }

    @Test
    void anotherServicesTextCannotBreakALogLine() {
        assertEquals("kind (BO?NUS?x) is not one of COST", new AnswerCheck().oneOf("kind", "BO\nNUS\u0085x", List.of("COST")).defects().get(0));
        assertEquals(65, AnswerCheck.shown("k".repeat(100)).length());
    }
}
