package io.brandbridge.touchpoint.journeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The journey definitions as a pure function: contacts in, derived values out. A journey is all contacts with one
 * journeyId; contacts without one but with a customer form that customer's journeys, a new one starting after a gap of
 * more than the repeat window. A contact with a customer is followed up when the customer has another contact in
 * (t, t + 7 days]. Contacts are ordered by occurredAt, then touchpoint id, then externalId.
 */
public final class JourneyDerivation {

    /** "Followed up" always looks 7 days ahead, whatever a brand's repeat window. */
    public static final Duration FOLLOW_UP = Duration.ofDays(7);
    /** The repeat window of a brand that has not set one. */
    public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofDays(7);

    public static final Comparator<Contact> ORDER = Comparator.comparingLong(Contact::occurredAt)
            .thenComparing(Contact::touchpointId).thenComparing(Contact::externalId);

    private static final long MICROS_PER_MINUTE = 60_000_000L;
    private static final double MICROS_PER_HOUR = 3_600_000_000.0;

    private JourneyDerivation() {
    }

    /**
     * Derives every contact's values. {@code contacts} must hold every contact of each journeyId present and of each
     * customer in {@code completeCustomers}; a contact whose customer is not complete keeps its stored followedUp, and
     * every contact without a journeyId must have a complete customer.
     */
    public static Map<Contact.Key, Derived> derive(List<Contact> contacts, Set<String> completeCustomers, Duration repeatWindow) {
        List<Contact> sorted = new ArrayList<>(contacts);
        sorted.sort(ORDER);
        Map<Contact.Key, Integer> followedUp = followedUp(sorted, completeCustomers);
        Map<Contact.Key, Derived> derived = new HashMap<>(sorted.size() * 2);
        for (List<Contact> journey : journeys(sorted, repeatWindow)) {
            deriveJourney(journey, followedUp, derived);
        }
        for (Contact c : sorted) {
            if (!derived.containsKey(c.key())) {
                // Neither journeyId nor customer: in no journey, nothing derived.
                derived.put(c.key(), Derived.NONE);
            }
        }
        return derived;
    }

    /** The journeys among {@code contacts} (complete as for {@link #derive}), each in order, ordered by their first contact. */
    public static List<List<Contact>> journeys(List<Contact> contacts, Duration repeatWindow) {
        List<Contact> sorted = new ArrayList<>(contacts);
        sorted.sort(ORDER);
        Map<String, List<Contact>> byJourneyId = new LinkedHashMap<>();
        Map<String, List<Contact>> byCustomer = new LinkedHashMap<>();
        for (Contact c : sorted) {
            if (c.journeyId() != null) {
                byJourneyId.computeIfAbsent(c.journeyId(), k -> new ArrayList<>()).add(c);
            } else if (c.customer() != null) {
                byCustomer.computeIfAbsent(c.customer(), k -> new ArrayList<>()).add(c);
            }
        }
        List<List<Contact>> journeys = new ArrayList<>(byJourneyId.values());
        long window = repeatWindow.toNanos() / 1000;
        for (List<Contact> ofCustomer : byCustomer.values()) {
            List<Contact> current = new ArrayList<>();
            for (Contact c : ofCustomer) {
                if (!current.isEmpty() && c.occurredAt() - current.getLast().occurredAt() > window) {
                    journeys.add(current);
                    current = new ArrayList<>();
                }
                current.add(c);
            }
            journeys.add(current);
        }
        journeys.sort(Comparator.comparing(List::getFirst, ORDER));
        return journeys;
    }

    private static Map<Contact.Key, Integer> followedUp(List<Contact> sorted, Set<String> completeCustomers) {
        Map<String, List<Contact>> byCustomer = new HashMap<>();
        Map<Contact.Key, Integer> followedUp = new HashMap<>(sorted.size() * 2);
        for (Contact c : sorted) {
            if (c.customer() == null) {
                continue;
            }
            if (completeCustomers.contains(c.customer())) {
                byCustomer.computeIfAbsent(c.customer(), k -> new ArrayList<>()).add(c);
            } else if (c.stored() != null && c.stored().followedUp() != null) {
                followedUp.put(c.key(), c.stored().followedUp());
            }
        }
        long ahead = FOLLOW_UP.toNanos() / 1000;
        for (List<Contact> ofCustomer : byCustomer.values()) {
            int later = 0;
            for (int i = 0; i < ofCustomer.size(); i++) {
                long t = ofCustomer.get(i).occurredAt();
                if (later <= i) {
                    later = i + 1;
                }
                while (later < ofCustomer.size() && ofCustomer.get(later).occurredAt() <= t) {
                    later++;
                }
                boolean followed = later < ofCustomer.size() && ofCustomer.get(later).occurredAt() - t <= ahead;
                followedUp.put(ofCustomer.get(i).key(), followed ? 1 : 0);
            }
        }
        return followedUp;
    }

    private static void deriveJourney(List<Contact> journey, Map<Contact.Key, Integer> followedUp, Map<Contact.Key, Derived> out) {
        int handoffs = 0;
        Set<Integer> touchpoints = new HashSet<>();
        int n = journey.size();
        Integer[] handedOff = new Integer[n];
        for (int i = 0; i < n; i++) {
            Contact c = journey.get(i);
            touchpoints.add(c.touchpointSeq());
            boolean handoff = i + 1 < n && journey.get(i + 1).touchpointSeq() != c.touchpointSeq();
            handedOff[i] = handoff ? 1 : 0;
            handoffs += handoff ? 1 : 0;
        }
        double hours = (journey.getLast().occurredAt() - journey.getFirst().occurredAt()) / MICROS_PER_HOUR;
        for (int i = 0; i < n; i++) {
            Contact c = journey.get(i);
            Contact next = i + 1 < n ? journey.get(i + 1) : null;
            boolean first = i == 0;
            Integer nextFollowedUp = next == null ? null : followedUp.getOrDefault(next.key(), 0);
            out.put(c.key(), new Derived(c.customer() == null ? null : followedUp.get(c.key()), handedOff[i],
                    first ? n : null, first ? handoffs : null, first ? touchpoints.size() : null, first ? hours : null,
                    next == null ? null : next.touchpointSeq(),
                    next == null ? null : (next.occurredAt() - c.occurredAt()) / MICROS_PER_MINUTE,
                    nextFollowedUp));
        }
    }
}
