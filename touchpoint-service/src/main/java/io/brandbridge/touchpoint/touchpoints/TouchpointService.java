package io.brandbridge.touchpoint.touchpoints;

import io.brandbridge.defaults.conditional.ETags;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Touchpoint lifecycle with brand scope: another brand's touchpoint answers exactly like a missing one. */
@Singleton
public class TouchpointService {

    private final TouchpointRepository repository;
    private final TouchpointListQuery listQuery;
    private final Clock clock;

    TouchpointService(TouchpointRepository repository, TouchpointListQuery listQuery, Clock clock) {
        this.repository = repository;
        this.listQuery = listQuery;
        this.clock = clock;
    }

    public Touchpoint create(String brandId, TouchpointRequest request, Caller caller) {
        if (!caller.mayAccessBrand(brandId)) {
            throw ProblemException.notFound("Brand", brandId);
        }
        Instant now = now();
        return repository.save(new Touchpoint(Ids.newId("tp"), brandId, request.type(), request.name(), request.owner(),
                request.region(), request.vendor(), zone(request.timeZone()), 0, now, now));
    }

    /** The touchpoint if it exists within the caller's brand scope; otherwise a 404 problem. */
    public Touchpoint requireInScope(String id, Caller caller) {
        return repository.findById(id)
                .filter(t -> caller.mayAccessBrand(t.brandId()))
                .orElseThrow(() -> ProblemException.notFound("Touchpoint", id));
    }

    /** The compact key the interaction tables use for an in-scope touchpoint. */
    public int requireSeqInScope(String id, Caller caller) {
        requireInScope(id, caller);
        return repository.findSeq(id).orElseThrow(() -> ProblemException.notFound("Touchpoint", id));
    }

    public Page<TouchpointResponse> list(@Nullable String brandId, @Nullable TouchpointType type, int limit, @Nullable String cursor, Caller caller) {
        // Filtering by a brand outside the scope answers as for any of its objects, not with an empty page.
        if (brandId != null && !caller.mayAccessBrand(brandId)) {
            throw ProblemException.notFound("Brand", brandId);
        }
        int after = cursor == null ? 0 : seqFrom(cursor);
        return Page.of(listQuery.find(caller, brandId, type, after, limit + 1), limit,
                row -> String.valueOf(row.seq()), row -> TouchpointResponse.from(row.touchpoint()));
    }

    /** Replaces the details; with {@code ifMatch}, only while the touchpoint is still in the state it names. */
    @Transactional
    public Touchpoint update(String id, @Nullable String ifMatch, TouchpointRequest request, Caller caller) {
        Touchpoint current = requireInScope(id, caller);
        ETags.checkIfPresent(ifMatch, TouchpointResponse.etagOf(current));
        long changed = repository.updateIfRevision(id, current.revision(), request.type().name(), request.name(), request.owner(),
                request.region(), request.vendor(), zone(request.timeZone()), now());
        requireChanged(changed, ifMatch, id);
        return repository.findById(id).orElseThrow(() -> ProblemException.notFound("Touchpoint", id));
    }

    /** Deletes a touchpoint, its targets, mapping profiles, change marks and push log; refused while it holds interactions, which are the audit trail. */
    @Transactional
    public void delete(String id, @Nullable String ifMatch, Caller caller) {
        Touchpoint current = requireInScope(id, caller);
        ETags.checkIfPresent(ifMatch, TouchpointResponse.etagOf(current));
        int seq = repository.lockSeq(id).orElseThrow(() -> ProblemException.notFound("Touchpoint", id));
        if (repository.hasInteractions(seq) > 0) {
            throw ProblemException.conflict("Touchpoint '" + id + "' has interactions and cannot be deleted");
        }
        repository.deleteTargets(id);
        repository.deleteMappingProfiles(seq);
        repository.deleteMetricKeys(seq);
        repository.deleteChangeHours(seq);
        repository.deletePushLog(seq);
        // Without interactions it has no counters, only registrations.
        repository.deleteStandingPredicates(seq);
        requireChanged(repository.deleteIfRevision(id, current.revision()), ifMatch, id);
    }

    /**
     * Nothing changed: another request changed the touchpoint after it was read. With If-Match the caller's
     * state is stale (412); without one there was no precondition, so it is a conflict to retry (409).
     */
    private static void requireChanged(long rows, @Nullable String ifMatch, String id) {
        if (rows == 0) {
            throw ifMatch != null && !ifMatch.isBlank() ? ETags.stale()
                    : ProblemException.conflict("Touchpoint '" + id + "' changed while this request ran; read it again and retry");
        }
    }

    // Whole seconds: Connector/J drops fractions on MariaDB 10.x, and a timestamp must read back as it was answered.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String zone(@Nullable String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return "UTC";
        }
        try {
            return ZoneId.of(timeZone).getId();
        } catch (DateTimeException e) {
            throw ProblemException.invalid("/timeZone", "is not a known IANA time zone");
        }
    }

    private static int seqFrom(String cursor) {
        try {
            return Integer.parseInt(Cursors.decode(cursor));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
        }
    }
}
