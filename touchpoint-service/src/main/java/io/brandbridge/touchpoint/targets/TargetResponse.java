package io.brandbridge.touchpoint.targets;

import io.brandbridge.defaults.conditional.ETags;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.metrics.MetricKeys;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@Schema(name = "OperationalTarget", description = "What operations are managed and paid to hit at a touchpoint: `metric op threshold`")
public record TargetResponse(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID,
                                     example = "tgt_8d2k4m6n8p0q2r4s6t8v") String id,
                             @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID,
                                     example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                             @Schema(requiredMode = REQUIRED, maxLength = MetricKeys.MAX_LENGTH, pattern = MetricKeys.REGEX,
                                     example = "handle_seconds") String metric,
                             Comparison op,
                             double threshold,
                             TargetKind kind,
                             @Schema(requiredMode = REQUIRED, maxLength = TargetRequest.MAX_RATIONALE, pattern = SchemaPatterns.MULTILINE,
                                     example = "Contracted average handle time with the BPO") String rationale) {

    static TargetResponse from(OperationalTarget t) {
        return new TargetResponse(t.id(), t.touchpointId(), t.metric(), t.op(), t.threshold(), t.kind(), t.rationale());
    }

    /** Changes with every stored change of the target, and only then. */
    static String etagOf(OperationalTarget t) {
        return ETags.of("operational-target", t.id(), t.revision());
    }
}
