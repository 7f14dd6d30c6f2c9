package io.brandbridge.touchpoint.journeys;

import io.brandbridge.touchpoint.counters.HourTally;
import io.brandbridge.touchpoint.privacy.CustomerErased;
import io.brandbridge.touchpoint.privacy.InteractionsExpiring;
import io.brandbridge.touchpoint.support.BrandLocks;
import io.brandbridge.touchpoint.support.DbTimes;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps journeys in step with erasure and retention, inside their transactions. An erased customer leaves every contact:
 * its customer journeys dissolve and its followed-up values go, journeyId journeys stay. Expiring contacts are forgotten,
 * and the contacts kept keep the values derived while the expired ones were there (no re-derivation of what remains).
 */
@Singleton
class PrivacyEvents {

    private final JourneyDerivations derivations;
    private final JourneySettings settings;

    PrivacyEvents(JourneyDerivations derivations, JourneySettings settings) {
        this.derivations = derivations;
        this.settings = settings;
    }

    @EventListener
    void erased(CustomerErased event) {
        try {
            Connection connection = event.connection();
            BrandLocks.lock(connection, event.brandId(), settings.lockWait());
            Map<Integer, String> touchpoints = JourneyContacts.touchpointsOf(connection, event.brandId());
            Map<Contact.Key, Contact> loaded = JourneyDerivations.load(connection, event.brandId(), event.pseudonyms(), Set.of(), touchpoints);
            if (loaded.isEmpty()) {
                return;
            }
            List<Contact> unlinked = new ArrayList<>(loaded.size());
            List<Contact> gone = new ArrayList<>();
            for (Contact c : loaded.values()) {
                boolean erased = c.customer() != null && event.pseudonyms().contains(c.customer());
                Contact kept = erased ? new Contact(c.touchpointSeq(), c.interactionId(), c.touchpointId(), c.externalId(), c.occurredAt(),
                        c.journeyId(), null, c.stored()) : c;
                if (kept.journeyId() == null && kept.customer() == null) {
                    gone.add(kept);
                }
                unlinked.add(kept);
            }
            // Contacts left with neither journeyId nor customer are in no journey: their derived values go, then their rows.
            derivations.rederive(connection, event.brandId(), unlinked, new HashSet<>(), -1, new HourTally(-1, List.of()), Map.of());
            JourneyContacts.deleteContacts(connection, gone);
        } catch (SQLException e) {
            throw new IllegalStateException("Unlinking the erased customer's journeys failed", e);
        }
    }

    @EventListener
    void expiring(InteractionsExpiring event) {
        try {
            for (int seq : event.touchpointSeqs()) {
                JourneyContacts.delete(event.connection(), seq, DbTimes.sql(event.cutoff()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Forgetting expired contacts failed", e);
        }
    }
}
