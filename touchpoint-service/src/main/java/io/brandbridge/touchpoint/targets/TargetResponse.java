package io.brandbridge.touchpoint.targets;

import io.brandbridge.touchpoint.metrics.Comparison;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "OperationalTarget")
public record TargetResponse(String id, String touchpointId, String metric, Comparison op, double threshold, TargetKind kind, String rationale) {

    static TargetResponse from(OperationalTarget t) {
        return new TargetResponse(t.id(), t.touchpointId(), t.metric(), t.op(), t.threshold(), t.kind(), t.rationale());
    }
}
