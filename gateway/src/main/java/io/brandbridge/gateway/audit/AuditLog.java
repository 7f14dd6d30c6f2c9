package io.brandbridge.gateway.audit;

import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Writes audit events, in the caller's transaction so a change and its event stand or fall together, and lists them newest first. */
@Singleton
public class AuditLog {

    private static final int MAX_DETAIL = 500;

    private final AuditEventRepository repository;
    private final Clock clock;

    public AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void record(AuditActor actor, AuditAction action, String clientId, String clientName, @Nullable String detail) {
        repository.save(new AuditEventEntity(null, Ids.newId("aud"), clock.instant().truncatedTo(ChronoUnit.MICROS), action,
                actor.clientId(), actor.clientName(), clientId, clientName, actor.sourceAddress(), actor.requestId(),
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…"));
    }

    public Page<AuditEventResponse> list(int limit, @Nullable String cursor) {
        long before = cursor == null ? Long.MAX_VALUE : parse(Cursors.decode(cursor));
        return Page.of(repository.findBefore(before, limit + 1), limit, e -> Long.toString(e.seq()), AuditEventResponse::from);
    }

    private static long parse(String sortKey) {
        try {
            return Long.parseLong(sortKey);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
        }
    }
}
