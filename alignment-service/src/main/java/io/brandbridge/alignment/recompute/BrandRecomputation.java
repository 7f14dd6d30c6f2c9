package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.promises.InForcePromises;
import io.brandbridge.alignment.clients.promises.PromiseClientFallback;
import io.brandbridge.alignment.clients.promises.PromiseOperations;
import io.brandbridge.alignment.clients.promises.RemoteBrand;
import io.brandbridge.alignment.clients.touchpoints.AttainmentAnswer;
import io.brandbridge.alignment.clients.touchpoints.AttainmentQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyAnswer;
import io.brandbridge.alignment.clients.touchpoints.ContingencyQuery;
import io.brandbridge.alignment.clients.touchpoints.RemoteTarget;
import io.brandbridge.alignment.clients.touchpoints.RemoteTargetPage;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpoint;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpointPage;
import io.brandbridge.alignment.clients.touchpoints.StatsCondition;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClientFallback;
import io.brandbridge.alignment.clients.touchpoints.TouchpointOperations;
import io.brandbridge.alignment.scoring.AlignmentCalculator;
import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.Bucket;
import io.brandbridge.alignment.scoring.BucketSeries;
import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.BurnEvaluator;
import io.brandbridge.alignment.scoring.CommitmentSpec;
import io.brandbridge.alignment.scoring.Comparison;
import io.brandbridge.alignment.scoring.Condition;
import io.brandbridge.alignment.scoring.ContingencyTable;
import io.brandbridge.alignment.scoring.Counts;
import io.brandbridge.alignment.scoring.EvaluationWindow;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.scoring.Measurements;
import io.brandbridge.alignment.scoring.Measurements.CommitmentMeasurement;
import io.brandbridge.alignment.scoring.Measurements.CommitmentRef;
import io.brandbridge.alignment.scoring.Measurements.PairRef;
import io.brandbridge.alignment.scoring.PromiseSpec;
import io.brandbridge.alignment.scoring.StatusRule;
import io.brandbridge.alignment.scoring.TargetSpec;
import io.brandbridge.alignment.scoring.TouchpointSpec;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One recompute of one brand at one instant. It asks for what DESIGN 3.3 needs with as few calls as
 * possible: the brand, its promises in force and its touchpoints; one attainment call per distinct
 * commitment covering all its touchpoints, with hourly buckets from which the burn-rate sub-windows are
 * read; the targets of each measured touchpoint; one contingency call per (target, commitment) pair.
 * A sub-window is asked for on its own only when its buckets cannot settle the alert. Identical
 * questions (two promises sharing a commitment) are asked once.
 */
public final class BrandRecomputation {

    /** What one recompute produced, with the number of calls it made to other services. */
    public record Result(String brandId, ZoneId zone, Instant asOf, List<PromiseSpec> promises, BrandAlignment alignment, int calls) {
    }

    static final String PROMISE_SERVICE = "promise-service";
    static final String TOUCHPOINT_SERVICE = "touchpoint-service";
    private static final int PAGE_SIZE = 200;
    /** touchpoint-service takes at most this many touchpoints in one stats question. */
    static final int MAX_TOUCHPOINTS_PER_CALL = 500;
    // Enough pages for the most touchpoints a snapshot holds.
    private static final int MAX_PAGES = Limits.TOUCHPOINTS / PAGE_SIZE;
    private static final Duration BUCKET_LENGTH = Duration.ofHours(1);

    private record Planned(PromiseSpec promise, CommitmentSpec commitment, List<TouchpointSpec> covered, EvaluationWindow window,
                           AttainmentQuery query) {
        CommitmentRef ref() {
            return new CommitmentRef(promise.id(), commitment.key());
        }
    }

    private record BurnKey(AttainmentQuery query, BigDecimal objective, Duration period) {
    }

    private final PromiseOperations promises;
    private final TouchpointOperations touchpoints;
    private final BoundedCalls calls;
    private final AtomicInteger callCount = new AtomicInteger();

    public BrandRecomputation(PromiseOperations promises, TouchpointOperations touchpoints, ExecutorService executor, int parallelism) {
        this(promises, touchpoints, executor, new Semaphore(parallelism, true));
    }

    /** {@code callPermits} bounds the calls in flight, shared with every recompute holding the same permits. */
    public BrandRecomputation(PromiseOperations promises, TouchpointOperations touchpoints, ExecutorService executor, Semaphore callPermits) {
        this.promises = promises;
        this.touchpoints = touchpoints;
        this.calls = new BoundedCalls(executor, callPermits);
    }

