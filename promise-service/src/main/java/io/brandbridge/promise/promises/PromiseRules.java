package io.brandbridge.promise.promises;

import io.brandbridge.defaults.problem.Problem.FieldError;
import io.brandbridge.promise.metrics.CatalogueMetric;
import io.brandbridge.promise.metrics.MetricKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules Bean Validation cannot express: they look across fields or into the brand's metric
 * catalogue. Each broken rule names its field by JSON pointer.
 */
final class PromiseRules {

    private PromiseRules() {
    }

    static List<FieldError> check(PromiseRequest request, Map<String, CatalogueMetric> catalogue) {
        List<FieldError> errors = new ArrayList<>();
        Set<TouchpointType> seenTypes = new HashSet<>();
        List<TouchpointType> types = request.touchpointTypesOrEmpty();
        for (int i = 0; i < types.size(); i++) {
            if (!seenTypes.add(types.get(i))) {
                errors.add(new FieldError("/touchpointTypes/" + i, "lists " + types.get(i) + " a second time"));
            }
        }
        Map<String, Integer> firstUse = new HashMap<>();
        List<CommitmentRequest> commitments = request.commitmentsOrEmpty();
        for (int i = 0; i < commitments.size(); i++) {
            checkCommitment("/commitments/" + i, commitments.get(i), catalogue, errors);
            Integer earlier = firstUse.putIfAbsent(commitments.get(i).key(), i);
            if (earlier != null) {
                errors.add(new FieldError("/commitments/" + i + "/key", "is already the key of /commitments/" + earlier));
            }
        }
        return errors;
    }

    private static void checkCommitment(String at, CommitmentRequest commitment, Map<String, CatalogueMetric> catalogue,
                                        List<FieldError> errors) {
        if (!Double.isFinite(commitment.threshold())) {
            errors.add(new FieldError(at + "/threshold", "must be a finite number"));
        }
        if (commitment.weight() != null && !Double.isFinite(commitment.weight())) {
            errors.add(new FieldError(at + "/weight", "must be a finite number"));
        }
        if (commitment.window().windowType() == WindowType.ROLLING_DAYS && commitment.window().days() == null) {
            errors.add(new FieldError(at + "/window/days", "is required for a ROLLING_DAYS window"));
        }
        CatalogueMetric metric = catalogue.get(commitment.metric());
        if (metric == null) {
            errors.add(new FieldError(at + "/metric", "is not in the metric catalogue of this brand"));
        } else if (metric.kind() == MetricKind.BOOLEAN) {
            if (commitment.comparisonOp() != ComparisonOp.EQ) {
                errors.add(new FieldError(at + "/op", "must be EQ for the boolean metric " + metric.key()));
            }
            if (Double.isFinite(commitment.threshold()) && commitment.threshold() != 0 && commitment.threshold() != 1) {
                errors.add(new FieldError(at + "/threshold", "must be 0 or 1 for the boolean metric " + metric.key()));
            }
        }
    }

    /** What an active version must have beyond a valid draft. */
    static List<FieldError> activationGaps(PromiseContent content) {
        List<FieldError> errors = new ArrayList<>();
        if (content.commitments().isEmpty()) {
            errors.add(new FieldError("/commitments", "needs at least one commitment for an active promise"));
        }
        if (content.touchpointTypes().isEmpty()) {
            errors.add(new FieldError("/touchpointTypes", "needs at least one touchpoint type for an active promise"));
        }
        return errors;
    }
}
