package io.brandbridge.touchpoint.targets;

import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.touchpoints.TouchpointService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Operational targets live under their touchpoint and share its brand scope. */
@Singleton
class TargetService {

    private final TargetRepository repository;
    private final TouchpointService touchpoints;
    private final Clock clock;

    TargetService(TargetRepository repository, TouchpointService touchpoints, Clock clock) {
        this.repository = repository;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    OperationalTarget create(String touchpointId, TargetRequest request, Caller caller) {
        touchpoints.requireInScope(touchpointId, caller);
        requireFinite(request.threshold());
        Instant now = now();
        return repository.save(new OperationalTarget(Ids.newId("tgt"), touchpointId, request.metric(), request.op(), request.threshold(),
                request.kind(), request.rationale(), now, now));
    }

    Page<TargetResponse> list(String touchpointId, int limit, @Nullable String cursor, Caller caller) {
        touchpoints.requireInScope(touchpointId, caller);
        List<OperationalTarget> rows;
        if (cursor == null) {
            rows = repository.findFirstPage(touchpointId, limit + 1);
        } else {
            String[] key = Cursors.decode(cursor).split("\\|", 2);
            rows = repository.findPageAfter(touchpointId, instantFrom(key[0]), key.length > 1 ? key[1] : "", limit + 1);
        }
        return Page.of(rows, limit, t -> t.createdAt() + "|" + t.id(), TargetResponse::from);
    }

    OperationalTarget get(String touchpointId, String targetId, Caller caller) {
        touchpoints.requireInScope(touchpointId, caller);
        return repository.findByIdAndTouchpointId(targetId, touchpointId)
                .orElseThrow(() -> ProblemException.notFound("Operational target", targetId));
    }

    OperationalTarget update(String touchpointId, String targetId, TargetRequest request, Caller caller) {
        OperationalTarget current = get(touchpointId, targetId, caller);
        requireFinite(request.threshold());
        OperationalTarget updated = new OperationalTarget(targetId, touchpointId, request.metric(), request.op(), request.threshold(),
                request.kind(), request.rationale(), current.createdAt(), now());
        repository.update(targetId, updated.metric(), updated.op(), updated.threshold(), updated.kind(), updated.rationale(), updated.updatedAt());
        return updated;
    }

    void delete(String touchpointId, String targetId, Caller caller) {
        repository.delete(get(touchpointId, targetId, caller));
    }

    // Whole seconds: Connector/J drops fractions on MariaDB 10.x, and a timestamp must read back as it was answered.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static void requireFinite(double threshold) {
        if (!Double.isFinite(threshold)) {
            throw ProblemException.invalid("/threshold", "must be a finite number");
        }
    }

    private static Instant instantFrom(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
        }
    }
}
