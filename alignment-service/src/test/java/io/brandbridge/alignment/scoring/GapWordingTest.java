package io.brandbridge.alignment.scoring;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GapWordingTest {

    @ParameterizedTest(name = "{0} let down, {1} beyond {2}")
    @CsvSource(delimiter = '|', value = {
            // brokenPromises | excessBroken | allowedBad | attainment | objective | sentence
            "227  | 107    | 120   | 0.62166 | 0.8   | At Leeds call centre, 227 customers were let down on “Sorted first time” (fcr), 107.0 beyond the error budget of 120.0: 62.2% kept against an objective of 80%",
            "1    | 0.95   | 0.05  | 0       | 0.95  | At Leeds call centre, 1 customer was let down on “Sorted first time” (fcr), 1.0 beyond the error budget of 0.1: 0% kept against an objective of 95%",
            "12045| 9876.54| 2168.5| 0.44444 | 0.999 | At Leeds call centre, 12,045 customers were let down on “Sorted first time” (fcr), 9,876.5 beyond the error budget of 2,168.5: 44.4% kept against an objective of 99.9%",
    })
    void aGapReadsAsOneSentenceFromItsFigures(long broken, double excess, double allowed, double attainment, double objective, String expected) {
        assertEquals(expected, GapWording.sentence("Leeds call centre", "Sorted first time", "fcr", broken, excess, allowed, attainment, objective));
    }

    @Test
    void theLongestSentenceFitsTheLengthTheSchemaStates() {
        String name = "x".repeat(Limits.NAME_LENGTH);
        String sentence = GapWording.sentence(name, name, "k".repeat(Limits.KEY_LENGTH), Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 0.999, 0.9999);
        assertTrue(sentence.length() <= Limits.SENTENCE_LENGTH, sentence.length() + " characters");
    }

    @Test
    void aGapStoredBeforeSentencesIsWordedWhenItIsRead() throws IOException {
        String stored = """
                {"promiseId":"prm_1","promiseTitle":"Sorted first time","commitmentKey":"fcr","metric":"resolved_first_contact",
                 "op":"EQ","threshold":1.0,"objective":0.8,"touchpointId":"tpt_1","touchpointName":"Leeds call centre",
                 "touchpointType":"CALL_CENTRE","valid":600,"good":373,"attainment":0.6217,"allowedBad":120.0,"brokenPromises":227,"excessBroken":107.0}""";

        Gap gap = ObjectMapper.getDefault().readValue(stored, Gap.class);

        assertEquals("At Leeds call centre, 227 customers were let down on “Sorted first time” (fcr), 107.0 beyond the error budget of "
                + "120.0: 62.2% kept against an objective of 80%", gap.sentence());
        assertEquals(227, gap.brokenPromises());
    }

    @Test
    void aStoredSentenceIsKept() throws IOException {
        Gap worded = new Gap("prm_1", "Sorted first time", "fcr", "resolved_first_contact", Comparison.EQ, 1, 0.8, "tpt_1", "Leeds call centre",
                "CALL_CENTRE", 600, 373, 0.6217, 120, 227, 107);
        String json = ObjectMapper.getDefault().writeValueAsString(worded);

        assertTrue(json.contains("\"sentence\":\"At Leeds call centre, 227 customers"), json);
        assertEquals(worded, ObjectMapper.getDefault().readValue(json, Gap.class));
    }
}