    public Result run(String brandId, Instant asOf) {
        List<Object> basics = calls.all(List.<Callable<Object>>of(
                () -> call(PROMISE_SERVICE, () -> promises.brand(brandId)),
                () -> call(PROMISE_SERVICE, () -> promises.inForce(brandId, asOf)),
                () -> brandTouchpoints(brandId)));
        RemoteBrand brand = present(basics.get(0), brandId);
        InForcePromises inForce = present(basics.get(1), brandId);
        @SuppressWarnings("unchecked")
        List<TouchpointSpec> brandTouchpoints = (List<TouchpointSpec>) basics.get(2);
        ZoneId zone = brand.zone();

        List<PromiseSpec> promiseSpecs = inForce.items().stream().map(PromiseTranslation::promise).toList();
        List<Planned> planned = plan(promiseSpecs, brandTouchpoints, asOf, zone);

        Map<AttainmentQuery, AttainmentAnswer> answers = new LinkedHashMap<>();
        Map<String, List<TargetSpec>> targets = new LinkedHashMap<>();
        gatherAttainmentAndTargets(planned, answers, targets);

        Map<CommitmentRef, CommitmentMeasurement> measured = new LinkedHashMap<>();
        Map<PairRef, ContingencyTable> tables = new LinkedHashMap<>();
        gatherBurnAndContingency(planned, answers, targets, measured, tables);

        List<TargetSpec> allTargets = targets.values().stream().flatMap(List::stream).toList();
        BrandAlignment alignment = AlignmentCalculator.calculate(promiseSpecs, brandTouchpoints, allTargets, new Measurements(measured, tables));
        return new Result(brandId, zone, asOf, promiseSpecs, alignment, callCount.get());
    }

    private List<Planned> plan(List<PromiseSpec> promiseSpecs, List<TouchpointSpec> brandTouchpoints, Instant asOf, ZoneId zone) {
        List<Planned> planned = new ArrayList<>();
        for (PromiseSpec promise : promiseSpecs) {
            List<TouchpointSpec> covered = promise.coveredTouchpoints(brandTouchpoints);
            for (CommitmentSpec commitment : promise.commitments()) {
                EvaluationWindow window = EvaluationWindow.resolve(commitment.window(), asOf, zone);
                Condition c = commitment.condition();
                // Nothing to ask without touchpoints, or at the very first instant of a calendar period (an empty window).
                boolean empty = covered.isEmpty() || !window.from().isBefore(window.to());
                AttainmentQuery query = empty ? null
                        : new AttainmentQuery(ids(covered), c.metric(), c.op().name(), c.threshold(), window.from(), window.to(), AttainmentQuery.HOUR);
                planned.add(new Planned(promise, commitment, covered, window, query));
            }
        }
        return planned;
    }

    private void gatherAttainmentAndTargets(List<Planned> planned, Map<AttainmentQuery, AttainmentAnswer> answers,
                                            Map<String, List<TargetSpec>> targets) {
        Set<AttainmentQuery> queries = new LinkedHashSet<>();
        Set<String> measuredTouchpoints = new LinkedHashSet<>();
        for (Planned p : planned) {
            if (p.query() != null) {
                queries.add(p.query());
                measuredTouchpoints.addAll(p.query().touchpointIds());
            }
        }
        List<Callable<Runnable>> tasks = new ArrayList<>();
        for (AttainmentQuery query : queries) {
            tasks.add(() -> {
                AttainmentAnswer answer = attainment(query);
                return () -> answers.put(query, answer);
            });
        }
        for (String touchpointId : measuredTouchpoints) {
            tasks.add(() -> {
                List<TargetSpec> found = targetsOf(touchpointId);
                return () -> targets.put(touchpointId, found);
            });
        }
        calls.all(tasks).forEach(Runnable::run);
    }

