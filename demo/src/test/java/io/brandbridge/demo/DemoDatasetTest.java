package io.brandbridge.demo;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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

    private static double resolvedRate(List<Interaction> calls) {
        return calls.stream().filter(i -> i.metrics().get("resolved_first_contact").intValue() == 1).count() / (double) calls.size();
    }
}
