package io.brandbridge.touchpoint.journeys;

import io.brandbridge.touchpoint.privacy.LegacyInteractionsPseudonymised;
import io.brandbridge.touchpoint.support.DbTimes;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Takes in interactions a release before journeys stored, once the upgrade pseudonymised them, as if they had just been pushed:
 * their journey contacts, derived metrics and counters, their neighbours re-derived, and their hours marked as changed.
 */
@Singleton
class LegacyContacts {

    private static final int HOUR_PREFIX = 13;

    private final JourneyDerivations derivations;
    private final Clock clock;

    LegacyContacts(JourneyDerivations derivations, Clock clock) {
        this.derivations = derivations;
        this.clock = clock;
    }

    @EventListener
    void pseudonymised(LegacyInteractionsPseudonymised event) {
        List<NewContact> contacts = new ArrayList<>(event.interactions().size());
        Set<String> hours = new TreeSet<>();
        for (LegacyInteractionsPseudonymised.Interaction i : event.interactions()) {
            contacts.add(new NewContact(i.interactionId(), i.occurredAt(), i.externalId(), i.journeyId(), i.customer(), i.aliases(),
                    i.metricKeys(), i.metricValues()));
            hours.add(i.occurredAt().substring(0, HOUR_PREFIX));
        }
        try {
            derivations.stored(event.connection(), event.brandId(), event.touchpointSeq(), contacts);
            markHours(event.connection(), event.touchpointSeq(), hours);
        } catch (SQLException e) {
            throw new IllegalStateException("Deriving the journeys of interactions stored before journeys failed", e);
        }
    }

    /** Every hour of the contacts got derived values, so its days are re-scored like those of a push; in key order, last. */
    private void markHours(Connection connection, int touchpointSeq, Set<String> hours) throws SQLException {
        if (hours.isEmpty()) {
            return;
        }
        String changedAt = DbTimes.sql(clock.instant());
        List<String> rows = new ArrayList<>(hours.size());
        hours.forEach(hour -> rows.add("(" + touchpointSeq + ",'" + hour + ":00:00','" + changedAt + "')"));
        try (Statement upsert = connection.createStatement()) {
            upsert.executeUpdate("INSERT INTO interaction_change_hour (touchpoint_seq, hour_start, changed_at) VALUES " + String.join(",", rows)
                    + " ON DUPLICATE KEY UPDATE changed_at = VALUES(changed_at)");
        }
    }
}
