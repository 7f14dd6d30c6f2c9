package io.brandbridge.defaults.conditional;

import io.brandbridge.defaults.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ETagsTest {

    @Test
    void aTagIsAQuotedDigestThatChangesWithEveryPart() {
        String tag = ETags.of("promise", "prm_1", 1, 0L);

        assertTrue(tag.matches("\"[A-Za-z0-9_-]{22}\""), tag);
        assertEquals(tag, ETags.of("promise", "prm_1", 1, 0L));
        Set<String> tags = new HashSet<>();
        for (int version = 1; version <= 20; version++) {
            for (long revision = 0; revision < 20; revision++) {
                tags.add(ETags.of("promise", "prm_1", version, revision));
            }
        }
        assertEquals(400, tags.size());
        assertNotEquals(ETags.of("promise", "prm_1", 1, 0L), ETags.of("promise", "prm_2", 1, 0L));
    }

    @Test
    void ifMatchComparesStronglyAgainstEachListedTag() {
        String current = ETags.of("x", 1);

        assertTrue(ETags.matches(current, current));
        assertTrue(ETags.matches("\"a\", " + current, current));
        assertTrue(ETags.matches("*", current));
        assertFalse(ETags.matches("W/" + current, current));
        assertFalse(ETags.matches(current.replace("\"", ""), current));
        assertFalse(ETags.matches("\"a\", \"b\"", current));
    }

    @Test
    void aMissingIfMatchAnswers428AndAStaleOne412() {
        String current = ETags.of("x", 1);

        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.require(null, current)).status().getCode());
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.require(" ", current)).status().getCode());
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.require("\"old\"", current)).status().getCode());
        assertDoesNotThrow(() -> ETags.require(current, current));
        assertDoesNotThrow(() -> ETags.checkIfPresent(null, current));
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.checkIfPresent("\"old\"", current)).status().getCode());
    }
}
