package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.CallGuard;
import io.brandbridge.alignment.clients.promises.InForcePromises;
import io.brandbridge.alignment.clients.promises.PromiseOperations;
import io.brandbridge.alignment.clients.promises.PromiseReads;
import io.brandbridge.alignment.clients.promises.RemoteBrand;
import io.brandbridge.alignment.clients.touchpoints.AttainmentAnswer;
import io.brandbridge.alignment.clients.touchpoints.AttainmentBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.AttainmentQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyAnswer;
import io.brandbridge.alignment.clients.touchpoints.ContingencyBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.HandoffAnswer;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpoint;
import io.brandbridge.alignment.clients.touchpoints.StatsCondition;
import io.brandbridge.alignment.clients.touchpoints.TouchpointOperations;
import io.brandbridge.alignment.clients.touchpoints.TouchpointReads;
import io.brandbridge.alignment.recompute.StandingPredicates.Standing;
import io.brandbridge.alignment.scoring.AlignmentCalculator;
import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.Bucket;
import io.brandbridge.alignment.scoring.BucketSeries;
import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.BurnEvaluator;
import io.brandbridge.alignment.scoring.BurnEvaluator.SubWindow;
import io.brandbridge.alignment.scoring.CommitmentSpec;
import io.brandbridge.alignment.scoring.Condition;
import io.brandbridge.alignment.scoring.ContingencyTable;
import io.brandbridge.alignment.scoring.Counts;
import io.brandbridge.alignment.scoring.EvaluationWindow;
import io.brandbridge.alignment.scoring.HandoffCounts;
import io.brandbridge.alignment.scoring.HandoffMatrix;
import io.brandbridge.alignment.scoring.HandoffRanking;
import io.brandbridge.alignment.scoring.Measurements;
import io.brandbridge.alignment.scoring.Measurements.CommitmentMeasurement;
import io.brandbridge.alignment.scoring.Measurements.CommitmentRef;
import io.brandbridge.alignment.scoring.Measurements.PairRef;
import io.brandbridge.alignment.scoring.PromiseSpec;
import io.brandbridge.alignment.scoring.StatusRule;
import io.brandbridge.alignment.scoring.TargetSpec;
import io.brandbridge.alignment.scoring.TouchpointSpec;

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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One recompute of one brand at one instant: it plans what DESIGN 3.3 needs and asks each distinct predicate once.
 * Round 1: the brand, its promises in force and its touchpoints. Round 2: the targets of each measured touchpoint, the
 * registration of the attainment predicates as standing counters, and the brand's handoff matrix. Round 3: one attainment
 * batch per distinct predicate (touchpoints, metric, op, threshold) with all its windows in hourly buckets, and the
 * registration of the 2×2 pairs.
 * Round 4: one contingency batch per (touchpoint, target, commitment condition) with all its windows, and one batch per
 * predicate of the burn-rate sub-windows its buckets cannot settle. Paging, splitting and outage detection are the
 * client adapters' ({@link PromiseReads}, {@link TouchpointReads}).
 */
public final class BrandRecomputation {

    /**
     * What one recompute produced, with the number of calls it made to other services. {@code handoffsAnswered} is false when
     * touchpoint-service does not answer handoffs (a deployment from before journeys); {@code handoffs} is then empty.
     */
    public record Result(String brandId, ZoneId zone, Instant asOf, List<PromiseSpec> promises, BrandAlignment alignment, HandoffMatrix handoffs,
                         boolean handoffsAnswered, int calls) {
    }

    private static final Duration BUCKET_LENGTH = Duration.ofHours(1);

    private record Planned(PromiseSpec promise, CommitmentSpec commitment, List<TouchpointSpec> covered, EvaluationWindow window,
                           AttainmentQuery query) {
        CommitmentRef ref() {
            return new CommitmentRef(promise.id(), commitment.key());
        }
    }

    /** What one attainment batch asks about: a condition over touchpoints. */
    private record Predicate(List<String> touchpointIds, StatsCondition condition) {
        static Predicate of(AttainmentQuery query) {
            return new Predicate(query.touchpointIds(), new StatsCondition(query.metric(), query.op(), query.threshold()));
        }

        AttainmentBatchQuery batch(List<AttainmentBatchQuery.Window> windows) {
            return new AttainmentBatchQuery(touchpointIds, condition.metric(), condition.op(), condition.threshold(), windows);
        }
    }

    /** What one contingency batch asks about: a target's condition against a commitment's at one touchpoint. */
    private record Pair(String touchpointId, StatsCondition target, StatsCondition commitment) {
    }

    /** A 2×2 question: one pair of conditions at one touchpoint over one window. */
    private record ContingencyQueryKey(Pair pair, ContingencyBatchQuery.Window window) {
    }

