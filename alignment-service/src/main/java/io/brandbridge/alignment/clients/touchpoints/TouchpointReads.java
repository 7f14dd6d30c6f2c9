package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.alignment.clients.CallGuard;
import io.brandbridge.alignment.clients.DependencyOutage;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.resilience.InvalidAnswerException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What a recompute reads from touchpoint-service, over guarded calls: it pages through touchpoints and targets, and
 * splits a question into as many calls as touchpoint-service's limits need (touchpoints, windows, predicates per call),
 * merging the answers, so the caller asks each question once whatever its size.
 */
public final class TouchpointReads {

    public static final String DEPENDENCY = "touchpoint-service";
    /** touchpoint-service takes at most this many touchpoints in one question. */
    public static final int MAX_TOUCHPOINTS_PER_CALL = 500;
    // Hourly buckets in one answer: four of the longest windows, a few MB of JSON at most.
    static final long MAX_BUCKETS_PER_CALL = 4L * (400 * 24 + 1);
    private static final int PAGE_SIZE = 200;
    // Enough pages for the most touchpoints a snapshot holds.
    private static final int MAX_PAGES = Limits.TOUCHPOINTS / PAGE_SIZE;

    private final TouchpointOperations touchpoints;
    private final CallGuard guard;

    public TouchpointReads(TouchpointOperations touchpoints, CallGuard guard) {
        this.touchpoints = touchpoints;
        this.guard = guard;
    }

    /** The brand's touchpoints of a known type, every page of them. */
    public List<RemoteTouchpoint> touchpoints(String brandId) {
        List<RemoteTouchpoint> found = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String current = cursor;
            RemoteTouchpointPage answer = call(() -> touchpoints.touchpoints(brandId, PAGE_SIZE, current));
            for (RemoteTouchpoint t : answer.items()) {
                if (t.type() != null && (t.brandId() == null || t.brandId().equals(brandId))) {
                    found.add(t);
                }
            }
            cursor = answer.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return found;
    }

    /** A touchpoint's operational targets, every page of them; none for a touchpoint touchpoint-service does not know. */
    public List<RemoteTarget> targets(String touchpointId) {
        List<RemoteTarget> found = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String current = cursor;
            Optional<RemoteTargetPage> answer = call(() -> touchpoints.targets(touchpointId, PAGE_SIZE, current));
            if (answer.isEmpty()) {
                break;
            }
            found.addAll(answer.get().items());
            cursor = answer.get().nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return found;
    }

    /** One answer per window, in order: one batch, or one per part of the touchpoints and of the windows, added up. */
    public List<AttainmentAnswer> attainment(AttainmentBatchQuery query) {
        List<AttainmentAnswer> answers = new ArrayList<>();
        for (List<AttainmentBatchQuery.Window> windows : windowParts(query.windows())) {
            List<AttainmentAnswer> merged = null;
            for (List<String> ids : touchpointParts(query.touchpointIds())) {
                AttainmentBatchQuery part = new AttainmentBatchQuery(ids, query.metric(), query.op(), query.threshold(), windows);
                List<AttainmentAnswer> answered = counted(call(() -> touchpoints.attainmentBatch(part)).windows(), windows.size());
                merged = merged == null ? answered : zip(merged, answered, TouchpointReads::plus);
            }
            answers.addAll(merged);
        }
        return answers;
    }

    /** One table per window, in order, split and added up like {@link #attainment}. */
    public List<ContingencyAnswer> contingency(ContingencyBatchQuery query) {
        List<ContingencyAnswer> answers = new ArrayList<>();
        for (int from = 0; from < query.windows().size(); from += AttainmentBatchQuery.MAX_WINDOWS) {
            List<ContingencyBatchQuery.Window> windows = query.windows().subList(from, Math.min(query.windows().size(), from + AttainmentBatchQuery.MAX_WINDOWS));
            List<ContingencyAnswer> merged = null;
            for (List<String> ids : touchpointParts(query.touchpointIds())) {
                ContingencyBatchQuery part = new ContingencyBatchQuery(ids, query.a(), query.b(), windows);
                List<ContingencyAnswer> answered = counted(call(() -> touchpoints.contingencyBatch(part)).windows(), windows.size());
                merged = merged == null ? answered : zip(merged, answered, (x, y) -> new ContingencyAnswer(x.bothMet() + y.bothMet(),
                        x.aOnly() + y.aOnly(), x.bOnly() + y.bOnly(), x.neither() + y.neither()));
            }
            answers.addAll(merged);
        }
        return answers;
    }

    /** Registers standing predicates, in as many registrations as touchpoint-service's limits need. */
    public void register(PredicateRegistration registration) {
        int conditions = Math.max(registration.attainment().size(), registration.pairs().size());
        for (List<String> ids : touchpointParts(registration.touchpointIds())) {
            for (int from = 0; from < Math.max(1, conditions); from += PredicateRegistration.MAX_PREDICATES) {
                PredicateRegistration part = new PredicateRegistration(ids, slice(registration.attainment(), from), slice(registration.pairs(), from));
                call(() -> touchpoints.registerPredicates(part));
            }
        }
    }

