package io.brandbridge.alignment.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictWordingTest {

    @Test
    void handleTimeAgainstFirstContactResolutionReadsAsOneActionableSentence() {
        assertEquals("calls that met the 180 s handle-time target were resolved first time 58% of the time, longer calls 83%",
                ConflictWording.sentence("CALL_CENTRE", new Condition("handle_seconds", Comparison.LE, 180), new Condition("resolved_first_contact", Comparison.EQ, 1), 0.58, 0.83));
    }

    @Test
    void otherMetricsAndTouchpointsAreWordedToo() {
        assertEquals("deliveries that met the 24 h delivery-time target arrived undamaged 91% of the time, longer deliveries 97%",
                ConflictWording.sentence("DELIVERY", new Condition("delivery_hours", Comparison.LT, 24), new Condition("damaged", Comparison.EQ, 0), 0.914, 0.97));
        assertEquals("chats that met the transfers ≤ 1 target had a CSAT of at least 4 60% of the time, chats that missed it 72%",
                ConflictWording.sentence("CHAT", new Condition("transfers", Comparison.LE, 1), new Condition("csat", Comparison.GE, 4), 0.6, 0.72));
        assertEquals("interactions that met the 30 s wait-time target had a queue score above 2.5 10% of the time, longer interactions 20%",
                ConflictWording.sentence("KIOSK", new Condition("wait_seconds", Comparison.LE, 30), new Condition("queue_score", Comparison.GT, 2.5), 0.1, 0.2));
    }

    @Test
    void theLongestSentenceFitsTheLengthTheSchemaStates() {
        String key = "k" + "_".repeat(Limits.KEY_LENGTH - 1);
        double longest = -Double.MIN_VALUE;
        String sentence = ConflictWording.sentence("SOCIAL", new Condition(key, Comparison.LE, longest),
                new Condition(key, Comparison.LE, longest), 1, 1);
        assertTrue(sentence.length() > 800, "both thresholds are written out in full: " + sentence.length());
        assertTrue(sentence.length() <= Limits.SENTENCE_LENGTH, sentence.length() + " characters");
    }
}