    private record BurnKey(AttainmentQuery query, BigDecimal objective, Duration period) {
    }

    private final PromiseReads promises;
    private final TouchpointReads touchpoints;
    private final CallGuard guard = new CallGuard();
    private final BoundedCalls calls;
    private final StandingPredicates standing;
    private final Duration handoffWindow;

    public BrandRecomputation(PromiseOperations promises, TouchpointOperations touchpoints, ExecutorService executor, int parallelism) {
        this(promises, touchpoints, executor, new Semaphore(parallelism, true), StandingPredicates.forgetful());
    }

    public BrandRecomputation(PromiseOperations promises, TouchpointOperations touchpoints, ExecutorService executor, Semaphore callPermits,
                              StandingPredicates standing) {
        this(promises, touchpoints, executor, callPermits, standing, Duration.ofDays(HandoffConfiguration.DEFAULT_WINDOW_DAYS));
    }

    /**
     * {@code callPermits} bounds the calls in flight, shared with every recompute holding the same permits; {@code standing}
     * remembers what was registered, shared with every recompute of the instance.
     */
    public BrandRecomputation(PromiseOperations promises, TouchpointOperations touchpoints, ExecutorService executor, Semaphore callPermits,
                              StandingPredicates standing, Duration handoffWindow) {
        this.handoffWindow = handoffWindow;
        this.promises = new PromiseReads(promises, guard);
        this.touchpoints = new TouchpointReads(touchpoints, guard);
        this.calls = new BoundedCalls(executor, callPermits);
        this.standing = standing;
    }

    public Result run(String brandId, Instant asOf) {
        List<Object> basics = calls.all(List.<Callable<Object>>of(
                () -> promises.brand(brandId),
                () -> promises.inForce(brandId, asOf),
                () -> touchpoints.touchpoints(brandId)));
        RemoteBrand brand = present(basics.get(0), brandId);
        InForcePromises inForce = present(basics.get(1), brandId);
        @SuppressWarnings("unchecked")
        List<TouchpointSpec> brandTouchpoints = ((List<RemoteTouchpoint>) basics.get(2)).stream()
                .map(t -> new TouchpointSpec(t.id(), t.type(), t.name() == null ? t.id() : t.name())).toList();
        ZoneId zone = brand.zone();

        List<PromiseSpec> promiseSpecs = inForce.items().stream().map(PromiseTranslation::promise).toList();
        List<Planned> planned = plan(promiseSpecs, brandTouchpoints, asOf, zone);

        AtomicReference<Optional<HandoffMatrix>> handoffs = new AtomicReference<>();
        Instant handoffsFrom = asOf.minus(handoffWindow);
        Map<String, List<TargetSpec>> targets = targetsAndRegistration(brandId, planned, handoffs(brandTouchpoints, handoffsFrom, asOf, handoffs));
        Map<ContingencyQueryKey, List<PairRef>> pairs = pairs(planned, targets);
        Map<AttainmentQuery, AttainmentAnswer> answers = attainmentAndPairRegistration(brandId, planned, pairs.keySet());

        Map<CommitmentRef, CommitmentMeasurement> measured = new LinkedHashMap<>();
        Map<PairRef, ContingencyTable> tables = new LinkedHashMap<>();
        burnAndContingency(planned, answers, pairs, measured, tables);

        List<TargetSpec> allTargets = targets.values().stream().flatMap(List::stream).toList();
        BrandAlignment alignment = AlignmentCalculator.calculate(promiseSpecs, brandTouchpoints, allTargets, new Measurements(measured, tables));
        HandoffMatrix matrix = handoffs.get().orElse(HandoffMatrix.empty(handoffsFrom, asOf));
        return new Result(brandId, zone, asOf, promiseSpecs, alignment, matrix, handoffs.get().isPresent(), guard.calls());
    }

    /** The brand's handoff matrix over the window, asked beside round 2; none to ask without touchpoints. */
    private Callable<Runnable> handoffs(List<TouchpointSpec> brandTouchpoints, Instant from, Instant to, AtomicReference<Optional<HandoffMatrix>> into) {
        return () -> {
            if (brandTouchpoints.isEmpty()) {
                into.set(Optional.of(HandoffMatrix.empty(from, to)));
                return () -> { };
            }
            Map<String, String> names = new LinkedHashMap<>();
            brandTouchpoints.forEach(t -> names.put(t.id(), t.name()));
            into.set(touchpoints.handoffs(ids(brandTouchpoints), from, to).map(answer -> HandoffRanking.rank(from, to, counts(answer), names)));
            return () -> { };
        };
    }

