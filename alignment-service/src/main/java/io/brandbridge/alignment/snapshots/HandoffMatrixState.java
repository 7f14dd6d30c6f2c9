package io.brandbridge.alignment.snapshots;

/**
 * Whether a snapshot holds the brand's handoff matrix: KEPT it does; UNANSWERED touchpoint-service did not answer handoffs when
 * it was computed (a deployment from before journeys); PREDATES_HANDOFFS it was computed before snapshots kept the matrix.
 */
public enum HandoffMatrixState {
    KEPT, UNANSWERED, PREDATES_HANDOFFS
}
