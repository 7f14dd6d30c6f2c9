package io.brandbridge.alignment.snapshots;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.Comparison;
import io.brandbridge.alignment.scoring.Handoff;
import io.brandbridge.alignment.scoring.HandoffMatrix;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.brandbridge.alignment.scoring.WindowType;
import io.brandbridge.defaults.ids.Ids;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SnapshotStoreTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final SnapshotHandoffs NO_HANDOFFS = new SnapshotHandoffs(HandoffMatrixState.KEPT,
            HandoffMatrix.empty(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-31T00:00:00Z")));

    @Inject
    SnapshotStore store;

    @Inject
    SnapshotRepository repository;

    @Test
    void newestIsByAsOfAndAsOfPicksTheNewestNotAfterIt() {
        String brandId = Ids.newId("brd");
        save(brandId, "2026-11-01T10:00:00Z", 10.0, "2026-11-01T10:00:01Z");
        save(brandId, "2026-10-01T00:00:00Z", 20.0, "2026-11-01T10:05:00Z");
        save(brandId, "2026-11-01T10:00:00Z", 30.0, "2026-11-01T10:10:00Z");
        assertEquals(30.0, store.find(brandId, null).orElseThrow().summary().index(), "same asOf: the later computation wins; a backfill is not newest");
        assertEquals(20.0, store.find(brandId, Instant.parse("2026-10-31T00:00:00Z")).orElseThrow().summary().index());
        assertTrue(store.find(brandId, Instant.parse("2026-09-30T00:00:00Z")).isEmpty());
        assertTrue(store.find("brd_nobody", null).isEmpty());
    }

    @Test
    void markingStaleTouchesOnlyTheNewestAndTheNextSaveClearsEverything() {
        String brandId = Ids.newId("brd");
        Snapshot older = save(brandId, "2026-11-01T09:00:00Z", 10.0, "2026-11-01T09:00:01Z");
        Snapshot newest = save(brandId, "2026-11-01T10:00:00Z", 20.0, "2026-11-01T10:00:01Z");
        store.markNewestStale(brandId, "touchpoint-service");
        assertTrue(store.findById(newest.id()).orElseThrow().stale());
        assertFalse(store.findById(older.id()).orElseThrow().stale());
        assertTrue(store.find(brandId, null).orElseThrow().stale());
        save(brandId, "2026-11-01T09:30:00Z", 15.0, "2026-11-01T10:05:00Z");
        assertFalse(store.findById(newest.id()).orElseThrow().stale());
    }

    @Test
    void theLastSnapshotOfEachDayInTheBrandZoneIsKeptWhenOlderOnesArePruned() {
        String brandId = Ids.newId("brd");
        // 03:00 UTC on 1 November is still 31 October in New York.
        Snapshot oct31Early = save(brandId, "2026-10-31T12:00:00Z", 1.0, "2026-10-31T12:00:01Z");
        Snapshot oct31Last = save(brandId, "2026-11-01T03:00:00Z", 2.0, "2026-11-01T03:00:01Z");
        Snapshot nov1 = save(brandId, "2026-11-01T10:00:00Z", 3.0, "2026-11-01T10:00:01Z");
        Snapshot nov1Last = save(brandId, "2026-11-01T22:00:00Z", 4.0, "2026-11-01T22:00:01Z");
        Snapshot recent = save(brandId, "2026-11-03T10:00:00Z", 5.0, "2026-11-03T10:00:01Z");
        assertEquals(LocalDate.parse("2026-10-31"), oct31Last.localDay());

        List<Snapshot> daily = store.dailyBetween(brandId, Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-04T00:00:00Z"));
        assertEquals(List.of(oct31Last.id(), nov1Last.id(), recent.id()), daily.stream().map(Snapshot::id).toList());
        assertEquals(List.of(2.0, 4.0, 5.0), daily.stream().map(s -> s.summary().index()).toList());

        assertEquals(2, store.prune(brandId, Instant.parse("2026-11-02T00:00:00Z")));
        assertTrue(repository.findHeader(oct31Early.id()).isEmpty());
        assertTrue(repository.findHeader(nov1.id()).isEmpty());
        assertTrue(repository.findHeader(oct31Last.id()).isPresent());
        assertTrue(repository.findHeader(nov1Last.id()).isPresent());
        assertEquals(0, store.prune(brandId, Instant.parse("2026-11-02T00:00:00Z")));
        assertEquals(recent.id(), store.find(brandId, null).orElseThrow().id());
    }

    @Test
    void pruningGoesByWhenASnapshotWasComputedSoABackfilledDayKeepsItsNewestComputation() {
        String brandId = Ids.newId("brd");
        // 1 October, computed twice long after the day: first on 1 November, again (a backfill) on 3 November.
        Snapshot first = save(brandId, "2026-10-02T03:59:59Z", 1.0, "2026-11-01T09:00:00Z");
        Snapshot again = save(brandId, "2026-10-02T03:59:59Z", 2.0, "2026-11-03T09:00:00Z");
        // 2 October, computed once, long ago: the last of its day, kept for good.
        Snapshot only = save(brandId, "2026-10-03T03:59:59Z", 3.0, "2026-10-03T04:00:00Z");

        assertEquals(0, store.prune(brandId, Instant.parse("2026-11-01T08:00:00Z")), "both computations of 1 October are recent");
        assertEquals(1, store.prune(brandId, Instant.parse("2026-11-03T10:00:00Z")));
        assertTrue(repository.findHeader(first.id()).isEmpty(), "the computation the backfill replaced");
        assertTrue(repository.findHeader(again.id()).isPresent(), "the backfill's, though its asOf is a month old and a later one was not");
        assertTrue(repository.findHeader(only.id()).isPresent());
        assertEquals(2.0, store.find(brandId, Instant.parse("2026-10-02T12:00:00Z")).orElseThrow().summary().index());
    }

    @Test
    void lateDataMarksOnlySnapshotsWhoseWindowsHoldItAndWhoseComputationBeganBeforeIt() {
        String brandId = Ids.newId("brd");
        BrandAlignment measured = new BrandAlignment(50.0, List.of(new PromiseAlignment("prm_1", 1, "Sorted", 3, List.of("CALL_CENTRE"), 50.0,
                Status.BROKEN, List.of(commitment(Instant.parse("2026-10-05T00:00:00Z"), Instant.parse("2026-10-08T00:00:00Z"))))), List.of(), List.of());
        Snapshot holds = store.save(brandId, Instant.parse("2026-10-08T00:00:00Z"), NEW_YORK, List.of(), measured, NO_HANDOFFS,
                Instant.parse("2026-10-09T00:00:00Z"), Instant.parse("2026-10-09T00:00:01Z"), SnapshotOrigin.BACKFILL);
        Snapshot later = store.save(brandId, Instant.parse("2026-10-08T00:00:00Z"), NEW_YORK, List.of(), measured, NO_HANDOFFS,
                Instant.parse("2026-10-12T00:00:00Z"), Instant.parse("2026-10-12T00:00:01Z"), SnapshotOrigin.BACKFILL);
        Snapshot nothingMeasured = save(brandId, "2026-10-08T00:00:00Z", 0.0, "2026-10-09T00:00:00Z");

        // Changed on 10 October: data of 6 October, inside the window [5th, 8th).
        assertEquals(1, store.markOutOfDate(brandId, Instant.parse("2026-10-06T10:00:00Z"), Instant.parse("2026-10-06T11:00:00Z"),
                Instant.parse("2026-10-10T00:00:00Z")));
        assertTrue(store.findById(holds.id()).orElseThrow().outOfDate());
        assertFalse(store.findById(later.id()).orElseThrow().outOfDate(), "computed after the change: it holds it");
        assertFalse(store.findById(nothingMeasured.id()).orElseThrow().outOfDate(), "no window, nothing to change");
        assertEquals(0, store.markOutOfDate(brandId, Instant.parse("2026-10-04T10:00:00Z"), Instant.parse("2026-10-05T00:00:00Z"),
                Instant.parse("2026-10-13T00:00:00Z")), "before every window");
        assertEquals(0, store.markOutOfDate(brandId, Instant.parse("2026-10-08T00:00:00Z"), Instant.parse("2026-10-08T01:00:00Z"),
                Instant.parse("2026-10-13T00:00:00Z")), "after asOf");
    }

    private static CommitmentAlignment commitment(Instant from, Instant to) {
        return new CommitmentAlignment("fcr", "resolved_first_contact", Comparison.EQ, 1, 0.8, 1, 1, WindowType.ROLLING_DAYS, 3, from, to, 10, 5, 0.5, 2,
                -1.5, 5, 3, 62.5, 2.5, null, Status.BROKEN, null, List.of());
    }

    @Test
    void theDocumentRoundTripsWithEveryFigure() {
        String brandId = Ids.newId("brd");
        BrandAlignment alignment = new BrandAlignment(87.5, List.of(new PromiseAlignment("prm_1", 3, "Sorted", 4, List.of("CALL_CENTRE"), 87.5, Status.AT_RISK, List.of())),
                List.of(), List.of());
        SnapshotHandoffs handoffs = new SnapshotHandoffs(HandoffMatrixState.KEPT, new HandoffMatrix(Instant.parse("2026-10-02T10:00:00Z"),
                Instant.parse("2026-11-01T10:00:00Z"), 40, 20, 5, 0.25, List.of(new Handoff("tp_a", "Help centre", "tp_b", "Manila", 10, 6, 0.6, 42.5, 4,
                "customers passed from Help centre to Manila came back within 7 days 60% of the time, against 25% for journeys settled in one contact"))));
        Snapshot saved = store.save(brandId, Instant.parse("2026-11-01T10:00:00Z"), NEW_YORK, List.of(new PromiseVersion("prm_1", 3)), alignment, handoffs,
                Instant.parse("2026-11-01T10:00:01Z"), Instant.parse("2026-11-01T10:00:02Z"), SnapshotOrigin.SCHEDULE);
        Snapshot read = store.find(brandId, null).orElseThrow();
        assertEquals(saved, read);
        assertEquals(alignment, store.document(read));
        assertEquals(handoffs, store.handoffs(read));
        assertEquals("America/New_York", read.timeZone());
    }

    @Test
    void aDocumentWrittenBeforeSnapshotsKeptHandoffsReadsWithAnEmptyMatrix() {
        String brandId = Ids.newId("brd");
        Instant asOf = Instant.parse("2026-09-01T10:00:00Z");
        // Version 1 as it was stored: the bare alignment, no version and no matrix.
        String old = """
                {"index":87.5,"promises":[{"promiseId":"prm_1","version":3,"title":"Sorted","priority":4,"touchpointTypes":["CALL_CENTRE"],
                "score":87.5,"status":"AT_RISK","commitments":[]}],"gaps":[],"conflicts":[]}""";
        repository.save(new SnapshotEntity(Ids.newId("snp"), brandId, asOf, asOf, LocalDate.of(2026, 9, 1), "America/New_York", false, 87.5, "[]",
                "{\"index\":87.5,\"gapCount\":0,\"conflictCount\":0,\"promises\":[]}", old, asOf, asOf, false, SnapshotOrigin.SCHEDULE));
        Snapshot read = store.find(brandId, null).orElseThrow();
        assertEquals(new SnapshotHandoffs(HandoffMatrixState.PREDATES_HANDOFFS, HandoffMatrix.empty(asOf, asOf)), store.handoffs(read));
        assertEquals(new BrandAlignment(87.5, List.of(new PromiseAlignment("prm_1", 3, "Sorted", 4, List.of("CALL_CENTRE"), 87.5, Status.AT_RISK, List.of())),
                List.of(), List.of()), store.document(read));
    }

    private Snapshot save(String brandId, String asOf, double index, String computedAt) {
        return store.save(brandId, Instant.parse(asOf), NEW_YORK, List.of(), new BrandAlignment(index, List.of(), List.of(), List.of()), NO_HANDOFFS,
                Instant.parse(computedAt), Instant.parse(computedAt), SnapshotOrigin.SCHEDULE);
    }
}
