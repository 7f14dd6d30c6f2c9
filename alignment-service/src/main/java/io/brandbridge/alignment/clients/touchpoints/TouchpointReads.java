package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.alignment.clients.CallGuard;
import io.brandbridge.alignment.clients.DependencyOutage;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.resilience.InvalidAnswerException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_TOUCHPOINTS_PER_CALL) {
            parts.add(ids.subList(from, Math.min(ids.size(), from + MAX_TOUCHPOINTS_PER_CALL)));
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