    private void gatherBurnAndContingency(List<Planned> planned, Map<AttainmentQuery, AttainmentAnswer> answers,
                                          Map<String, List<TargetSpec>> targets, Map<CommitmentRef, CommitmentMeasurement> measured,
                                          Map<PairRef, ContingencyTable> tables) {
        Map<BurnKey, List<Planned>> burnChecks = new LinkedHashMap<>();
        Map<ContingencyQuery, List<PairRef>> pairs = new LinkedHashMap<>();
        Map<CommitmentRef, Map<String, Counts>> counts = new LinkedHashMap<>();
        for (Planned p : planned) {
            Map<String, Counts> byTouchpoint = byTouchpoint(p, answers.get(p.query()));
            counts.put(p.ref(), byTouchpoint);
            Counts pooled = byTouchpoint.values().stream().reduce(Counts.ZERO, Counts::plus);
            if (p.query() != null && StatusRule.isKept(pooled, p.commitment().objective(), p.commitment().minSample())) {
                burnChecks.computeIfAbsent(new BurnKey(p.query(), p.commitment().objective().value(), p.window().period()), k -> new ArrayList<>()).add(p);
            }
            // An empty window (the first instant of a calendar period) has no interactions to tabulate.
            for (TouchpointSpec touchpoint : p.query() == null ? List.<TouchpointSpec>of() : p.covered()) {
                for (TargetSpec target : targets.getOrDefault(touchpoint.id(), List.of())) {
                    pairs.computeIfAbsent(contingencyQuery(touchpoint, target, p), k -> new ArrayList<>())
                            .add(new PairRef(target.id(), p.promise().id(), p.commitment().key()));
                }
            }
        }
        Map<CommitmentRef, BurnAlert> alerts = new LinkedHashMap<>();
        List<Callable<Runnable>> tasks = new ArrayList<>();
        burnChecks.forEach((key, sharing) -> tasks.add(() -> {
            Planned first = sharing.get(0);
            BurnAlert alert = BurnEvaluator.evaluate(first.window(), first.commitment().objective(),
                    series(first, answers.get(key.query()), counts.get(first.ref())), (from, to) -> exactCounts(key.query(), from, to));
            return () -> sharing.forEach(p -> alerts.put(p.ref(), alert));
        }));
        pairs.forEach((query, refs) -> tasks.add(() -> {
            ContingencyAnswer answer = call(TOUCHPOINT_SERVICE, () -> touchpoints.contingency(query));
            ContingencyTable table = new ContingencyTable(answer.bothMet(), answer.aOnly(), answer.bOnly(), answer.neither());
            return () -> refs.forEach(ref -> tables.put(ref, table));
        }));
        calls.all(tasks).forEach(Runnable::run);
        for (Planned p : planned) {
            measured.put(p.ref(), new CommitmentMeasurement(p.window(), counts.get(p.ref()), alerts.get(p.ref())));
        }
    }

    private static Map<String, Counts> byTouchpoint(Planned p, AttainmentAnswer answer) {
        Map<String, Counts> byTouchpoint = new LinkedHashMap<>();
        p.covered().forEach(t -> byTouchpoint.put(t.id(), Counts.ZERO));
        if (answer != null) {
            for (AttainmentAnswer.TouchpointCounts row : answer.byTouchpoint()) {
                if (byTouchpoint.containsKey(row.touchpointId())) {
                    byTouchpoint.put(row.touchpointId(), new Counts(row.valid(), row.good()));
                }
            }
        }
        return byTouchpoint;
    }

    private static BucketSeries series(Planned p, AttainmentAnswer answer, Map<String, Counts> byTouchpoint) {
        Counts total = byTouchpoint.values().stream().reduce(Counts.ZERO, Counts::plus);
        List<Bucket> buckets = answer.buckets().stream().map(b -> new Bucket(b.start(), new Counts(b.valid(), b.good()))).toList();
        return new BucketSeries(p.window().from(), p.window().to(), total, buckets, BUCKET_LENGTH);
    }

