package io.brandbridge.touchpoint.journeys;

import io.brandbridge.touchpoint.brands.BrandDataPolicies;
import io.brandbridge.touchpoint.counters.HourTally;
import io.brandbridge.touchpoint.counters.StandingPredicates;
import io.brandbridge.touchpoint.support.BrandLocks;
import io.brandbridge.touchpoint.support.DbTimes;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Re-derives, inside a push's transaction, every contact the push's contacts can change: all contacts of the push's
 * customers and journey ids (and of the journeys those customers' contacts belong to, whose handoffs look at followed-up
 * values), then writes only what changed. Serialised per brand: the touchpoint lock is already held, the brand lock next.
 */
@Singleton
public class JourneyDerivations {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyDerivations.class);

    private final JourneySettings settings;
    private final BrandDataPolicies policies;
    private final Clock clock;

    JourneyDerivations(JourneySettings settings, BrandDataPolicies policies, Clock clock) {
        this.settings = settings;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * Takes the brand's derivation lock ahead of the derivation, for a push about to remove rows that derivations of other
     * touchpoints' pushes write (it holds its touchpoint lock already, so the order stays touchpoint, brand, data rows).
     */
    public void lockBrand(Connection connection, String brandId) throws SQLException {
        BrandLocks.lock(connection, brandId, settings.lockWait());
    }

    /** The brand's repeat window, read on every derivation so a change applies to the next push. */
    Duration repeatWindow(String brandId) {
        return policies.policy(brandId).repeatWindow();
    }

    /**
     * Derives after a push stored {@code contacts} at touchpoint {@code touchpointSeq}; the standing counters of that
     * touchpoint move in {@code tally}, which the push writes itself.
     */
    public void pushed(Connection connection, String brandId, int touchpointSeq, List<NewContact> contacts, HourTally tally) throws SQLException {
        pushed(connection, brandId, touchpointSeq, contacts, tally, List.of());
    }

    /**
     * As {@link #pushed(Connection, String, int, List, HourTally)}, when the push also replaced stored interactions with newer
     * versions: what is left of them goes first, and the journeys they were in are derived again without them.
     */
    public void pushed(Connection connection, String brandId, int touchpointSeq, List<NewContact> contacts, HourTally tally,
                       List<ReplacedContact> replaced) throws SQLException {
        if (contacts.isEmpty() && replaced.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        BrandLocks.lock(connection, brandId, settings.lockWait());
        long locked = System.nanoTime();
        Map<Integer, String> touchpoints = JourneyContacts.touchpointsOf(connection, brandId);
        Set<String> customers = new HashSet<>();
        Set<String> journeyIds = new HashSet<>();
        Map<String, String> aliases = new HashMap<>();
        Map<Long, NewContact> pushed = new HashMap<>(contacts.size() * 2);
        List<Contact> fresh = new ArrayList<>(contacts.size());
        for (NewContact c : contacts) {
            if (c.customer() != null) {
                customers.add(c.customer());
                c.aliases().forEach(alias -> aliases.put(alias, c.customer()));
            }
            if (c.journeyId() != null) {
                journeyIds.add(c.journeyId());
            }
            pushed.put(c.interactionId(), c);
            fresh.add(new Contact(touchpointSeq, c.interactionId(), touchpoints.get(touchpointSeq), c.externalId(),
                    JourneyContacts.micros(c.occurredAt()), c.journeyId(), c.customer(), null));
        }
        ReplacedContacts.remove(connection, touchpointSeq, replaced, tally, customers, journeyIds);
        if (!aliases.isEmpty()) {
            CustomerRekeying.rekey(connection, brandId, aliases);
        }
        Map<Contact.Key, Contact> loaded = load(connection, brandId, customers, journeyIds, touchpoints);
        long read = System.nanoTime();
        int stored = loaded.size();
        fresh.forEach(c -> loaded.put(c.key(), c));
        rederive(connection, brandId, new ArrayList<>(loaded.values()), customers, touchpointSeq, tally, pushed);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Derived {} pushed contacts ({} stored loaded): lock wait {} ms, load {} ms, derive and write {} ms", contacts.size(),
                    stored, (locked - start) / 1_000_000, (read - locked) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        }
    }

    /**
     * Derives contacts stored at {@code touchpointSeq} earlier, without journeys (by a release before them), through a push's path:
     * the caller holds the touchpoint lock, and each contact carries every metric stored for it, which the standing counters hold.
     */
    public void stored(Connection connection, String brandId, int touchpointSeq, List<NewContact> contacts) throws SQLException {
        HourTally tally = new HourTally(touchpointSeq, StandingPredicates.at(connection, touchpointSeq));
        pushed(connection, brandId, touchpointSeq, contacts, tally);
        tally.writeTo(connection);
    }

    /** Every stored contact of the customers and journey ids, and of the other journeys of those customers' contacts. */
    static Map<Contact.Key, Contact> load(Connection connection, String brandId, Set<String> customers, Set<String> journeyIds,
                                          Map<Integer, String> touchpoints) throws SQLException {
        Map<Contact.Key, Contact> loaded = new LinkedHashMap<>();
        JourneyContacts.load(connection, brandId, "customer", customers, touchpoints, loaded);
        JourneyContacts.load(connection, brandId, "journey_id", journeyIds, touchpoints, loaded);
        Set<String> more = new HashSet<>();
        for (Contact c : loaded.values()) {
            if (c.journeyId() != null && !journeyIds.contains(c.journeyId())) {
                more.add(c.journeyId());
            }
        }
        JourneyContacts.load(connection, brandId, "journey_id", more, touchpoints, loaded);
        return loaded;
    }

    /** Derives {@code contacts} (complete for {@code customers} and their journeys), writes the changed rows and moves the counts. */
    void rederive(Connection connection, String brandId, List<Contact> contacts, Set<String> customers, int ownSeq, HourTally ownTally,
                  Map<Long, NewContact> pushed) throws SQLException {
        if (contacts.isEmpty()) {
            return;
        }
        Map<Contact.Key, Derived> derived = JourneyDerivation.derive(contacts, customers, repeatWindow(brandId));
        List<Contact> changedRows = new ArrayList<>();
        List<MetricChange> changedMetrics = new ArrayList<>();
        for (Contact c : contacts) {
            Derived now = derived.get(c.key());
            if (Objects.equals(now, c.stored())) {
                continue;
            }
            changedRows.add(c);
            List<Derived.Metric> before = c.stored() == null ? List.of() : c.stored().metrics();
            List<Derived.Metric> after = now.metrics();
            if (!before.equals(after)) {
                changedMetrics.add(new MetricChange(c, before, after));
            }
        }
        long derivedAt = System.nanoTime();
        JourneyContacts.upsert(connection, brandId, changedRows, derived);
        long upserted = System.nanoTime();
        DerivedMetricWriter.write(connection, changedMetrics, ownSeq, ownTally, pushed, DbTimes.sql(clock.instant()));
        if (LOG.isDebugEnabled()) {
            LOG.debug("Wrote {} contacts in {} ms and {} metric changes in {} ms", changedRows.size(), (upserted - derivedAt) / 1_000_000,
                    changedMetrics.size(), (System.nanoTime() - upserted) / 1_000_000);
        }
    }
}
