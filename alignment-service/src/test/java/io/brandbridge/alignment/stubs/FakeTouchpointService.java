package io.brandbridge.alignment.stubs;

import io.brandbridge.alignment.clients.touchpoints.AttainmentAnswer;
import io.brandbridge.alignment.clients.touchpoints.AttainmentBatchAnswer;
import io.brandbridge.alignment.clients.touchpoints.AttainmentBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.AttainmentQuery;
import io.brandbridge.alignment.clients.touchpoints.ChangesAnswer;
import io.brandbridge.alignment.clients.touchpoints.ChangesQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyAnswer;
import io.brandbridge.alignment.clients.touchpoints.ContingencyBatchAnswer;
import io.brandbridge.alignment.clients.touchpoints.ContingencyBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyQuery;
import io.brandbridge.alignment.clients.touchpoints.HandoffAnswer;
import io.brandbridge.alignment.clients.touchpoints.HandoffQuery;
import io.brandbridge.alignment.clients.touchpoints.PredicateRegistration;
import io.brandbridge.alignment.clients.touchpoints.RegisteredPredicates;
import io.brandbridge.alignment.clients.touchpoints.RemoteTarget;
import io.brandbridge.alignment.clients.touchpoints.RemoteTargetPage;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpoint;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpointPage;
import io.brandbridge.alignment.clients.touchpoints.StatsCondition;
import io.brandbridge.alignment.clients.touchpoints.TouchpointOperations;
import io.brandbridge.alignment.scoring.Comparison;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * touchpoint-service in memory, answering the stats contract by brute force over raw interactions:
 * valid = interactions in [from, to) carrying the metric, good = those where it holds; buckets are whole
 * UTC hours (only those with data); byTouchpoint lists every requested touchpoint. A batch is a loop over its windows, and a
 * predicate registration is recorded and answered READY. It records every call (a batch as one).
 */
public class FakeTouchpointService implements TouchpointOperations {

    public final List<RemoteTouchpoint> touchpoints = new CopyOnWriteArrayList<>();
    public final Map<String, List<RemoteTarget>> targets = new ConcurrentHashMap<>();
    public final List<Interaction> interactions = new CopyOnWriteArrayList<>();
    public final List<Object> calls = new CopyOnWriteArrayList<>();
    /** What {@link #handoffs} answers for the touchpoints of one brand (its pairs are kept to the touchpoints asked about). */
    public final Map<String, HandoffAnswer> handoffAnswers = new ConcurrentHashMap<>();
    /** False plays a deployment from before journeys: handoffs answer 404. */
    public volatile boolean handoffsDeployed = true;
    /** When each interaction pushed with {@link #push} was stored; one added to {@link #interactions} directly was stored long ago. */
    private final Map<Interaction, Instant> storedAt = new ConcurrentHashMap<>();
    private volatile Supplier<Instant> clock = Instant::now;

