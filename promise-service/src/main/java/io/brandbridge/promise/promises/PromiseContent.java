package io.brandbridge.promise.promises;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What a version says, independent of where it is stored: compared to tell a real edit from a no-op. */
record PromiseContent(String title, String statement, List<TouchpointType> touchpointTypes, int priority,
                      List<Spec> commitments) {

    static final int TITLE_MAX = 200;
    static final int STATEMENT_MAX = 2000;
    static final int COMMITMENTS_MAX = 50;
    /** Each type at most once, so no list is longer than the enumeration. */
    static final int TOUCHPOINT_TYPES_MAX = 8;
    static final int PRIORITY_MIN = 1;
    static final int PRIORITY_MAX = 5;
    static final int DEFAULT_PRIORITY = 3;
    static final double DEFAULT_WEIGHT = 1;
    static final int DEFAULT_MIN_SAMPLE = 30;

    record Spec(String key, String metric, ComparisonOp op, double threshold, double objective,
                WindowType windowType, @Nullable Integer windowDays, double weight, int minSample) {
    }

    /** Applies the defaults; call only after the request passed validation. */
    static PromiseContent from(PromiseRequest request) {
        List<Spec> specs = request.commitmentsOrEmpty().stream().map(c -> new Spec(
                c.key(), c.metric(), c.comparisonOp(), c.threshold(), c.objective(), c.window().windowType(),
                c.window().windowType() == WindowType.ROLLING_DAYS ? c.window().days() : null,
                c.weight() == null ? DEFAULT_WEIGHT : c.weight(),
                c.minSample() == null ? DEFAULT_MIN_SAMPLE : c.minSample())).toList();
        return new PromiseContent(request.title(), request.statement(), List.copyOf(request.touchpointTypesOrEmpty()),
                request.priority() == null ? DEFAULT_PRIORITY : request.priority(), specs);
    }
}
