package io.brandbridge.alignment.snapshots;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.defaults.ids.Ids;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores snapshots and answers every read from them. A snapshot's content never changes, so parsed
 * summaries and documents are cached by id; only the stale flag is read fresh each time.
 */
@Singleton
public class SnapshotStore {

    // computedAt is whole seconds: a re-score in the same second as what it replaces is later by when it began.
    private static final Comparator<SnapshotKey> NEWEST_LAST = Comparator.comparing(SnapshotKey::asOf)
            .thenComparing(SnapshotKey::computedAt)
            .thenComparing(SnapshotKey::startedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SnapshotKey::id);

    private final SnapshotRepository repository;
    private final JsonMapper json;
    private final Cache<String, SnapshotSummary> summaries;
    private final Cache<String, SnapshotDocument> documents;
    private final SnapshotDocuments documentFormat;
    private final KnownBrandRepository brands;
    private final TransactionOperations<Connection> transactions;
    private final List<SnapshotFollower> followers;

    public SnapshotStore(SnapshotRepository repository, JsonMapper json, SnapshotDocuments documentFormat, SnapshotConfiguration configuration,
                         KnownBrandRepository brands, TransactionOperations<Connection> transactions, List<SnapshotFollower> followers) {
        this.repository = repository;
        this.brands = brands;
        this.transactions = transactions;
        this.followers = List.copyOf(followers);
        this.json = json;
        this.documentFormat = documentFormat;
        // Snapshots never change once written, so size is the only reason to let one go.
        this.summaries = Caffeine.newBuilder().maximumSize(configuration.cacheSize() * 4L).build();
        this.documents = Caffeine.newBuilder().maximumSize(configuration.cacheSize()).build();
    }

    /**
     * Stores a successful recompute. One of the present is not stale, and neither is anything before it any longer;
     * one that rewrites history leaves the stale flag to the next recompute of the present.
     * The insert and the stale flag clearing commit separately: in one transaction, two concurrent
     * recomputes of a brand deadlocked on the index range, and readers only ever take the newest row. A snapshot of the
     * present is stored with the brand's row locked and its {@link SnapshotFollower}s told in the same transaction.
     */
    public Snapshot save(String brandId, Instant asOf, ZoneId zone, List<PromiseVersion> versions, BrandAlignment alignment, SnapshotHandoffs handoffs,
                         Instant startedAt, Instant computedAt, SnapshotOrigin origin) {
        SnapshotSummary summary = SnapshotSummary.from(alignment);
        SnapshotEntity entity = new SnapshotEntity(Ids.newId("snp"), brandId, asOf, computedAt, asOf.atZone(zone).toLocalDate(), zone.getId(),
                false, alignment.index(), write(versions), write(summary), documentFormat.write(alignment, handoffs), windowFrom(alignment, asOf), startedAt, false, origin);
        Snapshot stored = new Snapshot(entity.id(), brandId, asOf, computedAt, entity.localDay(), entity.timeZone(), false, summary, false, origin);
        if (origin.rewritesHistory()) {
            repository.save(entity);
            return stored;
        }
        transactions.executeWrite(status -> {
            Optional<SnapshotHeader> previous = lockAndFindNewest(brandId);
            repository.save(entity);
            SnapshotFollower.Previous before = previous.map(h -> {
                Snapshot snapshot = snapshot(h);
                return new SnapshotFollower.Previous(snapshot, () -> stored(snapshot));
            }).orElse(null);
            followers.forEach(f -> f.stored(before, stored, alignment, handoffs));
            return null;
        });
        repository.clearStale(brandId);
        return stored;
    }

    // Every change to a brand's present takes its alignment_brand row first, so followers see them one at a time.
    private Optional<SnapshotHeader> lockAndFindNewest(String brandId) {
        brands.lock(brandId);
        return repository.findNewest(brandId);
    }

    /** The earliest instant any commitment window looked at; asOf itself when nothing was measured, so no late data can change it. */
    private static Instant windowFrom(BrandAlignment alignment, Instant asOf) {
        return alignment.promises().stream().flatMap(p -> p.commitments().stream()).map(c -> c.from()).min(Comparator.naturalOrder())
                .orElse(asOf);
    }

    /** The newest snapshot, or with {@code asOf} the newest whose asOf is not after it. */
    public Optional<Snapshot> find(String brandId, Instant asOf) {
        Optional<SnapshotHeader> header = asOf == null ? repository.findNewest(brandId) : repository.findNewestAsOf(brandId, asOf);
        return header.map(this::snapshot);
    }

