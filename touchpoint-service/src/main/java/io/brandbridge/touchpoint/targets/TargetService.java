package io.brandbridge.touchpoint.targets;

import io.brandbridge.defaults.conditional.ETags;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.touchpoints.TouchpointService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
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
                request.kind(), request.rationale(), 0, now, now));
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

    /** Replaces the target; with {@code ifMatch}, only while it is still in the state it names. */
    @Transactional
    OperationalTarget update(String touchpointId, String targetId, @Nullable String ifMatch, TargetRequest request, Caller caller) {
        OperationalTarget current = get(touchpointId, targetId, caller);
        ETags.checkIfPresent(ifMatch, TargetResponse.etagOf(current));
        requireFinite(request.threshold());
        long changed = repository.updateIfRevision(targetId, current.revision(), request.metric(), request.op().name(), request.threshold(),
                request.kind().name(), request.rationale(), now());
        requireChanged(changed, ifMatch, targetId);
        return repository.findById(targetId).orElseThrow(() -> ProblemException.notFound("Operational target", targetId));
    }

    void delete(String touchpointId, String targetId, @Nullable String ifMatch, Caller caller) {
        OperationalTarget current = get(touchpointId, targetId, caller);
        ETags.checkIfPresent(ifMatch, TargetResponse.etagOf(current));
        requireChanged(repository.deleteIfRevision(targetId, current.revision()), ifMatch, targetId);
    }

    /**
     * Nothing changed: another request changed the target after it was read. With If-Match the caller's
     * state is stale (412); without one there was no precondition, so it is a conflict to retry (409).
     */
    private static void requireChanged(long rows, @Nullable String ifMatch, String targetId) {
        if (rows == 0) {
            throw ifMatch != null && !ifMatch.isBlank() ? ETags.stale()
                    : ProblemException.conflict("Operational target '" + targetId + "' changed while this request ran; read it again and retry");
        }
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
