package io.brandbridge.alignment.scoring;

import java.util.List;
import java.util.Set;

/** One promise version as it is scored: which touchpoint types it covers and its commitments. */
public record PromiseSpec(String id, int version, String title, int priority, Set<String> touchpointTypes, List<CommitmentSpec> commitments) {

    /** The brand's touchpoints this promise is measured at: those whose type it covers. */
    public List<TouchpointSpec> coveredTouchpoints(List<TouchpointSpec> touchpoints) {
        return touchpoints.stream().filter(t -> touchpointTypes.contains(t.type())).toList();
    }
}