    /** The time the fake stores pushes at and answers watermarks with. */
    public void useClock(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** Stores an interaction now, as a push would: the changes answer reports its day from now on. */
    public void push(Interaction interaction) {
        storedAt.put(interaction, clock.get());
        interactions.add(interaction);
    }

    public RemoteTouchpoint addTouchpoint(String id, String brandId, String type, String name) {
        RemoteTouchpoint touchpoint = new RemoteTouchpoint(id, brandId, type, name);
        touchpoints.add(touchpoint);
        return touchpoint;
    }

    public void addTarget(String id, String touchpointId, String metric, String op, double threshold, String kind) {
        targets.computeIfAbsent(touchpointId, k -> new CopyOnWriteArrayList<>()).add(new RemoteTarget(id, touchpointId, metric, op, threshold, kind));
    }

    /** The brand's handoffs as configured in {@link #handoffAnswers} (none by default), or nothing when not deployed. */
    @Override
    public Optional<HandoffAnswer> handoffs(HandoffQuery query) {
        calls.add(query);
        if (!handoffsDeployed) {
            return Optional.empty();
        }
        String brandId = touchpoints.stream().filter(t -> query.touchpointIds().contains(t.id())).map(RemoteTouchpoint::brandId).findFirst().orElse("");
        HandoffAnswer answer = handoffAnswers.getOrDefault(brandId, new HandoffAnswer(0L, 0L, 0L, List.of()));
        return Optional.of(new HandoffAnswer(answer.journeys(), answer.oneContactJourneys(), answer.oneContactFollowedUp(), answer.handoffs().stream()
                .filter(p -> query.touchpointIds().contains(p.fromTouchpointId()) && query.touchpointIds().contains(p.toTouchpointId())).toList()));
    }

    public long callsOf(Class<?> type) {
        return calls.stream().filter(type::isInstance).count();
    }

    /** What a call to {@link #touchpoints} is recorded as. */
    public record TouchpointsCall(String brandId) {
    }

    /** What a call to {@link #targets} is recorded as. */
    public record TargetsCall(String touchpointId) {
    }

    @Override
    public RemoteTouchpointPage touchpoints(String brandId, int limit, String cursor) {
        calls.add(new TouchpointsCall(brandId));
        List<RemoteTouchpoint> all = touchpoints.stream().filter(t -> t.brandId().equals(brandId)).toList();
        int offset = cursor == null ? 0 : Integer.parseInt(cursor);
        int end = Math.min(all.size(), offset + limit);
        return new RemoteTouchpointPage(all.subList(offset, end), end < all.size() ? String.valueOf(end) : null);
    }

    @Override
    public Optional<RemoteTargetPage> targets(String touchpointId, int limit, String cursor) {
        calls.add(new TargetsCall(touchpointId));
        if (touchpoints.stream().noneMatch(t -> t.id().equals(touchpointId))) {
            return Optional.empty();
        }
        return Optional.of(new RemoteTargetPage(targets.getOrDefault(touchpointId, List.of()), null));
    }

    @Override
    public AttainmentAnswer attainment(AttainmentQuery query) {
        calls.add(query);
        refuseEmptyRange("", query.from(), query.to());
        return count(query);
    }

    /** Each window counted as {@link #attainment} counts it; a window whose from is not before its to is refused with 422 like the real one. */
    @Override
    public AttainmentBatchAnswer attainmentBatch(AttainmentBatchQuery query) {
        calls.add(query);
        refuseEmptyWindows(query.windows().stream().map(w -> new Instant[] {w.from(), w.to()}).toList());
        return new AttainmentBatchAnswer(query.windows().stream().map(w -> count(new AttainmentQuery(query.touchpointIds(), query.metric(), query.op(),
                query.threshold(), w.from(), w.to(), w.bucket()))).toList());
    }

    @Override
    public ContingencyBatchAnswer contingencyBatch(ContingencyBatchQuery query) {
        calls.add(query);
        refuseEmptyWindows(query.windows().stream().map(w -> new Instant[] {w.from(), w.to()}).toList());
        return new ContingencyBatchAnswer(query.windows().stream().map(w -> table(new ContingencyQuery(query.touchpointIds(), query.a(), query.b(),
                w.from(), w.to()))).toList());
    }

    /** Records the registration and answers every predicate READY at every touchpoint of the brand (the others are ignored, as there). */
    @Override
    public RegisteredPredicates registerPredicates(PredicateRegistration registration) {
        calls.add(registration);
        List<RegisteredPredicates.Progress> progress = registration.touchpointIds().stream()
                .filter(id -> touchpoints.stream().anyMatch(t -> t.id().equals(id)))
                .map(id -> new RegisteredPredicates.Progress(id, RegisteredPredicates.Progress.READY, 0L, 0L)).toList();
        List<RegisteredPredicates.Predicate> predicates = new ArrayList<>();
        for (int i = 0; i < registration.attainment().size(); i++) {
            predicates.add(new RegisteredPredicates.Predicate("prd_a" + i, "ATTAINMENT", progress));
        }
        for (int i = 0; i < registration.pairs().size(); i++) {
            predicates.add(new RegisteredPredicates.Predicate("prd_p" + i, "PAIR", progress));
        }
        return new RegisteredPredicates(predicates);
    }

    private AttainmentAnswer count(AttainmentQuery query) {
        Comparison op = Comparison.valueOf(query.op());
        Map<String, long[]> byTouchpoint = new java.util.LinkedHashMap<>();
        query.touchpointIds().forEach(id -> byTouchpoint.put(id, new long[2]));
        TreeMap<Instant, long[]> buckets = new TreeMap<>();
        long valid = 0;
        long good = 0;
        for (Interaction i : interactions) {
            long[] counts = byTouchpoint.get(i.touchpointId());
            Double value = i.metrics().get(query.metric());
            if (counts == null || value == null || i.occurredAt().isBefore(query.from()) || !i.occurredAt().isBefore(query.to())) {
                continue;
            }
            int kept = op.holds(value, query.threshold()) ? 1 : 0;
            counts[0]++;
            counts[1] += kept;
            valid++;
            good += kept;
            if (query.bucket() != null) {
                long[] bucket = buckets.computeIfAbsent(i.occurredAt().truncatedTo(ChronoUnit.HOURS), k -> new long[2]);
                bucket[0]++;
                bucket[1] += kept;
            }
        }
        List<AttainmentAnswer.TouchpointCounts> rows = new ArrayList<>();
        byTouchpoint.forEach((id, c) -> rows.add(new AttainmentAnswer.TouchpointCounts(id, c[0], c[1])));
        List<AttainmentAnswer.BucketCounts> bucketRows = new ArrayList<>();
        buckets.forEach((start, c) -> bucketRows.add(new AttainmentAnswer.BucketCounts(start, c[0], c[1])));
        return new AttainmentAnswer(valid, good, rows, bucketRows);
    }

    @Override
    public ContingencyAnswer contingency(ContingencyQuery query) {
        calls.add(query);
        refuseEmptyRange("", query.from(), query.to());
        return table(query);
    }

    private ContingencyAnswer table(ContingencyQuery query) {
        long both = 0;
        long aOnly = 0;
        long bOnly = 0;
        long neither = 0;
        for (Interaction i : interactions) {
            Double a = i.metrics().get(query.a().metric());
            Double b = i.metrics().get(query.b().metric());
            if (!query.touchpointIds().contains(i.touchpointId()) || a == null || b == null
                    || i.occurredAt().isBefore(query.from()) || !i.occurredAt().isBefore(query.to())) {
                continue;
            }
            boolean aMet = holds(query.a(), a);
            boolean bMet = holds(query.b(), b);
            if (aMet && bMet) {
                both++;
            } else if (aMet) {
                aOnly++;
            } else if (bMet) {
                bOnly++;
            } else {
                neither++;
            }
        }
        return new ContingencyAnswer(both, aOnly, bOnly, neither);
    }

    /**
     * The days (in the query's zone) of the interactions stored since {@code since}: for each, the whole UTC hours from its
     * first to its last such interaction, and the latest storing time.
     */
    @Override
    public ChangesAnswer changes(ChangesQuery query) {
        calls.add(query);
        Instant watermark = clock.get();
        ZoneId zone = ZoneId.of(query.timeZone());
        Map<LocalDate, ChangesAnswer.ChangedDay> days = new TreeMap<>();
        for (Interaction i : interactions) {
            Instant stored = storedAt.getOrDefault(i, Instant.EPOCH);
            if (query.touchpointIds().contains(i.touchpointId()) && !i.occurredAt().isBefore(query.occurredFrom())
                    && (query.since() == null || !stored.isBefore(query.since()))) {
                Instant hour = i.occurredAt().truncatedTo(ChronoUnit.HOURS);
                LocalDate day = LocalDate.ofInstant(i.occurredAt(), zone);
                days.merge(day, new ChangesAnswer.ChangedDay(day, hour, hour.plus(Duration.ofHours(1)), stored), (a, b) -> new ChangesAnswer.ChangedDay(day,
                        a.from().isBefore(b.from()) ? a.from() : b.from(), a.to().isAfter(b.to()) ? a.to() : b.to(),
                        a.changedAt().isAfter(b.changedAt()) ? a.changedAt() : b.changedAt()));
            }
        }
        return new ChangesAnswer(watermark, new ArrayList<>(days.values()));
    }

    /** touchpoint-service answers 422 to a range that is empty or backwards, naming it; so does the fake. */
    private static void refuseEmptyRange(String where, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new HttpClientResponseException(where + "/to: must be after from", HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY));
        }
    }

    private static void refuseEmptyWindows(List<Instant[]> windows) {
        if (windows.isEmpty() || windows.size() > AttainmentBatchQuery.MAX_WINDOWS) {
            throw new HttpClientResponseException("/windows: must hold 1 to 50 windows", HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY));
        }
        for (int i = 0; i < windows.size(); i++) {
            refuseEmptyRange("/windows/" + i, windows.get(i)[0], windows.get(i)[1]);
        }
    }

    private static boolean holds(StatsCondition condition, double value) {
        return Comparison.valueOf(condition.op()).holds(value, condition.threshold());
    }
}
