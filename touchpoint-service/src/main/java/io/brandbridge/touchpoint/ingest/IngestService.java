package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.brands.BrandDataPolicies;
import io.brandbridge.touchpoint.ingest.health.PushLog;
import io.brandbridge.touchpoint.privacy.Pseudonymiser;
import io.brandbridge.touchpoint.privacy.Pseudonyms;
import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.SqlErrors;
import io.brandbridge.touchpoint.support.Transactions;
import io.brandbridge.touchpoint.touchpoints.TouchpointService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One push: records are read, validated and written chunk by chunk, so a large body is never held
 * whole. The push is one transaction: a request-level failure (over a limit, malformed JSON) stores
 * nothing, while invalid rows are only reported and the valid ones are stored. Every push that answers
 * a report is logged for the touchpoint's ingest health, with its records when it stored any.
 */
@Singleton
public class IngestService {

    private final TouchpointService touchpoints;
    private final IngestFormats formats;
    private final RecordValidator validator;
    private final IngestSessions sessions;
    private final TransactionOperations<Connection> transactions;
    private final IngestLimits limits;
    private final Pseudonyms pseudonyms;
    private final BrandDataPolicies policies;
    private final PushLog pushLog;
    private final Clock clock;

    IngestService(TouchpointService touchpoints, IngestFormats formats, RecordValidator validator, IngestSessions sessions,
                  TransactionOperations<Connection> transactions, IngestLimits limits, Pseudonyms pseudonyms, BrandDataPolicies policies,
                  PushLog pushLog, Clock clock) {
        this.touchpoints = touchpoints;
        this.formats = formats;
        this.validator = validator;
        this.sessions = sessions;
        this.transactions = transactions;
        this.limits = limits;
        this.pseudonyms = pseudonyms;
        this.policies = policies;
        this.pushLog = pushLog;
        this.clock = clock;
    }

    /** Stores a push read by {@code format} (a vendor's), by the touchpoint's profile {@code mapping}, or natively by its media type. */
    public IngestReport ingest(String touchpointId, MediaType type, InputStream body, @Nullable String format, @Nullable String mapping,
                               Caller caller) {
        String brandId = touchpoints.requireInScope(touchpointId, caller).brandId();
        Instant now = clock.instant();
        ReportBuilder report = new ReportBuilder(limits.maxErrors());
        CustomerHashing hashing = new CustomerHashing(pseudonyms, brandId);
        boolean guardPersonalData = policies.policy(brandId).piiGuard();
        try (RecordSource source = formats.open(type, body, format, mapping, touchpointId)) {
            // The first chunk is read before the transaction, so a typical push holds the lock only while writing.
            List<ValidRecord> first = new ArrayList<>(limits.chunkSize());
            boolean finished = fill(source, first, report, now, hashing, guardPersonalData);
            if (first.isEmpty() && finished) {
                pushLog.record(touchpointId, now, report.counts());
                return report.build();
            }
            return transactions.execute(Transactions.READ_COMMITTED, status -> store(status.getConnection(), touchpointId, source, first, finished, report, now, hashing,
                    guardPersonalData));
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    private IngestReport store(Connection connection, String touchpointId, RecordSource source, List<ValidRecord> first,
                               boolean firstIsLast, ReportBuilder report, Instant now, CustomerHashing hashing,
                               boolean guardPersonalData) {
        try {
            IngestSession session = sessions.open(connection, touchpointId, DbTimes.sql(now));
            List<ValidRecord> chunk = first;
            boolean finished = firstIsLast;
            while (true) {
                session.write(chunk, report);
                if (finished) {
                    break;
                }
                chunk = new ArrayList<>(limits.chunkSize());
                finished = fill(source, chunk, report, now, hashing, guardPersonalData);
            }
            // Before finish, which writes the change marks last so that they trail the commit by as little as possible.
            pushLog.record(connection, touchpointId, now, report.counts());
            session.finish(clock);
            return report.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing interactions failed", e);
        }
    }

    /** Reads records into {@code chunk} until it is full; true when the body has ended. */
    private boolean fill(RecordSource source, List<ValidRecord> chunk, ReportBuilder report, Instant now, CustomerHashing hashing,
                         boolean guardPersonalData)
            throws IOException {
        while (chunk.size() < limits.chunkSize()) {
            RawRecord raw = source.next();
            if (raw == null) {
                return true;
            }
            if (report.received() >= limits.maxRecords()) {
                throw BodyProblems.tooManyRecords(limits.maxRecords());
            }
            report.countReceived();
            ValidRecord valid = validator.validate(raw, now, guardPersonalData);
            if (valid == null) {
                report.rejected(raw);
            } else {
                chunk.add(hashing.apply(valid));
            }
        }
        return false;
    }

    private static RuntimeException translate(Exception e) {
        if (BodyProblems.isOverSizeLimit(e)) {
            return BodyProblems.overSizeLimit();
        }
        if (e instanceof ProblemException problem) {
            return problem;
        }
        if (SqlErrors.isLockConflict(e)) {
            return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Another push into this touchpoint is taking long; retry shortly (replaying records is safe)",
                    List.of(), Map.of("Retry-After", "2"));
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new UncheckedIOException((IOException) e);
    }
}
