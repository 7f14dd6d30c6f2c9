package io.brandbridge.promise.paging;

import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * The position in a list ordered by creation time then id: the page after it starts strictly past
 * this pair. The first page starts at the epoch, before every row.
 */
public record CreatedCursor(Instant createdAt, String id) {

    private static final CreatedCursor START = new CreatedCursor(Instant.EPOCH, "");

    public static CreatedCursor decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        String key = Cursors.decode(cursor);
        int separator = key.indexOf('|');
        if (separator < 0) {
            throw notOurs();
        }
        try {
            return new CreatedCursor(Instant.parse(key.substring(0, separator)), key.substring(separator + 1));
        } catch (DateTimeException e) {
            throw notOurs();
        }
    }

    public static String sortKey(Instant createdAt, String id) {
        return createdAt + "|" + id;
    }

    private static ProblemException notOurs() {
        return ProblemException.badRequest("/cursor", "is not a cursor this API issued");
    }
}