    /**
     * The handoffs among all these touchpoints over [from, to), or empty when touchpoint-service answers the path with 404 (a
     * deployment from before journeys). Journeys cross touchpoints, so more touchpoints than one question takes are asked as
     * every pair of halves-sized parts: each pair of touchpoints is taken from the one question holding both parts, and each
     * journey (counted at its first contact's part) is counted in as many questions as its part has partners.
     */
    public Optional<HandoffAnswer> handoffs(List<String> touchpointIds, Instant from, Instant to) {
        if (touchpointIds.size() <= MAX_TOUCHPOINTS_PER_CALL) {
            return call(() -> touchpoints.handoffs(new HandoffQuery(touchpointIds, from, to)));
        }
        List<List<String>> parts = parts(touchpointIds, MAX_TOUCHPOINTS_PER_CALL / 2);
        Map<String, Integer> partOf = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            for (String id : parts.get(p)) {
                partOf.put(id, p);
            }
        }
        long[] sums = new long[3];
        List<HandoffAnswer.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                List<String> ids = new ArrayList<>(parts.get(i));
                ids.addAll(parts.get(j));
                Optional<HandoffAnswer> answer = call(() -> touchpoints.handoffs(new HandoffQuery(ids, from, to)));
                if (answer.isEmpty()) {
                    return Optional.empty();
                }
                HandoffAnswer a = answer.get();
                sums[0] += a.journeys();
                sums[1] += a.oneContactJourneys();
                sums[2] += a.oneContactFollowedUp();
                for (HandoffAnswer.Pair pair : a.handoffs()) {
                    Integer fromPart = partOf.get(pair.fromTouchpointId());
                    Integer toPart = partOf.get(pair.toTouchpointId());
                    if (fromPart == null || toPart == null || (fromPart != i && fromPart != j) || (toPart != i && toPart != j)) {
                        continue;
                    }
                    int otherPart = fromPart == i ? j : i;
                    if (!fromPart.equals(toPart) || otherPart == designatedPartner(fromPart)) {
                        pairs.add(pair);
                    }
                }
            }
        }
        long questionsPerPart = parts.size() - 1;
        if (sums[0] % questionsPerPart != 0 || sums[1] % questionsPerPart != 0 || sums[2] % questionsPerPart != 0) {
            throw new DependencyOutage(DEPENDENCY, new InvalidAnswerException(DEPENDENCY,
                    List.of("journeys do not add up across the " + parts.size() * questionsPerPart / 2 + " questions of the handoff matrix")));
        }
        pairs.sort(Comparator.comparing(HandoffAnswer.Pair::fromTouchpointId).thenComparing(HandoffAnswer.Pair::toTouchpointId));
        return Optional.of(new HandoffAnswer(sums[0] / questionsPerPart, sums[1] / questionsPerPart, sums[2] / questionsPerPart, pairs));
    }

    /** The part whose question with part p is where the handoffs within p are taken from. */
    private static int designatedPartner(int p) {
        return p == 0 ? 1 : 0;
    }

    private static <T> List<T> slice(List<T> all, int from) {
        return from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + PredicateRegistration.MAX_PREDICATES));
    }

    /** Windows in parts of at most 50, and of few enough hourly buckets that no answer grows past a few MB. */
    private static List<List<AttainmentBatchQuery.Window>> windowParts(List<AttainmentBatchQuery.Window> windows) {
        List<List<AttainmentBatchQuery.Window>> parts = new ArrayList<>();
        List<AttainmentBatchQuery.Window> part = new ArrayList<>();
        long buckets = 0;
        for (AttainmentBatchQuery.Window window : windows) {
            long these = window.bucket() == null ? 0 : Duration.between(window.from(), window.to()).toHours() + 2;
            if (!part.isEmpty() && (part.size() == AttainmentBatchQuery.MAX_WINDOWS || buckets + these > MAX_BUCKETS_PER_CALL)) {
                parts.add(part);
                part = new ArrayList<>();
                buckets = 0;
            }
            part.add(window);
            buckets += these;
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private static List<List<String>> touchpointParts(List<String> ids) {
        return parts(ids, MAX_TOUCHPOINTS_PER_CALL);
    }

    private static List<List<String>> parts(List<String> ids, int size) {
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += size) {
            parts.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        return parts;
    }

    /** A batch answers one entry per window asked; any other number is an answer that cannot be used. */
    private static <T> List<T> counted(List<T> answers, int asked) {
        int answered = answers == null ? 0 : answers.size();
        if (answered != asked) {
            throw new DependencyOutage(DEPENDENCY, new InvalidAnswerException(DEPENDENCY,
                    List.of("windows has " + answered + " entries for the " + asked + " asked")));
        }
        return answers;
    }

    private static <T> List<T> zip(List<T> left, List<T> right, BiFunction<T, T, T> plus) {
        List<T> sums = new ArrayList<>(left.size());
        for (int i = 0; i < left.size(); i++) {
            sums.add(plus.apply(left.get(i), right.get(i)));
        }
        return sums;
    }

    private static AttainmentAnswer plus(AttainmentAnswer x, AttainmentAnswer y) {
        List<AttainmentAnswer.TouchpointCounts> rows = new ArrayList<>(x.byTouchpoint());
        rows.addAll(y.byTouchpoint());
        Map<Instant, long[]> buckets = new TreeMap<>();
        for (AttainmentAnswer.BucketCounts b : x.buckets()) {
            add(buckets, b);
        }
        for (AttainmentAnswer.BucketCounts b : y.buckets()) {
            add(buckets, b);
        }
        List<AttainmentAnswer.BucketCounts> merged = buckets.entrySet().stream()
                .map(e -> new AttainmentAnswer.BucketCounts(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new AttainmentAnswer(x.valid() + y.valid(), x.good() + y.good(), rows, merged);
    }

    private static void add(Map<Instant, long[]> buckets, AttainmentAnswer.BucketCounts b) {
        long[] sum = buckets.computeIfAbsent(b.start(), k -> new long[2]);
        sum[0] += b.valid();
        sum[1] += b.good();
    }

    private <T> T call(Supplier<T> call) {
        return guard.call(DEPENDENCY, call, TouchpointClientFallback::isPlaceholder);
    }
}
