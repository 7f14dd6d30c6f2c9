package io.brandbridge.system.e2e;

import io.brandbridge.demo.Interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The journey definitions applied by brute force to the interactions a test pushed: journeys by journeyId, else by
 * customer cut at gaps over the repeat window; followed up when the customer is back within 7 days; a handoff
 * between consecutive contacts at different touchpoints. Checks the platform's derived metrics and handoff matrix.
 */
final class IndependentJourneys {

    private static final Duration FOLLOW_UP = Duration.ofDays(7);

    record Handoff(String from, String to, long count, long followedUp) {
    }

    private final Map<String, Map<String, Number>> derived = new HashMap<>();
    private final List<List<Interaction>> journeys = new ArrayList<>();
    private final Map<String, Boolean> followedUp = new HashMap<>();

    /** {@code touchpointIds} maps the test's touchpoint keys to public ids, which break ties in the order. */
    IndependentJourneys(List<Interaction> interactions, Map<String, String> touchpointIds, Duration repeatWindow) {
        Comparator<Interaction> order = Comparator.comparing(Interaction::occurredAt)
                .thenComparing((Function<Interaction, String>) i -> touchpointIds.get(i.touchpoint()))
                .thenComparing(Interaction::externalId);
        Map<String, List<Interaction>> byCustomer = new HashMap<>();
        Map<String, List<Interaction>> byJourneyId = new LinkedHashMap<>();
        for (Interaction i : interactions) {
            if (i.customerRef() != null) {
                byCustomer.computeIfAbsent(i.customerRef(), k -> new ArrayList<>()).add(i);
            }
            if (i.journeyId() != null) {
                byJourneyId.computeIfAbsent(i.journeyId(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Interaction> contacts : byCustomer.values()) {
            contacts.sort(order);
            for (Interaction contact : contacts) {
                boolean back = contacts.stream().anyMatch(o -> o.occurredAt().isAfter(contact.occurredAt())
                        && !o.occurredAt().isAfter(contact.occurredAt().plus(FOLLOW_UP)));
                followedUp.put(contact.externalId(), back);
                put(contact, "repeat_contact_7d", back ? 1 : 0);
            }
            List<Interaction> current = new ArrayList<>();
            for (Interaction contact : contacts) {
                if (contact.journeyId() != null) {
                    continue;
                }
                if (!current.isEmpty() && Duration.between(current.getLast().occurredAt(), contact.occurredAt()).compareTo(repeatWindow) > 0) {
                    journeys.add(current);
                    current = new ArrayList<>();
                }
                current.add(contact);
            }
            if (!current.isEmpty()) {
                journeys.add(current);
            }
        }
        for (List<Interaction> journey : byJourneyId.values()) {
            journey.sort(order);
            journeys.add(journey);
        }
        for (List<Interaction> journey : journeys) {
            int handoffs = 0;
            for (int k = 0; k < journey.size(); k++) {
                boolean handedOff = k + 1 < journey.size() && !journey.get(k + 1).touchpoint().equals(journey.get(k).touchpoint());
                handoffs += handedOff ? 1 : 0;
                put(journey.get(k), "handed_off", handedOff ? 1 : 0);
            }
            Interaction first = journey.getFirst();
            put(first, "journey_contacts", journey.size());
            put(first, "journey_handoffs", handoffs);
            put(first, "journey_touchpoints", new HashSet<>(journey.stream().map(Interaction::touchpoint).toList()).size());
            put(first, "journey_hours", Duration.between(first.occurredAt(), journey.getLast().occurredAt()).toNanos() / 3.6e12);
        }
    }

    /** The interactions with the derived metrics added, as the platform stores them. */
    List<Interaction> withDerivedMetrics(List<Interaction> interactions) {
        List<Interaction> out = new ArrayList<>(interactions.size());
        for (Interaction i : interactions) {
            Map<String, Number> metrics = new LinkedHashMap<>(i.metrics());
            metrics.putAll(derived.getOrDefault(i.externalId(), Map.of()));
            out.add(new Interaction(i.touchpoint(), i.externalId(), i.occurredAt(), i.journeyId(), i.customerRef(), metrics, i.attributes()));
        }
        return out;
    }

    /** Handoffs whose earlier contact lies in [from, to), by (from, to) touchpoint key. */
    Map<List<String>, Handoff> handoffs(Instant from, Instant to) {
        Map<List<String>, long[]> tally = new HashMap<>();
        for (List<Interaction> journey : journeys) {
            for (int k = 0; k + 1 < journey.size(); k++) {
                Interaction earlier = journey.get(k);
                Interaction later = journey.get(k + 1);
                if (earlier.touchpoint().equals(later.touchpoint()) || earlier.occurredAt().isBefore(from) || !earlier.occurredAt().isBefore(to)) {
                    continue;
                }
                long[] counts = tally.computeIfAbsent(List.of(earlier.touchpoint(), later.touchpoint()), key -> new long[2]);
                counts[0]++;
                counts[1] += Boolean.TRUE.equals(followedUp.get(later.externalId())) ? 1 : 0;
            }
        }
        Map<List<String>, Handoff> out = new HashMap<>();
        tally.forEach((key, counts) -> out.put(key, new Handoff(key.get(0), key.get(1), counts[0], counts[1])));
        return out;
    }

    /** [journeys, one-contact journeys, one-contact journeys followed up] whose first contact lies in [from, to). */
    long[] journeyCounts(Instant from, Instant to) {
        long[] counts = new long[3];
        for (List<Interaction> journey : journeys) {
            Interaction first = journey.getFirst();
            if (first.occurredAt().isBefore(from) || !first.occurredAt().isBefore(to)) {
                continue;
            }
            counts[0]++;
            if (journey.size() == 1) {
                counts[1]++;
                counts[2] += Boolean.TRUE.equals(followedUp.get(first.externalId())) ? 1 : 0;
            }
        }
        return counts;
    }

    private void put(Interaction i, String metric, Number value) {
        derived.computeIfAbsent(i.externalId(), k -> new HashMap<>()).put(metric, value);
    }
}