    public Optional<Snapshot> findById(String id) {
        return repository.findHeader(id).map(this::snapshot);
    }

    public BrandAlignment document(Snapshot snapshot) {
        return stored(snapshot).alignment();
    }

    /** The snapshot's handoff matrix; one stored before snapshots kept it answers an empty one (PREDATES_HANDOFFS). */
    public SnapshotHandoffs handoffs(Snapshot snapshot) {
        return stored(snapshot).handoffs();
    }

    private SnapshotDocument stored(Snapshot snapshot) {
        return documents.get(snapshot.id(), id -> documentFormat.read(repository.findDocument(id).orElseThrow(), snapshot.asOf()));
    }

    /** Deletes every snapshot of the brand; answers how many went. */
    @Transactional
    public int deleteBrand(String brandId) {
        List<String> ids = repository.findIdsByBrandId(brandId);
        if (!ids.isEmpty()) {
            repository.deleteByBrandId(brandId);
        }
        summaries.invalidateAll(ids);
        documents.invalidateAll(ids);
        return ids.size();
    }

    /**
     * A recompute failed because {@code dependency} was down: the snapshot reads are served from is now stale. Followers are
     * told only when it was not stale already, so one outage is one notice.
     */
    public void markNewestStale(String brandId, String dependency) {
        transactions.executeWrite(status -> {
            lockAndFindNewest(brandId).filter(newest -> !newest.stale()).ifPresent(newest -> {
                repository.markStale(newest.id());
                Snapshot served = snapshot(newest);
                followers.forEach(f -> f.wentStale(served, dependency));
            });
            return null;
        });
    }

    /** The last snapshot of each day (brand time zone) whose asOf is in [from, to), oldest day first. */
    public List<Snapshot> dailyBetween(String brandId, Instant from, Instant to) {
        List<String> ids = lastOfEachDay(repository.findKeysBetween(brandId, from, to)).stream().map(SnapshotKey::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.findHeaders(ids).stream().map(this::snapshot)
                .sorted(Comparator.comparing(Snapshot::asOf)).toList();
    }

    /**
     * Deletes every snapshot computed before {@code cutoff} that is not the last of its day (by asOf, then computation);
     * answers how many went. The cut-off is on when a snapshot was computed, not what it is as of, so a backfilled or
     * re-scored day keeps its newest computation and loses the ones it replaced.
     */
    @Transactional
    public int prune(String brandId, Instant cutoff) {
        List<SnapshotKey> crowded = repository.findKeysOfCrowdedDays(brandId, cutoff);
        Set<String> keep = lastOfEachDay(crowded).stream().map(SnapshotKey::id).collect(Collectors.toSet());
        List<String> doomed = crowded.stream().filter(k -> k.computedAt().isBefore(cutoff) && !keep.contains(k.id())).map(SnapshotKey::id).toList();
        if (!doomed.isEmpty()) {
            repository.deleteByIdIn(doomed);
        }
        return doomed.size();
    }

    /**
     * Data in [from, to) changed at {@code changedAt}: every snapshot whose windows overlap it and whose computation started
     * before then is marked out of date. Answers how many were marked.
     */
    public long markOutOfDate(String brandId, Instant from, Instant to, Instant changedAt) {
        return repository.markOutOfDate(brandId, from, to, changedAt);
    }

    /** The last snapshot of each day in [from, to) that is out of date, oldest day first: the days to re-score. */
    public List<SnapshotKey> daysOutOfDate(String brandId, LocalDate from, LocalDate to) {
        return lastOfEachDay(repository.findKeysOfDaysOutOfDate(brandId, from, to)).stream().filter(SnapshotKey::outOfDate)
                .sorted(Comparator.comparing(SnapshotKey::localDay)).toList();
    }

    private static List<SnapshotKey> lastOfEachDay(List<SnapshotKey> keys) {
        Map<LocalDate, SnapshotKey> last = new HashMap<>();
        for (SnapshotKey key : keys) {
            last.merge(key.localDay(), key, (a, b) -> NEWEST_LAST.compare(a, b) >= 0 ? a : b);
        }
        List<SnapshotKey> kept = new ArrayList<>(last.values());
        kept.sort(NEWEST_LAST);
        return kept;
    }

    private Snapshot snapshot(SnapshotHeader h) {
        SnapshotSummary summary = summaries.get(h.id(), id -> read(h.summary(), SnapshotSummary.class));
        return new Snapshot(h.id(), h.brandId(), h.asOf(), h.computedAt(), h.localDay(), h.timeZone(), h.stale(), summary, h.outOfDate(), h.origin());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
