package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.defaults.conditional.ETags;
import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.support.SqlErrors;
import io.brandbridge.touchpoint.touchpoints.TouchpointService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Mapping profiles live under their touchpoint and share its brand scope; every stored change raises the version. */
@Singleton
class MappingProfileService {

    private final MappingProfileStore store;
    private final TouchpointService touchpoints;
    private final Clock clock;

    MappingProfileService(MappingProfileStore store, TouchpointService touchpoints, Clock clock) {
        this.store = store;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    StoredProfile create(String touchpointId, MappingProfileRequest request, Caller caller) {
        int seq = touchpoints.requireSeqInScope(touchpointId, caller);
        ProfileRules.compile(request.name(), request);
        try {
            store.insert(seq, request.name(), request, now());
        } catch (RuntimeException e) {
            if (SqlErrors.isDuplicateKey(e)) {
                throw ProblemException.conflict("Touchpoint '" + touchpointId + "' already has a mapping profile named '" + request.name()
                        + "'; change it with PUT");
            }
            throw e;
        }
        return find(touchpointId, request.name());
    }

    Page<MappingProfileResponse> list(String touchpointId, int limit, @Nullable String cursor, Caller caller) {
        int seq = touchpoints.requireSeqInScope(touchpointId, caller);
        String after = cursor == null ? null : Cursors.decode(cursor);
        return Page.of(store.page(seq, after, limit + 1), limit, StoredProfile::name, MappingProfileResponse::from);
    }

    StoredProfile get(String touchpointId, String name, Caller caller) {
        touchpoints.requireInScope(touchpointId, caller);
        return find(touchpointId, name);
    }

    /** Replaces the definition; with {@code ifMatch}, only while the profile is still in the state it names. */
    StoredProfile update(String touchpointId, String name, @Nullable String ifMatch, MappingProfileRequest request, Caller caller) {
        int seq = touchpoints.requireSeqInScope(touchpointId, caller);
        StoredProfile current = find(touchpointId, name);
        ETags.checkIfPresent(ifMatch, current.etag());
        MappingProfileRequest named = withName(request, name);
        ProfileRules.compile(name, named);
        requireChanged(store.update(seq, name, current.version(), named, now()), ifMatch, name);
        return find(touchpointId, name);
    }

    void delete(String touchpointId, String name, @Nullable String ifMatch, Caller caller) {
        int seq = touchpoints.requireSeqInScope(touchpointId, caller);
        StoredProfile current = find(touchpointId, name);
        ETags.checkIfPresent(ifMatch, current.etag());
        requireChanged(store.delete(seq, name, current.version()), ifMatch, name);
    }

    private StoredProfile find(String touchpointId, String name) {
        return store.find(touchpointId, name).orElseThrow(() -> ProblemException.notFound("Mapping profile", name));
    }

    /** With If-Match the caller's state is stale (412); without one there was no precondition, so a race is a conflict (409). */
    private static void requireChanged(int rows, @Nullable String ifMatch, String name) {
        if (rows == 0) {
            throw ifMatch != null && !ifMatch.isBlank() ? ETags.stale()
                    : ProblemException.conflict("Mapping profile '" + name + "' changed while this request ran; read it again and retry");
        }
    }

    private static MappingProfileRequest withName(MappingProfileRequest r, String name) {
        return new MappingProfileRequest(name, r.format(), r.delimiter(), r.externalId(), r.occurredAt(), r.customerRef(), r.journeyId(),
                r.sourceVersion(), r.metrics(), r.attributes());
    }

    // Whole seconds: Connector/J drops fractions on MariaDB 10.x, and a timestamp must read back as it was answered.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
