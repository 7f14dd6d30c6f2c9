package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.retry.annotation.Fallback;

import java.util.Optional;

/**
 * What touchpoint-service "answers" when it cannot be reached. Counts cannot be made up without
 * misreporting a promise as kept or broken, so every call answers a recognisable placeholder and the
 * recompute keeps the last good snapshot, marked stale, instead of failing the reads. A 4xx answer is no
 * outage (service-defaults' RefusalInterceptor lets it past this fallback): it reaches the caller as the defect it is.
 */
@Fallback
public class TouchpointClientFallback implements TouchpointOperations {

    private static final RemoteTouchpointPage UNAVAILABLE_TOUCHPOINTS = new RemoteTouchpointPage(null, null);
    private static final RemoteTargetPage UNAVAILABLE_TARGETS = new RemoteTargetPage(null, null);
    private static final AttainmentAnswer UNAVAILABLE_ATTAINMENT = new AttainmentAnswer(0L, 0L, null, null);
    private static final ContingencyAnswer UNAVAILABLE_CONTINGENCY = new ContingencyAnswer(0L, 0L, 0L, 0L);
    private static final ChangesAnswer UNAVAILABLE_CHANGES = new ChangesAnswer(null, null);
    private static final AttainmentBatchAnswer UNAVAILABLE_ATTAINMENT_BATCH = new AttainmentBatchAnswer(null);
    private static final ContingencyBatchAnswer UNAVAILABLE_CONTINGENCY_BATCH = new ContingencyBatchAnswer(null);
    private static final RegisteredPredicates UNAVAILABLE_PREDICATES = new RegisteredPredicates(null);
    private static final HandoffAnswer UNAVAILABLE_HANDOFFS = new HandoffAnswer(null, null, null, null);

    @Override
    public RemoteTouchpointPage touchpoints(String brandId, int limit, String cursor) {
        return UNAVAILABLE_TOUCHPOINTS;
    }

    @Override
    public Optional<RemoteTargetPage> targets(String touchpointId, int limit, String cursor) {
        return Optional.of(UNAVAILABLE_TARGETS);
    }

    @Override
    public AttainmentAnswer attainment(AttainmentQuery query) {
        return UNAVAILABLE_ATTAINMENT;
    }

    @Override
    public ContingencyAnswer contingency(ContingencyQuery query) {
        return UNAVAILABLE_CONTINGENCY;
    }

    @Override
    public ChangesAnswer changes(ChangesQuery query) {
        return UNAVAILABLE_CHANGES;
    }

    @Override
    public AttainmentBatchAnswer attainmentBatch(AttainmentBatchQuery query) {
        return UNAVAILABLE_ATTAINMENT_BATCH;
    }

    @Override
    public ContingencyBatchAnswer contingencyBatch(ContingencyBatchQuery query) {
        return UNAVAILABLE_CONTINGENCY_BATCH;
    }

    @Override
    public RegisteredPredicates registerPredicates(PredicateRegistration registration) {
        return UNAVAILABLE_PREDICATES;
    }

    @Override
    public Optional<HandoffAnswer> handoffs(HandoffQuery query) {
        return Optional.of(UNAVAILABLE_HANDOFFS);
    }

    /** True for the placeholders above: the answer came from this fallback, not from touchpoint-service. */
    public static boolean isPlaceholder(Object answer) {
        return answer == UNAVAILABLE_TOUCHPOINTS || answer == UNAVAILABLE_TARGETS
                || answer == UNAVAILABLE_ATTAINMENT || answer == UNAVAILABLE_CONTINGENCY || answer == UNAVAILABLE_CHANGES
                || answer == UNAVAILABLE_ATTAINMENT_BATCH || answer == UNAVAILABLE_CONTINGENCY_BATCH || answer == UNAVAILABLE_PREDICATES
                || answer == UNAVAILABLE_HANDOFFS;
    }
}
