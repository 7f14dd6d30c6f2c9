package io.brandbridge.alignment.brands;

import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Instants in query parameters: ISO-8601 with an offset (2026-11-01T00:00:00Z); anything else answers 400 naming the parameter. */
final class QueryInstants {

    private QueryInstants() {
    }

    @Nullable
    static Instant parse(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("/" + name, "must be an ISO-8601 instant with an offset, such as 2026-11-01T00:00:00Z");
        }
    }
}
