package io.brandbridge.touchpoint.privacy;

import io.micronaut.core.annotation.Nullable;

import java.sql.Connection;
import java.util.List;

/**
 * Published inside an upgrade chunk's transaction, under the touchpoint's ingest lock, for interactions a release before
 * pseudonymisation stored: journeys takes them in as if they had just been pushed. Their stored customer_ref changes to
 * {@code customer} after the listeners ran, in the same transaction.
 */
public record LegacyInteractionsPseudonymised(Connection connection, String brandId, int touchpointSeq, List<Interaction> interactions) {

    /**
     * One stored interaction with a journeyId or a customerRef: {@code occurredAt} as UTC SQL text, {@code customer} the current
     * pseudonym, {@code aliases} the older key versions' ones, and every metric stored for it (what the standing counters hold).
     */
    public record Interaction(long interactionId, String occurredAt, String externalId, @Nullable String journeyId, @Nullable String customer,
                              List<String> aliases, String[] metricKeys, double[] metricValues) {
    }
}
