package io.brandbridge.alignment.snapshots;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
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
        store.markNewestStale(brandId);
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
    void theDocumentRoundTripsWithEveryFigure() {
        String brandId = Ids.newId("brd");
        BrandAlignment alignment = new BrandAlignment(87.5, List.of(new PromiseAlignment("prm_1", 3, "Sorted", 4, List.of("CALL_CENTRE"), 87.5, Status.AT_RISK, List.of())),
                List.of(), List.of());
        Snapshot saved = store.save(brandId, Instant.parse("2026-11-01T10:00:00Z"), NEW_YORK, List.of(new PromiseVersion("prm_1", 3)), alignment,
                Instant.parse("2026-11-01T10:00:01Z"), Instant.parse("2026-11-01T10:00:02Z"), SnapshotOrigin.SCHEDULE);
        Snapshot read = store.find(brandId, null).orElseThrow();
        assertEquals(saved, read);
        assertEquals(alignment, store.document(read));
        assertEquals("America/New_York", read.timeZone());
    }

    private Snapshot save(String brandId, String asOf, double index, String computedAt) {
        return store.save(brandId, Instant.parse(asOf), NEW_YORK, List.of(), new BrandAlignment(index, List.of(), List.of(), List.of()),
                Instant.parse(computedAt), Instant.parse(computedAt), SnapshotOrigin.SCHEDULE);
    }
}
