package io.brandbridge.promise.paging;

import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CreatedCursorTest {

    @Test
    void aSortKeyRoundTripsThroughTheCursor() {
        Instant at = Instant.parse("2026-03-02T09:15:00.123456Z");

        CreatedCursor decoded = CreatedCursor.decode(Cursors.encode(CreatedCursor.sortKey(at, "brd_abc")));

        assertEquals(new CreatedCursor(at, "brd_abc"), decoded);
    }

    @Test
    void noCursorStartsBeforeEveryRow() {
        assertEquals(new CreatedCursor(Instant.EPOCH, ""), CreatedCursor.decode(null));
        assertEquals(new CreatedCursor(Instant.EPOCH, ""), CreatedCursor.decode(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no separator", "not-a-time|brd_abc", "|brd_abc"})
    void aCursorWeDidNotIssueAnswers400NamingIt(String sortKey) {
        ProblemException e = assertThrows(ProblemException.class, () -> CreatedCursor.decode(Cursors.encode(sortKey)));

        assertEquals(400, e.status().getCode());
        assertEquals("/cursor", e.errors().getFirst().pointer());
    }
}
