package io.brandbridge.alignment.scoring;

import io.brandbridge.alignment.scoring.Measurements.CommitmentMeasurement;
import io.brandbridge.alignment.scoring.Measurements.CommitmentRef;
import io.brandbridge.alignment.scoring.Measurements.PairRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what was measured into every figure of DESIGN 3.3: per commitment and touchpoint, per promise,
 * the brand index, the gaps ranked by excessBroken and the incentive conflicts. Pure: no I/O, no clock.
 */
public final class AlignmentCalculator {

    private static final Comparator<Gap> BY_CUSTOMERS_LET_DOWN = Comparator.comparingDouble(Gap::excessBroken).reversed()
            .thenComparing(Comparator.comparingLong(Gap::brokenPromises).reversed())
            .thenComparing(Gap::promiseId).thenComparing(Gap::commitmentKey).thenComparing(Gap::touchpointId);

    private static final Comparator<Conflict> BY_STRENGTH = Comparator.comparingDouble(Conflict::z)
            .thenComparing(Conflict::touchpointId).thenComparing(c -> c.target().id())
            .thenComparing(c -> c.commitment().promiseId()).thenComparing(c -> c.commitment().key());

    private AlignmentCalculator() {
    }

    public static BrandAlignment calculate(List<PromiseSpec> promises, List<TouchpointSpec> touchpoints, List<TargetSpec> targets,
                                           Measurements measurements) {
        List<PromiseAlignment> scored = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (PromiseSpec promise : promises) {
            List<TouchpointSpec> covered = promise.coveredTouchpoints(touchpoints);
            List<CommitmentAlignment> commitments = new ArrayList<>();
            for (CommitmentSpec commitment : promise.commitments()) {
                CommitmentMeasurement measured = measurements.commitments().get(new CommitmentRef(promise.id(), commitment.key()));
                if (measured == null) {
                    continue;
                }
                commitments.add(commitment(commitment, covered, measured));
                gaps.addAll(gaps(promise, commitment, covered, measured));
                conflicts.addAll(conflicts(promise, commitment, covered, targets, measured, measurements.tables()));
            }
            scored.add(promise(promise, commitments));
        }
        gaps.sort(BY_CUSTOMERS_LET_DOWN);
        conflicts.sort(BY_STRENGTH);
        return new BrandAlignment(index(scored), scored, gaps, conflicts);
    }

    static CommitmentAlignment commitment(CommitmentSpec spec, List<TouchpointSpec> covered, CommitmentMeasurement measured) {
        Counts pooled = measured.pooled();
        BudgetFigures f = BudgetFigures.of(pooled, spec.objective());
        BurnAlert alert = StatusRule.isKept(pooled, spec.objective(), spec.minSample())
                ? (measured.burnAlert() == null ? BurnAlert.NONE : measured.burnAlert()) : null;
        Status status = StatusRule.status(pooled, spec.objective(), spec.minSample(), alert == null ? BurnAlert.NONE : alert);
        Map<String, Counts> byTouchpoint = new LinkedHashMap<>();
        List<TouchpointAlignment> rows = new ArrayList<>();
        for (TouchpointSpec touchpoint : covered) {
            Counts counts = measured.byTouchpoint().getOrDefault(touchpoint.id(), Counts.ZERO);
            byTouchpoint.put(touchpoint.id(), counts);
            rows.add(TouchpointAlignment.of(touchpoint, counts, spec));
        }
        Condition c = spec.condition();
        EvaluationWindow window = measured.window();
        return new CommitmentAlignment(spec.key(), c.metric(), c.op(), c.threshold(), spec.objective().asDouble(), spec.weight(),
                spec.minSample(), spec.window().type(), spec.window().days(), window.from(), window.to(),
                f.valid(), f.good(), f.attainment(), f.allowedBad(), f.budgetRemaining(), f.brokenPromises(), f.excessBroken(),
                f.score(), f.burnRate(), alert, status, Consistency.of(byTouchpoint, spec.minSample()), rows);
    }

    static PromiseAlignment promise(PromiseSpec promise, List<CommitmentAlignment> commitments) {
        List<WeightedMean.Term> terms = commitments.stream()
                .filter(c -> c.status() != Status.NO_DATA && c.score() != null)
                .map(c -> new WeightedMean.Term(c.score(), c.weight()))
                .toList();
        Status status = Status.worst(commitments.stream().map(CommitmentAlignment::status).toList());
        return new PromiseAlignment(promise.id(), promise.version(), promise.title(), promise.priority(),
                promise.touchpointTypes().stream().sorted().toList(), WeightedMean.of(terms), status, commitments);
    }

    static Double index(List<PromiseAlignment> promises) {
        return WeightedMean.of(promises.stream()
                .filter(p -> p.score() != null)
                .map(p -> new WeightedMean.Term(p.score(), p.priority()))
                .toList());
    }

    static List<Gap> gaps(PromiseSpec promise, CommitmentSpec spec, List<TouchpointSpec> covered, CommitmentMeasurement measured) {
        List<Gap> gaps = new ArrayList<>();
        for (TouchpointSpec touchpoint : covered) {
            Counts counts = measured.byTouchpoint().getOrDefault(touchpoint.id(), Counts.ZERO);
            if (StatusRule.touchpointStatus(counts, spec.objective(), spec.minSample()) != Status.BROKEN) {
                continue;
            }
            BudgetFigures f = BudgetFigures.of(counts, spec.objective());
            Condition c = spec.condition();
            gaps.add(new Gap(promise.id(), promise.title(), spec.key(), c.metric(), c.op(), c.threshold(), spec.objective().asDouble(),
                    touchpoint.id(), touchpoint.name(), touchpoint.type(), f.valid(), f.good(), f.attainment(), f.allowedBad(),
                    f.brokenPromises(), f.excessBroken()));
        }
        return gaps;
    }

    static List<Conflict> conflicts(PromiseSpec promise, CommitmentSpec spec, List<TouchpointSpec> covered, List<TargetSpec> targets,
                                    CommitmentMeasurement measured, Map<PairRef, ContingencyTable> tables) {
        List<Conflict> conflicts = new ArrayList<>();
        for (TouchpointSpec touchpoint : covered) {
            for (TargetSpec target : targets) {
                if (!target.touchpointId().equals(touchpoint.id())) {
                    continue;
                }
                ContingencyTable table = tables.get(new PairRef(target.id(), promise.id(), spec.key()));
                if (table == null) {
                    continue;
                }
                ConflictStatistics stats = ConflictStatistics.of(table, spec.minSample());
                if (!stats.conflict()) {
                    continue;
                }
                Condition t = target.condition();
                Condition c = spec.condition();
                conflicts.add(new Conflict(touchpoint.id(), touchpoint.name(), touchpoint.type(),
                        new Conflict.Target(target.id(), t.metric(), t.op(), t.threshold(), target.kind()),
                        new Conflict.Commitment(promise.id(), promise.title(), spec.key(), c.metric(), c.op(), c.threshold(), spec.minSample()),
                        measured.window().from(), measured.window().to(), table, stats.met(), stats.missed(), stats.p1(), stats.p0(), stats.z(),
                        ConflictWording.sentence(touchpoint.type(), t, c, stats.p1(), stats.p0())));
            }
        }
        return conflicts;
    }
}