    private static HandoffCounts counts(HandoffAnswer answer) {
        return new HandoffCounts(answer.journeys(), answer.oneContactJourneys(), answer.oneContactFollowedUp(), answer.handoffs().stream()
                .map(p -> new HandoffCounts.Pair(p.fromTouchpointId(), p.toTouchpointId(), p.count(), p.followedUp(), p.medianGapMinutes())).toList());
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

    /** Round 2: the targets of every measured touchpoint, while the attainment predicates are registered and {@code alongside} runs. */
    private Map<String, List<TargetSpec>> targetsAndRegistration(String brandId, List<Planned> planned, Callable<Runnable> alongside) {
        Set<String> measuredTouchpoints = new LinkedHashSet<>();
        List<Standing> needed = new ArrayList<>();
        for (Planned p : planned) {
            if (p.query() != null) {
                measuredTouchpoints.addAll(p.query().touchpointIds());
                StatsCondition condition = Predicate.of(p.query()).condition();
                p.query().touchpointIds().forEach(t -> needed.add(new Standing(t, condition, null)));
            }
        }
        Map<String, List<TargetSpec>> targets = new LinkedHashMap<>();
        List<Callable<Runnable>> tasks = new ArrayList<>(standing.registration(brandId, needed, touchpoints));
        tasks.add(alongside);
        for (String touchpointId : measuredTouchpoints) {
            tasks.add(() -> {
                List<TargetSpec> found = PromiseTranslation.targets(touchpointId, touchpoints.targets(touchpointId));
                return () -> targets.put(touchpointId, found);
            });
        }
        calls.all(tasks).forEach(Runnable::run);
        return targets;
    }

    private static Map<ContingencyQueryKey, List<PairRef>> pairs(List<Planned> planned, Map<String, List<TargetSpec>> targets) {
        Map<ContingencyQueryKey, List<PairRef>> pairs = new LinkedHashMap<>();
        for (Planned p : planned) {
            // An empty window (the first instant of a calendar period) has no interactions to tabulate.
            for (TouchpointSpec touchpoint : p.query() == null ? List.<TouchpointSpec>of() : p.covered()) {
                for (TargetSpec target : targets.getOrDefault(touchpoint.id(), List.of())) {
                    Pair pair = new Pair(touchpoint.id(), statsCondition(target.condition()), statsCondition(p.commitment().condition()));
                    pairs.computeIfAbsent(new ContingencyQueryKey(pair, new ContingencyBatchQuery.Window(p.window().from(), p.window().to())),
                            k -> new ArrayList<>()).add(new PairRef(target.id(), p.promise().id(), p.commitment().key()));
                }
            }
        }
        return pairs;
    }

    /** Round 3: one attainment batch per distinct predicate, while the 2×2 pairs are registered. */
    private Map<AttainmentQuery, AttainmentAnswer> attainmentAndPairRegistration(String brandId, List<Planned> planned, Set<ContingencyQueryKey> pairs) {
        Map<Predicate, Set<AttainmentQuery>> byPredicate = new LinkedHashMap<>();
        for (Planned p : planned) {
            if (p.query() != null) {
                byPredicate.computeIfAbsent(Predicate.of(p.query()), k -> new LinkedHashSet<>()).add(p.query());
            }
        }
        List<Standing> needed = pairs.stream().map(ContingencyQueryKey::pair).distinct()
                .map(pair -> new Standing(pair.touchpointId(), pair.target(), pair.commitment())).toList();
        List<Callable<Runnable>> tasks = new ArrayList<>(standing.registration(brandId, needed, touchpoints));
        Map<AttainmentQuery, AttainmentAnswer> answers = new LinkedHashMap<>();
        byPredicate.forEach((predicate, queries) -> tasks.add(() -> {
            List<AttainmentQuery> asked = List.copyOf(queries);
            List<AttainmentAnswer> answered = touchpoints.attainment(predicate.batch(asked.stream()
                    .map(q -> new AttainmentBatchQuery.Window(q.from(), q.to(), q.bucket())).toList()));
            return () -> {
                for (int i = 0; i < asked.size(); i++) {
                    answers.put(asked.get(i), answered.get(i));
                }
            };
        }));
        calls.all(tasks).forEach(Runnable::run);
        return answers;
    }

    /** Round 4: the contingency batches and the burn-rate sub-windows the buckets leave open, then the burn alerts. */
    private void burnAndContingency(List<Planned> planned, Map<AttainmentQuery, AttainmentAnswer> answers, Map<ContingencyQueryKey, List<PairRef>> pairs,
                                    Map<CommitmentRef, CommitmentMeasurement> measured, Map<PairRef, ContingencyTable> tables) {
        Map<BurnKey, List<Planned>> burnChecks = new LinkedHashMap<>();
        Map<CommitmentRef, Map<String, Counts>> counts = new LinkedHashMap<>();
        Map<BurnKey, BucketSeries> series = new LinkedHashMap<>();
        Map<Predicate, Set<SubWindow>> unsettled = new LinkedHashMap<>();
        for (Planned p : planned) {
            Map<String, Counts> byTouchpoint = byTouchpoint(p, answers.get(p.query()));
            counts.put(p.ref(), byTouchpoint);
            Counts pooled = byTouchpoint.values().stream().reduce(Counts.ZERO, Counts::plus);
            if (p.query() != null && StatusRule.isKept(pooled, p.commitment().objective(), p.commitment().minSample())) {
                BurnKey key = new BurnKey(p.query(), p.commitment().objective().value(), p.window().period());
                burnChecks.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                BucketSeries s = series.computeIfAbsent(key, k -> series(p, answers.get(p.query()), byTouchpoint));
                unsettled.computeIfAbsent(Predicate.of(p.query()), k -> new LinkedHashSet<>())
                        .addAll(BurnEvaluator.unsettled(p.window(), p.commitment().objective(), s));
            }
        }
        Map<Predicate, Map<SubWindow, Counts>> exact = new LinkedHashMap<>();
        List<Callable<Runnable>> tasks = new ArrayList<>();
        unsettled.forEach((predicate, windows) -> {
            if (!windows.isEmpty()) {
                tasks.add(() -> {
                    Map<SubWindow, Counts> found = exactCounts(predicate, List.copyOf(windows));
                    return () -> exact.put(predicate, found);
                });
            }
        });
        Map<Pair, List<ContingencyBatchQuery.Window>> byPair = new LinkedHashMap<>();
        pairs.keySet().forEach(k -> byPair.computeIfAbsent(k.pair(), x -> new ArrayList<>()).add(k.window()));
        byPair.forEach((pair, windows) -> tasks.add(() -> {
            List<ContingencyAnswer> answered = touchpoints.contingency(new ContingencyBatchQuery(List.of(pair.touchpointId()), pair.target(), pair.commitment(), windows));
            return () -> {
                for (int i = 0; i < windows.size(); i++) {
                    ContingencyAnswer a = answered.get(i);
                    ContingencyTable table = new ContingencyTable(a.bothMet(), a.aOnly(), a.bOnly(), a.neither());
                    pairs.get(new ContingencyQueryKey(pair, windows.get(i))).forEach(ref -> tables.put(ref, table));
                }
            };
        }));
        calls.all(tasks).forEach(Runnable::run);

        Map<CommitmentRef, BurnAlert> alerts = new LinkedHashMap<>();
        burnChecks.forEach((key, sharing) -> {
            Planned first = sharing.get(0);
            Predicate predicate = Predicate.of(key.query());
            Map<SubWindow, Counts> known = exact.getOrDefault(predicate, Map.of());
            BurnAlert alert = BurnEvaluator.evaluate(first.window(), first.commitment().objective(), series.get(key), (from, to) -> {
                Counts found = known.get(new SubWindow(from, to));
                // Every sub-window evaluate asks for was asked above; asking here too keeps the figures exact should one not be.
                return found != null ? found : exactCounts(predicate, List.of(new SubWindow(from, to))).get(new SubWindow(from, to));
            });
            sharing.forEach(p -> alerts.put(p.ref(), alert));
        });
        for (Planned p : planned) {
            measured.put(p.ref(), new CommitmentMeasurement(p.window(), counts.get(p.ref()), alerts.get(p.ref())));
        }
    }

    /** Exact counts of each sub-window, in one batch (per part) without buckets. */
    private Map<SubWindow, Counts> exactCounts(Predicate predicate, List<SubWindow> windows) {
        List<AttainmentAnswer> answered = touchpoints.attainment(predicate.batch(windows.stream()
                .map(w -> new AttainmentBatchQuery.Window(w.from(), w.to(), null)).toList()));
        Map<SubWindow, Counts> found = new LinkedHashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            found.put(windows.get(i), pooled(answered.get(i)));
        }
        return found;
    }

    private static Counts pooled(AttainmentAnswer answer) {
        long valid = 0;
        long good = 0;
        for (AttainmentAnswer.TouchpointCounts row : answer.byTouchpoint()) {
            valid += row.valid();
            good += row.good();
        }
        return answer.byTouchpoint().isEmpty() ? new Counts(answer.valid(), answer.good()) : new Counts(valid, good);
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

    private static StatsCondition statsCondition(Condition c) {
        return new StatsCondition(c.metric(), c.op().name(), c.threshold());
    }

    @SuppressWarnings("unchecked")
    private static <T> T present(Object answer, String brandId) {
        return ((Optional<T>) answer).orElseThrow(() -> new UnknownBrand(brandId));
    }

    private static List<String> ids(List<TouchpointSpec> touchpoints) {
        return touchpoints.stream().map(TouchpointSpec::id).toList();
    }
}