    /** One call, or one per {@value #MAX_TOUCHPOINTS_PER_CALL} touchpoints for a brand with more, merged. */
    private AttainmentAnswer attainment(AttainmentQuery query) {
        List<String> ids = query.touchpointIds();
        if (ids.size() <= MAX_TOUCHPOINTS_PER_CALL) {
            return call(TOUCHPOINT_SERVICE, () -> touchpoints.attainment(query));
        }
        long valid = 0;
        long good = 0;
        List<AttainmentAnswer.TouchpointCounts> rows = new ArrayList<>();
        Map<Instant, long[]> buckets = new TreeMap<>();
        for (int from = 0; from < ids.size(); from += MAX_TOUCHPOINTS_PER_CALL) {
            AttainmentQuery part = new AttainmentQuery(ids.subList(from, Math.min(ids.size(), from + MAX_TOUCHPOINTS_PER_CALL)), query.metric(),
                    query.op(), query.threshold(), query.from(), query.to(), query.bucket());
            AttainmentAnswer answer = call(TOUCHPOINT_SERVICE, () -> touchpoints.attainment(part));
            valid += answer.valid();
            good += answer.good();
            rows.addAll(answer.byTouchpoint());
            for (AttainmentAnswer.BucketCounts b : answer.buckets()) {
                long[] sum = buckets.computeIfAbsent(b.start(), k -> new long[2]);
                sum[0] += b.valid();
                sum[1] += b.good();
            }
        }
        List<AttainmentAnswer.BucketCounts> merged = buckets.entrySet().stream()
                .map(e -> new AttainmentAnswer.BucketCounts(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new AttainmentAnswer(valid, good, rows, merged);
    }

    private Counts exactCounts(AttainmentQuery query, Instant from, Instant to) {
        AttainmentQuery sub = new AttainmentQuery(query.touchpointIds(), query.metric(), query.op(), query.threshold(), from, to, null);
        AttainmentAnswer answer = attainment(sub);
        long valid = 0;
        long good = 0;
        for (AttainmentAnswer.TouchpointCounts row : answer.byTouchpoint()) {
            valid += row.valid();
            good += row.good();
        }
        return answer.byTouchpoint().isEmpty() ? new Counts(answer.valid(), answer.good()) : new Counts(valid, good);
    }

    private static ContingencyQuery contingencyQuery(TouchpointSpec touchpoint, TargetSpec target, Planned p) {
        Condition t = target.condition();
        Condition c = p.commitment().condition();
        return new ContingencyQuery(List.of(touchpoint.id()), new StatsCondition(t.metric(), t.op().name(), t.threshold()),
                new StatsCondition(c.metric(), c.op().name(), c.threshold()), p.window().from(), p.window().to());
    }

    private List<TouchpointSpec> brandTouchpoints(String brandId) {
        List<TouchpointSpec> found = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String current = cursor;
            RemoteTouchpointPage answer = call(TOUCHPOINT_SERVICE, () -> touchpoints.touchpoints(brandId, PAGE_SIZE, current));
            for (RemoteTouchpoint t : answer.items()) {
                if (t.type() != null && (t.brandId() == null || t.brandId().equals(brandId))) {
                    found.add(new TouchpointSpec(t.id(), t.type(), t.name() == null ? t.id() : t.name()));
                }
            }
            cursor = answer.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return found;
    }

    private List<TargetSpec> targetsOf(String touchpointId) {
        List<TargetSpec> found = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String current = cursor;
            Optional<RemoteTargetPage> answer = call(TOUCHPOINT_SERVICE, () -> touchpoints.targets(touchpointId, PAGE_SIZE, current));
            if (answer.isEmpty()) {
                break;
            }
            for (RemoteTarget t : answer.get().items()) {
                Optional<Comparison> op = PromiseTranslation.comparison(t.op());
                if (op.isPresent() && t.metric() != null && t.threshold() != null) {
                    found.add(new TargetSpec(t.id(), touchpointId, new Condition(t.metric(), op.get(), t.threshold()),
                            t.kind() == null ? "" : t.kind()));
                }
            }
            cursor = answer.get().nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return found;
    }

    /** Makes one call, counts it, and turns a fallback's placeholder or a guarded failure into an outage. */
    private <T> T call(String dependency, Supplier<T> call) {
        callCount.incrementAndGet();
        T answer;
        try {
            answer = call.get();
        } catch (DependencyUnavailableException e) {
            throw new DependencyOutage(dependency, e);
        } catch (HttpClientResponseException e) {
            throw new DependencyRefusal(dependency, e.getStatus().getCode(), e);
        }
        Object inner = answer instanceof Optional<?> optional ? optional.orElse(null) : answer;
        if (inner == null && !(answer instanceof Optional<?>)) {
            throw new DependencyOutage(dependency, null);
        }
        if (PromiseClientFallback.isPlaceholder(inner) || TouchpointClientFallback.isPlaceholder(inner)) {
            throw new DependencyOutage(dependency, null);
        }
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static <T> T present(Object answer, String brandId) {
        return ((Optional<T>) answer).orElseThrow(() -> new UnknownBrand(brandId));
    }

    private static List<String> ids(List<TouchpointSpec> touchpoints) {
        return touchpoints.stream().map(TouchpointSpec::id).toList();
    }
}
