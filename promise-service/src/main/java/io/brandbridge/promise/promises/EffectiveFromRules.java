package io.brandbridge.promise.promises;

import io.brandbridge.defaults.problem.Problem.FieldError;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where a version may start when the caller chooses it (the {@code effectiveFrom} query parameter of activate
 * and update): inside fixed bounds, on a whole second, and after the version it follows, so versions never
 * overlap or change order.
 */
final class EffectiveFromRules {

    static final String POINTER = "/effectiveFrom";
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final int YEARS_AHEAD_MAX = 5;

    private EffectiveFromRules() {
    }

    /** The bounds any chosen start must keep, whatever version it is for. */
    static Optional<FieldError> outOfBounds(Instant effectiveFrom, Instant now) {
        Instant latest = now.atOffset(ZoneOffset.UTC).plusYears(YEARS_AHEAD_MAX).toInstant();
        if (effectiveFrom.isBefore(EARLIEST)) {
            return Optional.of(new FieldError(POINTER, "must not be before " + EARLIEST));
        }
        if (effectiveFrom.isAfter(latest)) {
            return Optional.of(new FieldError(POINTER, "must not be more than " + YEARS_AHEAD_MAX + " years after now ("
                    + latest + ")"));
        }
        // Stored instants are whole seconds on every database, so a fraction could not be kept as sent.
        if (effectiveFrom.getNano() != 0) {
            return Optional.of(new FieldError(POINTER, "must be a whole second, e.g. " + effectiveFrom.truncatedTo(ChronoUnit.SECONDS)));
        }
        return Optional.empty();
    }

    /** A version starts strictly after the one before it, so the two never overlap or swap places. */
    static Optional<FieldError> notAfter(Instant effectiveFrom, PromiseVersion previous) {
        if (effectiveFrom.isAfter(previous.effectiveFrom())) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(POINTER, "must be after " + previous.effectiveFrom() + ", when version "
                + previous.version() + " takes effect; versions follow each other in time"));
    }

    static FieldError onDraft() {
        return new FieldError(POINTER, "cannot be set when editing a draft: a draft takes effect when it is activated "
                + "(POST /promises/{promiseId}/activate?effectiveFrom=)");
    }
}
