package io.brandbridge.demo;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDatasetTest {

    private static final Instant END = Instant.parse("2026-11-20T15:30:00Z");
    private final List<Interaction> data = new DemoDataset(END, 90, 7L).generate();

    @Test
    void sameSeedGivesTheSameData() {
        assertEquals(data, new DemoDataset(END, 90, 7L).generate());
    }

    @Test
    void everyInteractionLiesInTheNinetyDaysBeforeTheEnd() {
        assertTrue(data.stream().allMatch(i -> !i.occurredAt().isAfter(END) && i.occurredAt().isAfter(END.minus(Duration.ofDays(91)))));
        assertTrue(data.size() > 60_000, "about ninety days of traffic: " + data.size());
    }

    @Test
    void rushedCallsAtTheOutsourcedCentreAreResolvedFirstTimeLessOften() {
        List<Interaction> answered = data.stream().filter(i -> i.touchpoint().equals(DemoDataset.MANILA) && i.metrics().containsKey("handle_seconds")).toList();
        double rushed = resolvedRate(answered.stream().filter(i -> i.metrics().get("handle_seconds").doubleValue() <= 180).toList());
        double unhurried = resolvedRate(answered.stream().filter(i -> i.metrics().get("handle_seconds").doubleValue() > 180).toList());
        assertEquals(0.58, rushed, 0.02);
        assertEquals(0.83, unhurried, 0.02);
    }

    @Test
    void csvCarriesMetricAndAttributeColumns() {
        String csv = InteractionFormats.csv(data.subList(0, 3));
        String header = csv.substring(0, csv.indexOf("\r\n"));
        assertTrue(header.startsWith("externalId,occurredAt,journeyId,customerRef,m."), header);
        assertEquals(4, csv.split("\r\n").length);
    }

    @Test
    void customersPassedFromTheHelpCentreToManilaComeBackFarMoreOftenThanAfterOneContact() {
        Map<String, List<Interaction>> byCustomer = new HashMap<>();
        Map<String, List<Interaction>> byJourney = new HashMap<>();
        for (Interaction i : data) {
            if (i.customerRef() != null) {
                byCustomer.computeIfAbsent(i.customerRef(), k -> new ArrayList<>()).add(i);
            }
            if (i.journeyId() != null) {
                byJourney.computeIfAbsent(i.journeyId(), k -> new ArrayList<>()).add(i);
            }
        }
        long[] toManila = new long[2];
        long[] oneContact = new long[2];
        for (List<Interaction> journey : byJourney.values()) {
            journey.sort(Comparator.comparing(Interaction::occurredAt));
            Interaction last = journey.getLast();
            boolean back = byCustomer.get(last.customerRef()).stream().anyMatch(o -> o.occurredAt().isAfter(last.occurredAt())
                    && !o.occurredAt().isAfter(last.occurredAt().plus(Duration.ofDays(7))));
            long[] tally = journey.size() == 1 ? oneContact
                    : journey.get(0).touchpoint().equals(DemoDataset.HELP) && last.touchpoint().equals(DemoDataset.MANILA) ? toManila : null;
            if (tally != null) {
                tally[0]++;
                tally[1] += back ? 1 : 0;
            }
        }
        assertTrue(toManila[0] > 2_000, "help centre to Manila handoffs: " + toManila[0]);
        assertEquals(0.45, toManila[1] / (double) toManila[0], 0.04);
        assertEquals(0.12, oneContact[1] / (double) oneContact[0], 0.03);
        assertTrue(data.stream().filter(i -> i.customerRef() != null).noneMatch(i -> i.metrics().containsKey("repeat_contact_7d")),
                "the platform derives repeat contacts of rows with a customer");
    }

    private static double resolvedRate(List<Interaction> calls) {
        return calls.stream().filter(i -> i.metrics().get("resolved_first_contact").intValue() == 1).count() / (double) calls.size();
    }
}
