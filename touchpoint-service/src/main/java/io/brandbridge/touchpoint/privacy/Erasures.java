package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.brands.BrandScope;
import io.brandbridge.touchpoint.support.SqlErrors;
import io.brandbridge.touchpoint.support.TouchpointLocks;
import io.brandbridge.touchpoint.support.JdbcWork;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Erases a customer from a brand's interactions: the interactions stay (counts and snapshots do not change) but no longer carry
 * the customer's pseudonym under any key version. One transaction holds the ingest locks of the brand's touchpoints (in seq
 * order, so no push of the brand runs meanwhile and journeys' brand lock comes after them as everywhere), clears the pseudonyms,
 * lets the listeners of {@link CustomerErased} forget what they derived, and writes the audit record.
 */
@Singleton
public class Erasures {

    private final TransactionOperations<Connection> transactions;
    private final Pseudonyms pseudonyms;
    private final ApplicationEventPublisher<CustomerErased> events;
    private final ErasureSettings settings;
    private final Clock clock;

    Erasures(TransactionOperations<Connection> transactions, Pseudonyms pseudonyms, ApplicationEventPublisher<CustomerErased> events,
             ErasureSettings settings, Clock clock) {
        this.transactions = transactions;
        this.pseudonyms = pseudonyms;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    ErasureResponse erase(String brandId, String customerRef, Caller caller) {
        BrandScope.require(brandId, caller);
        try {
            return JdbcWork.write(transactions, "Erasing a customer failed", connection -> erase(connection, brandId, customerRef, caller.client()));
        } catch (RuntimeException e) {
            if (SqlErrors.isLockConflict(e)) {
                throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Pushes into the brand's touchpoints are taking long; retry shortly",
                        List.of(), Map.of("Retry-After", "2"));
            }
            throw e;
        }
    }

    Page<ErasureRecordResponse> list(String brandId, int limit, @Nullable String cursor, Caller caller) {
        BrandScope.require(brandId, caller);
        long before = cursor == null ? 0 : seqFrom(cursor);
        List<ErasureAudit.Entry> rows = JdbcWork.read(transactions, "Listing erasures failed",
                connection -> ErasureAudit.page(connection, brandId, before, limit + 1));
        return Page.of(rows, limit, row -> Long.toString(row.seq()), ErasureRecordResponse::from);
    }

    private ErasureResponse erase(Connection connection, String brandId, String customerRef, String requestedBy) throws SQLException {
        List<Integer> touchpointSeqs = lockTouchpoints(connection, brandId);
        List<String> hashes = pseudonyms.allOf(brandId, customerRef);
        long affected = 0;
        String sql = "UPDATE interaction SET customer_ref = NULL WHERE touchpoint_seq = ? AND customer_ref IN ("
                + "?,".repeat(hashes.size() - 1) + "?)";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            // Per touchpoint, so each statement is a range scan of the clustered key's first column.
            for (int seq : touchpointSeqs) {
                update.setInt(1, seq);
                for (int i = 0; i < hashes.size(); i++) {
                    update.setString(i + 2, hashes.get(i));
                }
                affected += update.executeUpdate();
            }
        }
        affected += eraseLegacy(connection, touchpointSeqs, customerRef);
        events.publishEvent(new CustomerErased(connection, brandId, Set.copyOf(hashes)));
        Instant erasedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String auditId = ErasureAudit.record(connection, brandId, requestedBy, affected, erasedAt);
        return new ErasureResponse(brandId, affected, erasedAt, auditId);
    }

    /**
     * Interactions stored before pseudonymisation that the upgrade ({@link LegacyCustomerRefs}) has not reached yet still hold the
     * raw value: it goes too, so the upgrade never links them to the customer again. Only touchpoints still being upgraded are read.
     */
    private static long eraseLegacy(Connection connection, List<Integer> touchpointSeqs, String customerRef) throws SQLException {
        long affected = 0;
        try (PreparedStatement pending = connection.prepareStatement("SELECT last_legacy_id FROM legacy_interaction_upgrade WHERE touchpoint_seq = ?");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE interaction SET customer_ref = NULL WHERE touchpoint_seq = ? AND id <= ? AND customer_ref = ?")) {
            for (int seq : touchpointSeqs) {
                pending.setInt(1, seq);
                try (ResultSet rs = pending.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    update.setInt(1, seq);
                    update.setLong(2, rs.getLong(1));
                    update.setString(3, customerRef);
                    affected += update.executeUpdate();
                }
            }
        }
        return affected;
    }

    private List<Integer> lockTouchpoints(Connection connection, String brandId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM touchpoint WHERE brand_id = ? ORDER BY seq")) {
            query.setString(1, brandId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        List<Integer> seqs = new ArrayList<>(ids.size());
        for (String id : ids) {
            try {
                seqs.add(TouchpointLocks.lock(connection, id, settings.lockWait()).seq());
            } catch (ProblemException gone) {
                // Deleted since the list was read: it held no interactions.
            }
        }
        return seqs;
    }

    private static long seqFrom(String cursor) {
        try {
            return Long.parseLong(Cursors.decode(cursor));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
        }
    }
}
