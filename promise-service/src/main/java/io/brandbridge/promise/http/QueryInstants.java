package io.brandbridge.promise.http;

import io.brandbridge.defaults.problem.ProblemException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Instants in query parameters: ISO-8601 with an offset, like every instant of this API. */
public final class QueryInstants {

    private QueryInstants() {
    }

    public static Instant parse(String pointer, String text) {
        // An unencoded '+' in a query string arrives as a space; the offset is what the client meant.
        String value = text.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(pointer, "must be an ISO-8601 instant with an offset, e.g. 2026-11-01T00:00:00Z");
        }
    }
}
