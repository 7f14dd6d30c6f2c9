package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.touchpoints.RemoteTarget;
import io.brandbridge.alignment.scoring.CommitmentSpec;
import io.brandbridge.alignment.scoring.Comparison;
import io.brandbridge.alignment.scoring.Condition;
import io.brandbridge.alignment.scoring.Objective;
import io.brandbridge.alignment.scoring.PromiseSpec;
import io.brandbridge.alignment.scoring.TargetSpec;
import io.brandbridge.alignment.scoring.WindowSpec;
import io.brandbridge.alignment.scoring.WindowType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads promise-service's promises, and touchpoint-service's targets, into what is scored. A commitment that breaks the
 * contract (unknown op, objective outside (0, 1), bad window) is left out and logged rather than failing the whole brand;
 * so is a target without a usable condition.
 */
final class PromiseTranslation {

    private static final Logger LOG = LoggerFactory.getLogger(PromiseTranslation.class);
    static final int DEFAULT_MIN_SAMPLE = 30;

    private PromiseTranslation() {
    }

    static PromiseSpec promise(RemotePromise remote) {
        List<CommitmentSpec> commitments = remote.commitments().stream()
                .map(c -> commitment(remote.id(), c))
                .flatMap(Optional::stream)
                .toList();
        int priority = remote.priority() == null ? 1 : remote.priority();
        int version = remote.version() == null ? 1 : remote.version();
        return new PromiseSpec(remote.id(), version, remote.title() == null ? "" : remote.title(), priority,
                new LinkedHashSet<>(remote.touchpointTypes()), commitments);
    }

    static Optional<CommitmentSpec> commitment(String promiseId, RemoteCommitment c) {
        Optional<Comparison> op = comparison(c.op());
        Optional<WindowSpec> window = window(c);
        boolean valid = c.key() != null && c.metric() != null && c.threshold() != null && op.isPresent() && window.isPresent()
                && c.objective() != null && Objective.isValid(c.objective());
        if (!valid) {
            LOG.warn("Promise {} has a commitment that cannot be scored and is left out: {}", promiseId, c);
            return Optional.empty();
        }
        double weight = c.weight() == null || !(c.weight() > 0) ? 1.0 : c.weight();
        int minSample = c.minSample() == null ? DEFAULT_MIN_SAMPLE : Math.max(1, c.minSample());
        return Optional.of(new CommitmentSpec(c.key(), new Condition(c.metric(), op.get(), c.threshold()), Objective.of(c.objective()),
                window.get(), weight, minSample));
    }

    static Optional<Comparison> comparison(String op) {
        try {
            return op == null ? Optional.empty() : Optional.of(Comparison.valueOf(op));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<WindowSpec> window(RemoteCommitment c) {
        if (c.window() == null || c.window().type() == null) {
            return Optional.empty();
        }
        try {
            WindowSpec spec = new WindowSpec(WindowType.valueOf(c.window().type()), c.window().days());
            return spec.isValid() ? Optional.of(spec) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static List<TargetSpec> targets(String touchpointId, List<RemoteTarget> remote) {
        List<TargetSpec> found = new ArrayList<>();
        for (RemoteTarget t : remote) {
            Optional<Comparison> op = comparison(t.op());
            if (op.isPresent() && t.metric() != null && t.threshold() != null) {
                found.add(new TargetSpec(t.id(), touchpointId, new Condition(t.metric(), op.get(), t.threshold()), t.kind() == null ? "" : t.kind()));
            }
        }
        return found;
    }
}
