package io.brandbridge.alignment.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoffWordingTest {

    @ParameterizedTest(name = "{0} of {1} against {3} of {2}")
    @CsvSource(delimiter = '|', value = {
            // count | followedUp | oneContactJourneys | oneContactFollowedUp | sentence
            "100 | 41 | 100 | 12 | customers passed from Help centre to Manila contact centre came back within 7 days 41% of the time, against 12% for journeys settled in one contact",
            "8   | 1  | 8   | 0  | customers passed from Help centre to Manila contact centre came back within 7 days 13% of the time, against 0% for journeys settled in one contact",
            "200 | 1  | 400 | 2  | customers passed from Help centre to Manila contact centre came back within 7 days 1% of the time, against 1% for journeys settled in one contact",
            "3   | 3  | 3   | 1  | customers passed from Help centre to Manila contact centre came back within 7 days 100% of the time, against 33% for journeys settled in one contact",
            "3   | 2  | 3   | 2  | customers passed from Help centre to Manila contact centre came back within 7 days 67% of the time, against 67% for journeys settled in one contact",
            "1000| 5  | 1000| 4  | customers passed from Help centre to Manila contact centre came back within 7 days 1% of the time, against 0% for journeys settled in one contact",
            "5   | 2  | 0   | 0  | customers passed from Help centre to Manila contact centre came back within 7 days 40% of the time, with no journey settled in one contact to compare against",
    })
    void aHandoffReadsAsOneSentenceWithWholePercentagesHalvesUp(long count, long followedUp, long oneContactJourneys, long oneContactFollowedUp, String expected) {
        assertEquals(expected, HandoffWording.sentence("Help centre", "Manila contact centre", count, followedUp, oneContactJourneys, oneContactFollowedUp));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"a | 1", "x | " + Limits.NAME_LENGTH})
    void theLongestSentenceFitsTheLengthTheSchemaStates(String letter, int length) {
        String name = letter.repeat(length);
        String sentence = HandoffWording.sentence(name, name, Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE, 1);
        assertTrue(sentence.length() <= Limits.SENTENCE_LENGTH, sentence.length() + " characters");
        assertTrue(sentence.contains("came back within 7 days 100% of the time, against 0%"), sentence);
    }
}
